namespace Samverkan.Analytics.Core.Areas;

/// <summary>
/// One cell of the district ↔ local-police-area crosswalk: <paramref name="Weight"/> is the share of
/// the district's population that lives in the local police area (the weights of a district sum to 1).
/// </summary>
/// <param name="DistrictId">A district (or, for Lidingö and Ekerö, a municipality outside the city).</param>
/// <param name="LocalPoliceAreaId">The local police area.</param>
/// <param name="Weight">Share of the district's population, in (0, 1].</param>
/// <param name="Note">Why the weight is what it is (source, which part of the district).</param>
public sealed record AreaOverlap(string DistrictId, string LocalPoliceAreaId, double Weight, string? Note = null);
