namespace Samverkan.Analytics.Cli.Commands;

/// <summary>Expands the FILE…|DIR arguments: a folder means its top-level files, in name order.</summary>
internal static class InputFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.GetFiles(argument, "*", SearchOption.TopDirectoryOnly)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else
            {
                throw new CliException($"{argument}: filen eller mappen finns inte. Kontrollera sökvägen.", ExitCodes.Usage);
            }
        }

        return files;
    }
}
