using System.Globalization;
using System.Reflection;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Results;

public sealed class SqlResultStoreTests
{
    internal static ComputeRun Run(string catalog = "katalog-2026.1 (Järva, Östermalm)", long? latestImport = 42) => new()
    {
        ComputedAt = new DateTimeOffset(2026, 11, 25, 14, 3, 7, TimeSpan.FromHours(1)).AddTicks(1234567),
        CatalogVersion = catalog,
        LatestImportId = latestImport,
        RowCount = -1,
    };

    /// <summary>Rows that touch every column with awkward values, every enum word, every period kind and null.</summary>
    internal static List<IndicatorResult> AwkwardRows()
    {
        double?[] doubles =
        [
            0.1 + 0.2, 1.0 / 3.0, double.Epsilon, 1.7976931348623157e308, -1e-300, double.PositiveInfinity,
            double.NegativeInfinity, 23.5, -0.000123456789, 9007199254740993, 1e22, 2.2250738585072014e-308, null,
        ];
        Period[] periods = [Period.OfYear(2019), Period.OfQuarter(2024, 2), Period.OfMonth(2023, 11), Period.OfMonth(2026, 1)];
        string[][] flags = [[], ["revised"], ["preliminary", "estimate", "revised", "break"], ["break"]];
        var rows = new List<IndicatorResult>();
        for (var i = 0; i < 12; i++)
        {
            double? D(int k) => doubles[(i + k) % doubles.Length];
            rows.Add(new IndicatorResult
            {
                IndicatorId = i % 2 == 0 ? "otrygghet-kvall" : "upplevd-trygghet-åäö",
                AreaId = i % 3 == 0 ? "sdo-skarpnack" : "lpo-sodermalm",
                Period = periods[i % periods.Length],
                Value = D(0),
                CiLow = D(1),
                CiHigh = D(2),
                Numerator = D(3),
                Denominator = D(4),
                Status = Enum.GetValues<ResultStatus>()[i % 5],
                BaselinePeriod = i % 5 == 4 ? null : periods[(i + 1) % periods.Length],
                BaselineValue = D(5),
                Change = D(6),
                ChangeCiLow = D(7),
                ChangeCiHigh = D(8),
                ChangeP = D(9),
                ChangeVerdict = Enum.GetValues<Verdict>()[i % 6],
                ComparatorValue = D(10),
                ComparatorVerdict = Enum.GetValues<Verdict>()[(i + 3) % 6],
                TrendMethod = (i % 4) switch { 0 => "fingertips-recent", 1 => "mann-kendall", 2 => "seasonal-kendall", _ => null },
                TrendN = i % 4 == 3 ? null : i + 2,
                TrendStatistic = D(11),
                TrendP = D(12),
                TrendSlope = D(13),
                TrendVerdict = Enum.GetValues<TrendVerdict>()[i % 6],
                TargetValue = D(14),
                TargetYear = i % 3 == 2 ? null : 2030 + i,
                TargetStatus = Enum.GetValues<TargetStatus>()[i % 6],
                AgreementId = i % 2 == 0 ? "sak-2024" : null,
                Flags = flags[i % flags.Length],
                ComparatorVerdict95 = Enum.GetValues<Verdict>()[(i + 1) % 6],
                ComparatorVerdict998 = Enum.GetValues<Verdict>()[(i + 2) % 6],
            });
        }

        rows.Add(new IndicatorResult { IndicatorId = "tom", AreaId = "kommun-0180", Period = Period.OfYear(2017) });
        return rows;
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task SaveRunAsync_RoundTripsEveryColumnExactly_WhenReadBack(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var rows = AwkwardRows();

        var saved = await db.Bundle.Results.SaveRunAsync(Run(), rows, CancellationToken.None);
        var read = await db.Bundle.Results.GetRunAsync(saved.Id, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(saved, read.Value.Run);
        Assert.Equal(rows.Count, saved.RowCount);
        Assert.Equal("katalog-2026.1 (Järva, Östermalm)", saved.CatalogVersion);
        Assert.Equal(42, saved.LatestImportId);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 13, 3, 7, TimeSpan.Zero).AddTicks(1234560), saved.ComputedAt);
        Assert.Equal(rows.Select(Describe), read.Value.Results.Select(Describe));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task SaveRunAsync_StoresNegativeZeroAsZero_OnEveryProvider(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var row = new IndicatorResult { IndicatorId = "x", AreaId = "kommun-0180", Period = Period.OfYear(2020), Change = -0.0 };

        var saved = await db.Bundle.Results.SaveRunAsync(Run(), [row], CancellationToken.None);

        var change = (await db.Bundle.Results.GetRunAsync(saved.Id, CancellationToken.None))!.Value.Results[0].Change;
        Assert.Equal(0L, BitConverter.DoubleToInt64Bits(change!.Value));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task SaveRunAsync_StoresNothing_WhenARowHoldsNaN(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var rows = AwkwardRows();
        rows[^2] = rows[^2] with { TrendP = double.NaN };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.Bundle.Results.SaveRunAsync(Run(), rows, CancellationToken.None));

        Assert.Contains("results.trend_p", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.CountAsync("compute_runs"));
        Assert.Equal(0, await db.CountAsync("results"));
    }

    [Fact]
    public async Task SaveRunAsync_Throws_WhenAFlagHoldsTheSeparator()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);
        var row = new IndicatorResult { IndicatorId = "x", AreaId = "kommun-0180", Period = Period.OfYear(2020), Flags = ["revised|break"] };

        await Assert.ThrowsAsync<ArgumentException>(() => db.Bundle.Results.SaveRunAsync(Run(), [row], CancellationToken.None));

        Assert.Equal(0, await db.CountAsync("compute_runs"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task GetRunAsync_ReturnsTheLatestRun_WhenIdIsNull(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var results = db.Bundle.Results;
        Assert.Null(await results.GetRunAsync(null, CancellationToken.None));
        var older = await results.SaveRunAsync(Run("v1", latestImport: null), AwkwardRows().Take(2).ToList(), CancellationToken.None);
        var newer = await results.SaveRunAsync(Run("v2"), AwkwardRows().Take(3).ToList(), CancellationToken.None);

        var latest = await results.GetRunAsync(null, CancellationToken.None);
        var byId = await results.GetRunAsync(older.Id, CancellationToken.None);

        Assert.Equal(newer, latest!.Value.Run);
        Assert.Equal(3, latest.Value.Results.Count);
        Assert.Equal(older, byId!.Value.Run);
        Assert.Null(byId.Value.Run.LatestImportId);
        Assert.Equal(2, byId.Value.Results.Count);
        Assert.Null(await results.GetRunAsync(newer.Id + 100, CancellationToken.None));
    }

    /// <summary>Every property, doubles as their exact bits, periods with their kind, flags joined.</summary>
    internal static string Describe(IndicatorResult result) => string.Join(
        "; ",
        typeof(IndicatorResult).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name + "=" + p.GetValue(result) switch
        {
            null => "null",
            double d => BitConverter.DoubleToInt64Bits(d).ToString("X16", CultureInfo.InvariantCulture),
            Period period => $"{period.Kind}:{period}",
            IEnumerable<string> flags => "[" + string.Join(",", flags) + "]",
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        }));
}
