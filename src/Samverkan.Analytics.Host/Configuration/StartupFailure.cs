using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Samverkan.Analytics.Host.Configuration;

/// <summary>
/// Turns the failures a user can fix (a bad setting, a missing font, an unreachable database) into
/// one message without a stack trace; anything else is a bug and keeps its trace.
/// </summary>
internal static class StartupFailure
{
    /// <summary>The message to print, or null when <paramref name="e"/> is not a known start-up failure.</summary>
    public static string? Describe(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e switch
        {
            StartupException s => s.Message,
            OptionsValidationException o => Settings(o.Failures),
            AggregateException a when a.InnerExceptions.All(x => x is OptionsValidationException) =>
                Settings(a.InnerExceptions.Cast<OptionsValidationException>().SelectMany(x => x.Failures)),
            InvalidOperationException i when i.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
                "Inställningarna är inte giltiga; inget startades: " + i.Message,
            InvalidOperationException i when i.Message.Contains("fonts-dejavu-core", StringComparison.Ordinal) => i.Message,
            InvalidOperationException i when i.Message.StartsWith("The database schema is version", StringComparison.Ordinal) => i.Message,
            NpgsqlException or SocketException => "Kan inte använda PostgreSQL-databasen (" + SettingNames.ConnectionString + "): "
                + e.Message + " Kontrollera att servern är igång och att anslutningssträngen är rätt; inget startades.",
            AggregateException { InnerExceptions.Count: 1 } a => Describe(a.InnerExceptions[0]),
            _ when e.InnerException is NpgsqlException or SocketException => Describe(e.InnerException),
            _ => null,
        };
    }

    private static string Settings(IEnumerable<string> failures) =>
        "Inställningarna är inte giltiga; inget startades. Rätta följande och starta igen:"
        + Environment.NewLine + string.Join(Environment.NewLine, failures.Select(f => "  " + f));
}
