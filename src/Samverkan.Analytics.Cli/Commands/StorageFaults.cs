using Microsoft.Data.Sqlite;
using Samverkan.Analytics.Core.Configuration;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>
/// What to do about the storage faults people meet (issue #10 §2): a read-only data directory, a full
/// disk, a database another program keeps locked. SQLite's own words ("unable to open database
/// file", "database is locked") say neither where nor what to do.
/// </summary>
internal static class StorageFaults
{
    private const int Enospc = 28;
    private const int ErrorDiskFull = 112;
    private const int Erofs = 30;

    /// <summary>A sentence to add after the error, or an empty string when there is nothing to add.</summary>
    public static string Hint(Exception error, DataDirectory data)
    {
        var primary = error is SqliteException sqlite ? sqlite.SqliteErrorCode & 0xFF : -1;
        return primary switch
        {
            8 or 14 => $" Datakatalogen {data.Root} (eller {Path.GetFileName(data.DatabaseFile)} i den) går inte att skriva till: den är skrivskyddad, ligger på ett skrivskyddat filsystem eller ägs av en annan användare. "
                + "Gör den skrivbar för den här användaren, eller ange en annan med --data-dir, och kör igen; ingenting ändrades.",
            13 => $" Disken med {data.Root} är full (eller så har en gräns för filstorlek nåtts). Steget rullades tillbaka; frigör utrymme och kör igen.",
            10 => $" Det gick inte att skriva {data.DatabaseFile}: disken är full, en gräns för filstorlek har nåtts eller så är disken trasig. Steget rullades tillbaka; frigör utrymme (eller kontrollera disken) och kör igen.",
            5 or 6 => $" Ett annat program har låst {data.DatabaseFile} för skrivning längre än kommandot väntar. Kör igen när det är klart "
                + "(en Host som är igång läser in och beräknar själv; använd dess API eller stoppa den först); ingenting ändrades.",
            _ when error is Npgsql.PostgresException { SqlState: "57P01" or "57P02" or "57P03" } || error is Npgsql.NpgsqlException { IsTransient: true } =>
                " Anslutningen till PostgreSQL bröts (servern startade om eller går inte att nå). Stegets transaktion rullades tillbaka, så inget halvfärdigt sparades; kör igen när servern är i gång.",
            _ when error is IOException io && (io.HResult & 0xFFFF) is Erofs => $" {data.Root} ligger på ett skrivskyddat filsystem. Ange en skrivbar datakatalog med --data-dir och kör igen.",
            _ when error is IOException io && (io.HResult & 0xFFFF) is Enospc or ErrorDiskFull => $" Disken med {data.Root} är full. Frigör utrymme och kör igen; filer skrivs under tillfälliga namn, så inget halvskrivet sparades.",
            _ => string.Empty,
        };
    }
}
