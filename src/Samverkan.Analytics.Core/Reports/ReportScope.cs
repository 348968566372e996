using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Core.Reports;

/// <summary>
/// What one yearly (or quarterly) follow-up report covers: a year, optionally a quarter of it, and
/// either the whole city, one area or one local agreement. Its <see cref="Key"/> names report
/// editions (<c>2024</c>, <c>2024-Q3</c>, <c>2024/area:sdo-farsta</c>, <c>2024/lok:lok-farsta</c>).
/// </summary>
public sealed record ReportScope
{
    private const string AreaPrefix = "area:";
    private const string LocalAgreementPrefix = "lok:";

    /// <summary>Creates a scope; an area and a local agreement cannot both be given.</summary>
    /// <exception cref="ArgumentException">The year or quarter is out of range, or both an area and a local agreement are given.</exception>
    public ReportScope(int year, int? quarter = null, string? areaId = null, string? localAgreementId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2200);
        if (quarter is { } q)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(q, 1, nameof(quarter));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(q, 4, nameof(quarter));
        }

        areaId = string.IsNullOrWhiteSpace(areaId) ? null : areaId.Trim();
        localAgreementId = string.IsNullOrWhiteSpace(localAgreementId) ? null : localAgreementId.Trim();
        if (areaId is not null && localAgreementId is not null)
        {
            throw new ArgumentException("En rapport gäller antingen ett område eller en lokal överenskommelse, inte båda.", nameof(localAgreementId));
        }

        if ((areaId ?? localAgreementId) is { } id && id.Any(c => char.IsWhiteSpace(c) || c is '/' or ':'))
        {
            throw new ArgumentException($"'{id}' är inget id i katalogen.", areaId is not null ? nameof(areaId) : nameof(localAgreementId));
        }

        Year = year;
        Quarter = quarter;
        AreaId = areaId;
        LocalAgreementId = localAgreementId;
    }

    /// <summary>The report year.</summary>
    public int Year { get; }

    /// <summary>The quarter (1–4) for a quarterly follow-up; null for the yearly report.</summary>
    public int? Quarter { get; }

    /// <summary>The one area covered, or null.</summary>
    public string? AreaId { get; }

    /// <summary>The one local agreement covered, or null.</summary>
    public string? LocalAgreementId { get; }

    /// <summary>True when the report covers the whole city (no area, no local agreement).</summary>
    public bool IsCityWide => AreaId is null && LocalAgreementId is null;

    /// <summary>The reporting period: the year, or its quarter.</summary>
    public Period Period => Quarter is { } q ? Period.OfQuarter(Year, q) : Period.OfYear(Year);

    /// <summary>The last day whose data the report may use: the end of the year or quarter.</summary>
    public DateOnly Cutoff => Period.End;

    /// <summary>The stable key of the scope.</summary>
    public string Key
    {
        get
        {
            var key = Period.ToString();
            if (AreaId is not null)
            {
                key += "/" + AreaPrefix + AreaId;
            }
            else if (LocalAgreementId is not null)
            {
                key += "/" + LocalAgreementPrefix + LocalAgreementId;
            }

            return key;
        }
    }

    /// <summary>Parses a <see cref="Key"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? key, [NotNullWhen(true)] out ReportScope? scope)
    {
        scope = null;
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var parts = key.Trim().Split('/', 2);
        if (!Period.TryParse(parts[0], out var period) || period.Kind == PeriodKind.Month)
        {
            return false;
        }

        string? area = null;
        string? local = null;
        if (parts.Length == 2)
        {
            if (parts[1].StartsWith(AreaPrefix, StringComparison.Ordinal))
            {
                area = parts[1][AreaPrefix.Length..];
            }
            else if (parts[1].StartsWith(LocalAgreementPrefix, StringComparison.Ordinal))
            {
                local = parts[1][LocalAgreementPrefix.Length..];
            }
            else
            {
                return false;
            }

            if (string.IsNullOrWhiteSpace(area ?? local))
            {
                return false;
            }
        }

        try
        {
            scope = new ReportScope(period.Year, period.Kind == PeriodKind.Quarter ? period.Part : null, area, local);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Parses a <see cref="Key"/> or throws <see cref="FormatException"/>.</summary>
    public static ReportScope Parse(string key) =>
        TryParse(key, out var scope) ? scope : throw new FormatException(string.Create(CultureInfo.InvariantCulture,
            $"'{key}' is not a report scope (expected YYYY or YYYY-Qn, optionally /area:ID or /lok:ID)."));

    /// <inheritdoc />
    public override string ToString() => Key;
}
