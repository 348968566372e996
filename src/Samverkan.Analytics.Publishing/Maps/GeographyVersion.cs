namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// Which division of the city into districts (stadsdelsområden) a map draws. The stadsdelar never
/// moved: only whole districts merged, so every version is a grouping of the same 117 stadsdelar.
/// </summary>
public enum GeographyVersion
{
    /// <summary>14 districts, until 2020-06-30 (Hägersten-Liljeholmen and Älvsjö separate).</summary>
    Districts2019,

    /// <summary>13 districts, 2020-07-01 – 2023-06-30 (Hägersten-Älvsjö).</summary>
    Districts2020,

    /// <summary>11 districts, from 2023-07-01 (Järva and Norra innerstaden): today's districts.</summary>
    Districts2023,
}
