namespace Samverkan.Analytics.Core.Catalog;

/// <summary>
/// A crime category of the catalogue and the publisher labels that map to it
/// (<c>category_map</c>: BRÅ's <c>därav misshandel inkl. grov</c> → <c>misshandel</c>).
/// </summary>
/// <param name="Id">Kebab-case id.</param>
/// <param name="Title">Swedish title.</param>
/// <param name="Labels">Publisher labels, matched case-insensitively.</param>
/// <param name="ParentId">The category this one is a "därav" subset of; never summed with it.</param>
public sealed record CrimeCategory(string Id, string Title, IReadOnlyList<string> Labels, string? ParentId = null);
