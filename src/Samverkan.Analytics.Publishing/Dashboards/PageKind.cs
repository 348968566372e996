namespace Samverkan.Analytics.Publishing.Dashboards;

/// <summary>What a dashboard page shows; the YAML spells these in kebab case.</summary>
internal enum PageKind
{
    /// <summary><c>overview</c>: one page (the matrix of indicators × areas).</summary>
    Overview,

    /// <summary><c>priority-area</c>: one page per priority area.</summary>
    PriorityArea,

    /// <summary><c>indicator</c>: one page per indicator.</summary>
    Indicator,

    /// <summary><c>area-profile</c>: one page per area of the listed kinds.</summary>
    AreaProfile,

    /// <summary><c>local-agreement</c>: one page per local agreement, its list as the index.</summary>
    LocalAgreement,
}
