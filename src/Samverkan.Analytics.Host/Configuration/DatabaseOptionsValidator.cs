using Microsoft.Extensions.Options;
using Npgsql;
using Samverkan.Analytics.Storage;
using Samverkan.Analytics.Storage.Connections;

namespace Samverkan.Analytics.Host.Configuration;

/// <summary>
/// Checks the provider and its connection string at start. A connection string is never repeated in
/// a message: it may hold a password.
/// </summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SqlProvider provider;
        try
        {
            provider = SamverkanStorage.ParseProvider(options.Provider);
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail($"{SettingNames.Provider}: '{options.Provider}' är ingen databasleverantör. Använd Sqlite (standard) eller PostgreSql.");
        }

        var connectionString = options.ConnectionString;
        if (provider == SqlProvider.Sqlite)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{SettingNames.ConnectionString} är satt, men {SettingNames.Provider} är Sqlite, vars databas är samverkan.db i datamappen. Ta bort anslutningssträngen eller sätt leverantören till PostgreSql.");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail($"{SettingNames.ConnectionString} är tom, men {SettingNames.Provider} är PostgreSql. Sätt den i miljövariabeln Samverkan__Database__ConnectionString (till exempel Host=db;Database=samverkan;Username=samverkan;Password=…).");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail($"{SettingNames.ConnectionString} anger ingen Host. Lägg till Host=… (och Database=…).")
                : ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return ValidateOptionsResult.Fail($"{SettingNames.ConnectionString} är ingen anslutningssträng för PostgreSQL (Npgsql: {e.GetType().Name}). Skriv den som par Nyckel=Värde åtskilda av ';', till exempel Host=db;Database=samverkan;Username=samverkan.");
        }
    }
}
