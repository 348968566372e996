namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>A place marked on a map.</summary>
/// <param name="AreaId">The catalogue id (<c>plats-husby</c>).</param>
/// <param name="Name">The catalogue name (<c>Husby</c>).</param>
/// <param name="Marker">Where it is marked.</param>
public sealed record MapPlace(string AreaId, string Name, PlaceMarker Marker);
