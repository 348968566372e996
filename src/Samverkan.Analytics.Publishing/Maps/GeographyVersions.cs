using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>Validity, size and Swedish description of each <see cref="GeographyVersion"/>.</summary>
public static class GeographyVersions
{
    /// <summary>The first day of the 13-district division (Hägersten-Älvsjö).</summary>
    public static DateOnly Merger2020 { get; } = new(2020, 7, 1);

    /// <summary>The first day of the 11-district division (Järva, Norra innerstaden).</summary>
    public static DateOnly Merger2023 { get; } = new(2023, 7, 1);

    /// <summary>All versions, oldest first.</summary>
    public static IReadOnlyList<GeographyVersion> All { get; } =
        [GeographyVersion.Districts2019, GeographyVersion.Districts2020, GeographyVersion.Districts2023];

    /// <summary>Today's districts.</summary>
    public static GeographyVersion Current => GeographyVersion.Districts2023;

    /// <summary>The division in force on <paramref name="day"/>.</summary>
    public static GeographyVersion For(DateOnly day) =>
        day >= Merger2023 ? GeographyVersion.Districts2023
        : day >= Merger2020 ? GeographyVersion.Districts2020
        : GeographyVersion.Districts2019;

    /// <summary>
    /// The division a period's values were published on: the one in force on the period's first day.
    /// A 2020 value is drawn on the 14 districts (the city's spring survey and BRÅ, which keeps old
    /// districts to the next 1 January, both used them), a 2023 value on the 13.
    /// </summary>
    public static GeographyVersion For(Period period) => For(period.Start);

    /// <summary>The number of districts: 14, 13 or 11.</summary>
    public static int DistrictCount(this GeographyVersion version) => version switch
    {
        GeographyVersion.Districts2019 => 14,
        GeographyVersion.Districts2020 => 13,
        _ => 11,
    };

    /// <summary>The first valid day, or null for the oldest version.</summary>
    public static DateOnly? ValidFrom(this GeographyVersion version) => version switch
    {
        GeographyVersion.Districts2019 => null,
        GeographyVersion.Districts2020 => Merger2020,
        _ => Merger2023,
    };

    /// <summary>The last valid day, or null for today's version.</summary>
    public static DateOnly? ValidTo(this GeographyVersion version) => version switch
    {
        GeographyVersion.Districts2019 => Merger2020.AddDays(-1),
        GeographyVersion.Districts2020 => Merger2023.AddDays(-1),
        _ => null,
    };

    /// <summary>Swedish, for captions: <c>13 stadsdelsområden (indelningen 2020-07-01–2023-06-30)</c>.</summary>
    public static string Describe(this GeographyVersion version) => version switch
    {
        GeographyVersion.Districts2019 => "14 stadsdelsområden (indelningen före 2020-07-01)",
        GeographyVersion.Districts2020 => "13 stadsdelsområden (indelningen 2020-07-01–2023-06-30)",
        _ => "11 stadsdelsområden (indelningen från 2023-07-01)",
    };
}
