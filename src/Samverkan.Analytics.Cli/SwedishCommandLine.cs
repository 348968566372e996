using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Samverkan.Analytics.Cli;

/// <summary>
/// System.CommandLine's own words in Swedish. Version 2.0.0 ships its texts as resources with satellite
/// assemblies for thirteen languages, not Swedish, and keeps them internal (no public way to replace
/// them; a Swedish satellite would have to carry Microsoft's strong name, and a custom help layout
/// cannot reuse the library's sections, whose <see cref="HelpContext"/> has no public constructor).
/// So the help is written by the library into a buffer and its headings and labels are translated on
/// the way out, and a parse error's message, built from one of the library's fixed English formats,
/// is matched against those formats and written in Swedish. A
/// message that matches none (a newer library version, or one of our own validators' texts, which
/// are Swedish already) is shown as it is. <c>SwedishCommandLineTests</c> fails if 2.0.0's texts change.
/// </summary>
internal static partial class SwedishCommandLine
{
    /// <summary>Help headings (whole lines) and labels (inside lines) as the library writes them, and in Swedish.</summary>
    private static readonly (string English, string Swedish)[] HelpHeadings =
    [
        ("Description:", "Beskrivning:"),
        ("Usage:", "Användning:"),
        ("Arguments:", "Argument:"),
        ("Options:", "Flaggor:"),
        ("Commands:", "Kommandon:"),
        ("Additional Arguments:", "Ytterligare argument:"),
    ];

    private static readonly (string English, string Swedish)[] HelpLabels =
    [
        ("[options]", "[flaggor]"),
        ("[command]", "[kommando]"),
        ("[[--] <additional arguments>...]]", "[[--] <fler argument>...]]"),
        ("[default: ", "[standard: "),
        ("(REQUIRED)", "(krävs)   "),   // as long as the English, so the columns stay aligned
    ];

    /// <summary>The help and version options' descriptions in Swedish.</summary>
    public static void Apply(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "Visa hjälpen: vad kommandot gör, dess argument och flaggor.";
                    break;
                case VersionOption version:
                    version.Description = "Visa programmets version.";
                    break;
            }
        }
    }

    /// <summary>True when the command line asks for help (<c>--help</c>, <c>-h</c>, <c>-?</c>).</summary>
    public static bool AsksForHelp(ParseResult parsed) => parsed?.Action is HelpAction;

    /// <summary>Writes the help the command line asks for to <paramref name="output"/>, in Swedish.</summary>
    public static async Task<int> WriteHelpAsync(ParseResult parsed, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await parsed.InvokeAsync(new InvocationConfiguration { Output = buffer }).ConfigureAwait(false);
        await output.WriteAsync(Help(buffer.ToString())).ConfigureAwait(false);
        return exit;
    }

    /// <summary>Help text with the library's English headings and labels in Swedish.</summary>
    public static string Help(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var bare = line.TrimEnd('\r');
            foreach (var (english, swedish) in HelpHeadings)
            {
                if (string.Equals(bare, english, StringComparison.Ordinal))
                {
                    line = swedish + line[bare.Length..];
                    break;
                }
            }

            foreach (var (english, swedish) in HelpLabels)
            {
                line = line.Replace(english, swedish, StringComparison.Ordinal);
            }

            lines[i] = line;
        }

        return string.Join('\n', lines);
    }

    /// <summary>A parse error's message in Swedish (as it is when it is not one of the library's formats).</summary>
    public static string Error(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (pattern, swedish) in Errors)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return swedish(match.Groups);
            }
        }

        return message;
    }

    private static readonly (Regex Pattern, Func<GroupCollection, string> Swedish)[] Errors =
    [
        (UnrecognizedCommandOrArgument(), g => $"Okänt kommando eller argument '{g[1].Value}'."),
        (RequiredCommandWasNotProvided(), _ => "Inget kommando angavs."),
        (OptionRequiredArgumentMissing(), g => $"Flaggan '{g[1].Value}' saknar sitt värde."),
        (CommandRequiredArgumentMissing(), g => $"Kommandot '{g[1].Value}' saknar sitt argument."),
        (RequiredOptionWasNotProvided(), g => $"Flaggan '{g[1].Value}' är obligatorisk."),
        (ExpectsOneArgument(), g => $"Flaggan '{g[1].Value}' tar ett värde, men fick {g[2].Value}."),
        (ArgumentConversionCannotParse(), g =>
            $"'{g[1].Value}'{(g[3].Success ? $" för {(g[2].Value == "option" ? "flaggan" : "kommandot")} {g[3].Value}" : string.Empty)} är inte {TypeWords(g[4].Value)}." +
            (g[5].Success ? $" Menade du något av följande?{g[5].Value}" : string.Empty)),
        (UnrecognizedArgument(), g => $"'{g[1].Value}' är inget tillåtet värde. Använd något av:{g[2].Value}"),
        (NotMatched(), g => $"'{g[1].Value}' känns inte igen. Menade du något av följande?"),
        (OptionCannotBeCombined(), g => $"Flaggan {g[1].Value} kan inte kombineras med andra argument."),
        (FileDoesNotExist(), g => $"Filen finns inte: '{g[1].Value}'."),
        (DirectoryDoesNotExist(), g => $"Mappen finns inte: '{g[1].Value}'."),
        (FileOrDirectoryDoesNotExist(), g => $"Filen eller mappen finns inte: '{g[1].Value}'."),
        (InvalidCharacterInPath(), g => $"Tecknet '{g[1].Value}' får inte stå i en sökväg."),
        (InvalidCharacterInFileName(), g => $"Tecknet '{g[1].Value}' får inte stå i ett filnamn."),
        (ResponseFileNotFound(), g => $"Svarsfilen '{g[1].Value}' finns inte."),
        (ErrorReadingResponseFile(), g => $"Svarsfilen '{g[1].Value}' går inte att läsa: {g[2].Value}"),
    ];

    /// <summary>What a value of the expected .NET type is, in words (<c>ett heltal</c>, <c>ett datum (ÅÅÅÅ-MM-DD)</c>).</summary>
    private static string TypeWords(string type) => NullableType().Match(type) is { Success: true } nullable ? TypeWords(nullable.Groups[1].Value) : type switch
    {
        "System.Int32" or "System.Int64" => "ett heltal",
        "System.Double" or "System.Decimal" => "ett tal",
        "System.DateOnly" or "System.DateTime" or "System.DateTimeOffset" => "ett datum (ÅÅÅÅ-MM-DD)",
        "System.Boolean" => "true eller false",
        _ => $"ett värde av typen {type}",
    };

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex UnrecognizedCommandOrArgument();

    [GeneratedRegex(@"^Required command was not provided\.$")]
    private static partial Regex RequiredCommandWasNotProvided();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex OptionRequiredArgumentMissing();

    [GeneratedRegex(@"^Required argument missing for command: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex CommandRequiredArgumentMissing();

    [GeneratedRegex(@"^Option '(.*)' is required\.$", RegexOptions.Singleline)]
    private static partial Regex RequiredOptionWasNotProvided();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$", RegexOptions.Singleline)]
    private static partial Regex ExpectsOneArgument();

    [GeneratedRegex(@"^Cannot parse argument '(.*?)' (?:for (option|command) '(.*?)' )?as expected type '(.*?)'\.(?: Did you mean one of the following\?(.*))?$", RegexOptions.Singleline)]
    private static partial Regex ArgumentConversionCannotParse();

    [GeneratedRegex(@"^Argument '(.*?)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex UnrecognizedArgument();

    [GeneratedRegex(@"^'(.*)' was not matched\. Did you mean one of the following\?$", RegexOptions.Singleline)]
    private static partial Regex NotMatched();

    [GeneratedRegex(@"^(.*) option cannot be combined with other arguments\.$", RegexOptions.Singleline)]
    private static partial Regex OptionCannotBeCombined();

    [GeneratedRegex(@"^File does not exist: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex FileDoesNotExist();

    [GeneratedRegex(@"^Directory does not exist: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex DirectoryDoesNotExist();

    [GeneratedRegex(@"^File or directory does not exist: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex FileOrDirectoryDoesNotExist();

    [GeneratedRegex(@"^Character not allowed in a path: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex InvalidCharacterInPath();

    [GeneratedRegex(@"^Character not allowed in a file name: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex InvalidCharacterInFileName();

    [GeneratedRegex(@"^Response file not found '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex ResponseFileNotFound();

    [GeneratedRegex(@"^Error reading response file '(.*?)': (.*)$", RegexOptions.Singleline)]
    private static partial Regex ErrorReadingResponseFile();

    [GeneratedRegex(@"^System\.Nullable`1\[(.*)\]$")]
    private static partial Regex NullableType();
}
