using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Core.Tests.Areas;

public class AreaNamesTests
{
    [Theory]
    [InlineData("Spånga - Tensta", "Spånga-Tensta")]
    [InlineData("Spånga – Tensta", "Spånga-Tensta")] // en dash
    [InlineData("Spånga -Tensta", "spånga-tensta")]
    [InlineData("  SPÅNGA-TENSTA ", "Spånga-Tensta")]
    [InlineData("Norra\u00A0innerstaden", "Norra innerstaden")] // no-break space
    [InlineData("Norra   innerstaden", "norra innerstaden")]
    [InlineData("Stadsdelsområde Spånga - Tensta (Sthlm)", "Stadsdelsområde Spånga-Tensta (Sthlm)")]
    public void Normalize_GivesTheSameKey_WhenSpellingsDifferOnlyInSpacingDashesOrCase(string a, string b)
    {
        Assert.Equal(AreaNames.Normalize(a), AreaNames.Normalize(b));
    }

    [Fact]
    public void Normalize_KeepsSwedishLetters_WhenLowerCasing()
    {
        Assert.Equal("hägersten-älvsjö", AreaNames.Normalize("Hägersten-Älvsjö"));
    }

    [Theory]
    [InlineData("Hägersten-Älvsjö", "hagersten-alvsjo")]
    [InlineData("Enskede-Årsta-Vantör", "enskede-arsta-vantor")]
    [InlineData("Norra innerstaden", "norra-innerstaden")]
    [InlineData("Skärholmen", "skarholmen")]
    [InlineData("Spånga - Tensta", "spanga-tensta")]
    [InlineData("Stadsdelsområde Järva (Sthlm)", "stadsdelsomrade-jarva-sthlm")]
    public void Slug_GivesAsciiId_WhenNameHasSwedishLettersAndPunctuation(string name, string slug)
    {
        Assert.Equal(slug, AreaNames.Slug(name));
    }
}
