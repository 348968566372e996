namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>What changed for an indicator × area since the previous digest, most important first.</summary>
internal enum DigestChangeKind
{
    /// <summary>The change since the baseline became a statistically sure worsening.</summary>
    BecameWorse,

    /// <summary>The change since the baseline became a statistically sure improvement.</summary>
    BecameBetter,

    /// <summary>The verdict changed otherwise (a sure change is no longer sure; polarity none).</summary>
    VerdictChanged,

    /// <summary>The target status flipped.</summary>
    TargetStatusChanged,

    /// <summary>Data for a new period arrived.</summary>
    NewPeriod,

    /// <summary>Figures of earlier periods were revised.</summary>
    Revised,
}
