using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Csv.Areas;

/// <summary>
/// The fast path of <see cref="RowAreaResolver"/> for long files: the area id of an area cell (and
/// optional area_kind cell) in a period, looked up by the cells' text without allocating. Only cells
/// that resolve cleanly are remembered; anything else (empty, unknown, ambiguous, not valid, a bad
/// area kind) answers false, and the caller gives the row to <see cref="RowAreaResolver"/>, which
/// reports it exactly as before.
/// </summary>
internal sealed class AreaCellCache
{
    private readonly AreaLookup _areas;
    private readonly AreaKind? _fileKind;
    private readonly Dictionary<string, Dictionary<Period, string>> _byLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<Period, string>>.AlternateLookup<ReadOnlySpan<char>> _byLabelSpan;
    private readonly char[] _key = new char[256];

    /// <summary>A cache of <paramref name="areas"/>' answers, bare names meaning <paramref name="fileKind"/>.</summary>
    public AreaCellCache(AreaLookup areas, AreaKind? fileKind)
    {
        (_areas, _fileKind) = (areas, fileKind);
        _byLabelSpan = _byLabel.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The area id of <paramref name="label"/> (with <paramref name="kindText"/>, may be empty) in <paramref name="period"/>, when it resolves cleanly.</summary>
    public bool TryResolve(ReadOnlySpan<char> label, ReadOnlySpan<char> kindText, Period period, out string areaId)
    {
        areaId = "";
        if (label.IsEmpty || label.Length + kindText.Length + 1 > _key.Length)
        {
            return false;
        }

        label.CopyTo(_key);
        _key[label.Length] = '\u001F';
        kindText.CopyTo(_key.AsSpan(label.Length + 1));
        var key = _key.AsSpan(0, label.Length + 1 + kindText.Length);
        if (!_byLabelSpan.TryGetValue(key, out var periods))
        {
            periods = [];
            _byLabel[key.ToString()] = periods;
        }

        if (periods.TryGetValue(period, out var found))
        {
            areaId = found;
            return true;
        }

        var kind = _fileKind;
        if (!kindText.IsEmpty)
        {
            if (!AreaKinds.TryParse(kindText.ToString(), out var parsed))
            {
                return false;
            }

            kind = parsed;
        }

        var resolution = _areas.Resolve(label.ToString(), period, kind, keepResolved: false);
        if (resolution.Status != AreaResolutionStatus.Resolved)
        {
            return false;
        }

        periods[period] = areaId = resolution.Area!.Id;
        return true;
    }
}
