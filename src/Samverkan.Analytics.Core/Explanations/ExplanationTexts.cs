namespace Samverkan.Analytics.Core.Explanations;

/// <summary>Every sentence template of the explanations, in one place (NodaTime's TextErrorMessages).</summary>
internal static class ExplanationTexts
{
    // {0} indicator title, {1} area name, {2} period.
    public const string Suppressed = "{0} i {1} {2} redovisas inte: för få svar eller fall för att visa värdet utan att röja enskilda.";
    public const string Missing = "{0} i {1} saknar värde för {2}.";

    // {0} title, {1} area, {2} value with unit, {3} period.
    public const string ValueOnly = "{0} i {1} var {2} ({3}).";
    public const string BaselineRow = "{0} i {1} var {2} ({3}); det är utgångsläget som senare år jämförs med.";
    public const string Estimate = "{0} i {1} var {2} ({3}); värdet är en skattning från stadsdelarnas siffror, så förändringen prövas inte statistiskt.";

    // {0} title, {1} area, {2} verb ("minskat", "ökat"), {3} baseline value, {4} baseline period, {5} latest value, {6} period.
    public const string Changed = "{0} i {1} har {2} från {3} ({4}) till {5} ({6})";
    public const string Unchanged = "{0} i {1} var {3} ({4}) och {5} ({6})";

    public const string Significant = "; {0} är statistiskt säkerställd ({1} %).";
    public const string NotSignificant = "; förändringen är inte statistiskt säkerställd ({0} %).";
    public const string NotTested = "; förändringen kan inte prövas statistiskt.";

    public const string TooFewPoints = "För få mätpunkter för att bedöma en trend ({0} av minst 5).";
    public const string TrendNotAssessed = "Trenden kan inte bedömas för den här serien.";
    public const string TrendUp = "Trenden är stigande och statistiskt säkerställd ({0}).";
    public const string TrendDown = "Trenden är sjunkande och statistiskt säkerställd ({0}).";
    public const string NoTrend = "Ingen statistiskt säkerställd trend ({0}).";
}
