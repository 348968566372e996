using Samverkan.Analytics.Publishing.Fonts;

namespace Samverkan.Analytics.Publishing.Tests.Fonts;

public class FontCheckTests
{
    [Fact]
    public void EnsureTextRenders_Passes_WhenDejaVuSansIsInstalled()
    {
        Assert.True(File.Exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), "this machine needs fonts-dejavu-core");

        FontCheck.EnsureTextRenders();
    }

    [Fact]
    public void EnsureFamilyRenders_NamesTheDebianPackage_WhenTheFamilyIsMissing()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => FontCheck.EnsureFamilyRenders("No Such Family Samverkan"));

        Assert.Contains("fonts-dejavu-core", ex.Message, StringComparison.Ordinal);
        Assert.Contains("No Such Family Samverkan", ex.Message, StringComparison.Ordinal);
    }
}
