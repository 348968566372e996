namespace Samverkan.Analytics.CrashRun;

/// <summary>The run's tally: SIGKILLs by part and phase, failures, notes; printed at the end.</summary>
internal sealed class PartReport
{
    private readonly List<string> _failures = [];
    private readonly List<string> _notes = [];
    private readonly SortedDictionary<string, int> _kills = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _uncertain = new(StringComparer.Ordinal);

    /// <summary>The part being run (prefix of the phase names).</summary>
    public string Part { get; set; } = string.Empty;

    public int Kills => _kills.Values.Sum();

    /// <summary>Digest deliveries left <c>uncertain</c> (handed to SMTP by a killed run), over all parts.</summary>
    public int UncertainTotal => _uncertain.Values.Sum();

    public int UncertainOf(string part) => _uncertain.GetValueOrDefault(part);

    public void Uncertain(int count) => _uncertain[Part] = _uncertain.GetValueOrDefault(Part) + count;

    public int KillsOf(string part) => _kills.Where(k => k.Key.StartsWith(part + " ", StringComparison.Ordinal)).Sum(k => k.Value);

    public IReadOnlyList<string> Failures => _failures;

    public void Killed(string phase) => _kills[$"{Part} {phase}"] = _kills.GetValueOrDefault($"{Part} {phase}") + 1;

    public void Fail(string data, string stage, string problem)
    {
        var line = $"{Part} {Path.GetFileName(data)} {stage}: {problem}";
        _failures.Add(line);
        Console.WriteLine("  FAIL " + line);
    }

    public void Note(string line)
    {
        _notes.Add(line);
        Console.WriteLine("  " + line);
    }

    public void Print()
    {
        foreach (var (phase, count) in _kills)
        {
            Console.WriteLine($"  {phase,-32} {count,3} SIGKILLs");
        }

        foreach (var note in _notes)
        {
            Console.WriteLine("  note: " + note);
        }

        foreach (var failure in _failures)
        {
            Console.WriteLine("  FAIL " + failure);
        }
    }
}
