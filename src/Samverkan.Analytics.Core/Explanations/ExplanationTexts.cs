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

    public const string Significant = "; {0} är statistiskt säkerställd ({1}).";
    public const string NotSignificant = "; förändringen är inte statistiskt säkerställd ({0}).";
    public const string NotTested = "; förändringen kan inte prövas statistiskt.";

    public const string TooFewPoints = "För få mätpunkter för att bedöma en trend ({0} av minst 5).";
    public const string TrendNotAssessed = "Trenden kan inte bedömas för den här serien.";
    public const string TrendUp = "Trenden är stigande och statistiskt säkerställd ({0}).";
    public const string TrendDown = "Trenden är sjunkande och statistiskt säkerställd ({0}).";
    public const string NoTrend = "Ingen statistiskt säkerställd trend ({0}).";

    // The comparison with the city: {0} area, {1} "staden som helhet (18,3 %)", {2} period, {3} level.
    public const string CityNotDifferent = "Skillnaden mellan {0} och {1} {2} är inte statistiskt säkerställd ({3}).";

    // {0} area, {1} how it differs ("ligger bättre till än"), {2} the city, {3} period.
    public const string CityDifferent = "{0} {1} {2} {3}";
    public const string CityDifferentAtLevel = "; skillnaden är statistiskt säkerställd ({0}).";
    public const string CityDifferentOnlyAt95 = "; skillnaden är statistiskt säkerställd (95 %) men inte på 99,8 %-nivån.";
    public const string CityDifferentAlsoAt998 = "; skillnaden är statistiskt säkerställd och {0} skiljer sig även på 99,8 %-nivån.";
    public const string CityWithValue = "staden som helhet ({0})";
    public const string CityWithoutValue = "staden som helhet";
    public const string BetterThanCity = "ligger bättre till än";
    public const string WorseThanCity = "ligger sämre till än";
    public const string HigherThanCity = "har ett högre värde än";
    public const string LowerThanCity = "har ett lägre värde än";

    // The target: {0} target value with unit, {1} target year, {2} status words.
    public const string Target = "Målet är {0} till {1}; {2}.";
    public const string TargetMet = "målet är uppnått";
    public const string TargetMissed = "målet är inte uppnått";
    public const string TargetOnTrack = "utvecklingen är på väg mot målet";
    public const string TargetOffTrack = "utvecklingen är inte på väg mot målet";
    public const string TargetUncertain = "det är osäkert om målet nås";
    public const string TargetNotAssessed = "målet kan ännu inte bedömas";
}
