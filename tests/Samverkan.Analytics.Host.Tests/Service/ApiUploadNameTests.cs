using Samverkan.Analytics.Host.Web;

namespace Samverkan.Analytics.Host.Tests.Service;

/// <summary>An uploaded file's name is a label only: the last path segment, safe characters, no leading dot.</summary>
public sealed class ApiUploadNameTests
{
    [Theory]
    [InlineData("brott 2024.csv", "brott 2024.csv")]
    [InlineData("Trygghetsmätning Södermalm (2023).csv", "Trygghetsmätning Södermalm (2023).csv")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\anna\brott.csv", "brott.csv")]
    [InlineData(".hidden.csv", "hidden.csv")]
    [InlineData("a\u0000b\r\n.csv", "a_b__.csv")]
    [InlineData("", "upload.csv")]
    [InlineData(null, "upload.csv")]
    [InlineData("../", "upload.csv")]
    [InlineData("<>", "upload.csv")]
    public void Safe_KeepsOnlyALabel_WhenTheClientNameIsAnything(string? clientName, string expected)
    {
        Assert.Equal(expected, ApiUploadName.Safe(clientName));
    }

    [Fact]
    public void Safe_CutsTheName_WhenItIsLong()
    {
        Assert.Equal(120, ApiUploadName.Safe(new string('x', 500) + ".csv").Length);
    }
}
