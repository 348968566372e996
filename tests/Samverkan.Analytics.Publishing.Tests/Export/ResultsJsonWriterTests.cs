using System.Text;
using System.Text.Json;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Export;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Export;

public class ResultsJsonWriterTests
{
    [Fact]
    public void Write_WritesAnArrayOfObjectsWithTheContractNames_InOrder()
    {
        using var doc = Parse([.. Some.SpangaTenstaSeries()]);

        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Equal(7, doc.RootElement.GetArrayLength());
        foreach (var row in doc.RootElement.EnumerateArray())
        {
            Assert.Equal(ResultColumns.All, row.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public void Write_WritesNumbersAsNumbersAndAbsentAsNull_WhenARowHasGaps()
    {
        var row = new IndicatorResult
        {
            IndicatorId = "ran",
            AreaId = "lpo-jarva",
            Period = Period.OfMonth(2024, 5),
            Value = 0.1 + 0.2,
            CiLow = double.NaN,
            CiHigh = double.NegativeInfinity,
            Change = -0.5,
            TrendN = 6,
            ComparatorVerdict = Verdict.Better,
            Flags = ["estimate", "break"],
        };

        using var doc = Parse([row]);
        var json = doc.RootElement[0];

        Assert.Equal(JsonValueKind.Number, json.GetProperty("value").ValueKind);
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.1 + 0.2), BitConverter.DoubleToInt64Bits(json.GetProperty("value").GetDouble()));
        Assert.Equal(-0.5, json.GetProperty("change").GetDouble());
        Assert.Equal(6, json.GetProperty("trend_n").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("ci_low").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("ci_high").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("numerator").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("baseline_period").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("target_year").ValueKind);
        Assert.Equal("2024-05", json.GetProperty("period").GetString());
        Assert.Equal("better", json.GetProperty("comparator_verdict").GetString());
        Assert.Equal("not-assessed", json.GetProperty("trend_verdict").GetString());
        Assert.Equal("estimate|break", json.GetProperty("flags").GetString());
    }

    [Fact]
    public void Write_WritesNullFlags_WhenThereAreNone()
    {
        using var doc = Parse([Some.Row(Some.City, 2023, 17.2)]);

        Assert.Equal(JsonValueKind.Null, doc.RootElement[0].GetProperty("flags").ValueKind);
    }

    [Fact]
    public async Task WriteAsyncAndTextWriter_WriteTheSameJson_AsTheStreamWriter()
    {
        var rows = Some.SpangaTenstaSeries();
        using var sync = new MemoryStream();
        using var async = new MemoryStream();
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

        ResultsJsonWriter.Write(sync, rows);
        await ResultsJsonWriter.WriteAsync(async, rows);
        ResultsJsonWriter.Write(text, rows);

        Assert.Equal(sync.ToArray(), async.ToArray());
        Assert.Equal(Encoding.UTF8.GetString(sync.ToArray()), text.ToString());
        Assert.NotEqual(0xEF, sync.ToArray()[0]);
    }

    private static JsonDocument Parse(IndicatorResult[] rows)
    {
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(stream, rows);
        return JsonDocument.Parse(stream.ToArray());
    }
}
