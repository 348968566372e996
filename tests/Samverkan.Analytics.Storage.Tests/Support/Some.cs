using System.Security.Cryptography;
using System.Text;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Storage.Tests.Support;

/// <summary>Builders for test data (Serilog's <c>Some</c>).</summary>
public static class Some
{
    /// <summary>A crime count for an area, month and category.</summary>
    public static Observation Crime(string area, Period period, string category, double count, int line, ObservationStatus status = ObservationStatus.Ok) => new()
    {
        Dataset = Dataset.Crime,
        AreaId = area,
        Period = period,
        Subject = category,
        Source = "bra",
        Value = count,
        Status = status,
        Lineage = new Lineage("", 0, line, line),
    };

    /// <summary>A survey aggregate.</summary>
    public static Observation Survey(string area, int year, string question, double positive, double respondents, int line) => new()
    {
        Dataset = Dataset.Survey,
        AreaId = area,
        Period = Period.OfYear(year),
        Subject = question,
        Source = "stockholm-trygghetsmatning",
        Positive = positive,
        Respondents = respondents,
        Lineage = new Lineage("", 0, line, line),
    };

    /// <summary>A parsed, clean file whose hash is derived from <paramref name="content"/>.</summary>
    public static ParsedFile File(string name, string content, InputKind kind, params Observation[] observations) => new()
    {
        FileName = name,
        FileHash = Hash(content),
        Kind = kind,
        Format = "canonical",
        RowCount = observations.Length,
        Observations = observations,
    };

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex.</summary>
    public static string Hash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
