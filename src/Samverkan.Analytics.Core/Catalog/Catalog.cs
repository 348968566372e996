using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Core.Catalog;

/// <summary>
/// The loaded catalogue: areas, agreements and indicators. Loaded whole or not at all; its
/// <see cref="Version"/> is shown in every output and stored with every compute run.
/// </summary>
public sealed class Catalog
{
    private readonly Dictionary<string, CrimeCategory> _categoryByLabel;

    /// <summary>Builds a catalogue from validated parts.</summary>
    public Catalog(
        string version,
        AreaRegistry areas,
        IReadOnlyList<AgreementVersion> agreements,
        IReadOnlyList<LocalAgreement> localAgreements,
        IReadOnlyList<IndicatorDefinition> indicators,
        IReadOnlyList<CrimeCategory> crimeCategories)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(areas);
        Version = version;
        Areas = areas;
        Agreements = agreements.OrderBy(a => a.Signed).ToList();
        LocalAgreements = localAgreements;
        Indicators = indicators;
        CrimeCategories = crimeCategories;
        _categoryByLabel = new Dictionary<string, CrimeCategory>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in crimeCategories)
        {
            _categoryByLabel[category.Id] = category;
            foreach (var label in category.Labels)
            {
                _categoryByLabel[label.Trim()] = category;
            }
        }
    }

    /// <summary>The catalogue's version string.</summary>
    public string Version { get; }

    /// <summary>Areas and crosswalk.</summary>
    public AreaRegistry Areas { get; }

    /// <summary>Agreement versions, oldest first.</summary>
    public IReadOnlyList<AgreementVersion> Agreements { get; }

    /// <summary>Local agreements.</summary>
    public IReadOnlyList<LocalAgreement> LocalAgreements { get; }

    /// <summary>The overarching indicators.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Crime categories and their publisher labels.</summary>
    public IReadOnlyList<CrimeCategory> CrimeCategories { get; }

    /// <summary>The overarching indicators and every local agreement's own ones.</summary>
    public IEnumerable<IndicatorDefinition> AllIndicators =>
        Indicators.Concat(LocalAgreements.SelectMany(l => l.Indicators));

    /// <summary>The municipality the agreement covers (<c>kommun-0180</c>).</summary>
    public string CityAreaId { get; init; } = "kommun-0180";

    /// <summary>The crime category a publisher label or category id maps to, or null.</summary>
    public CrimeCategory? FindCrimeCategory(string labelOrId) =>
        _categoryByLabel.GetValueOrDefault(labelOrId.Trim());

    /// <summary>The agreement version in force at the end of a period (the first one for earlier periods).</summary>
    public AgreementVersion AgreementFor(DateOnly periodEnd) =>
        Agreements.LastOrDefault(a => a.Signed <= periodEnd) ?? Agreements[0];

    /// <summary>The agreement version with this id, or null.</summary>
    public AgreementVersion? FindAgreement(string id) =>
        Agreements.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The priority area with this id in any agreement version (latest first), or null.</summary>
    public PriorityArea? FindPriorityArea(string id) =>
        Agreements.Reverse().SelectMany(a => a.PriorityAreas)
            .Concat(LocalAgreements.SelectMany(l => l.LocalPriorityAreas))
            .FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}
