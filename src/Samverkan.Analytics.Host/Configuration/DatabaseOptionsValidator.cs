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
            return ValidateOptionsResult.Fail($"{SettingNames.Provider}: '{options.Provider}' is not a database provider. Use Sqlite (the default) or PostgreSql.");
        }

        var connectionString = options.ConnectionString;
        if (provider == SqlProvider.Sqlite)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{SettingNames.ConnectionString} is set, but {SettingNames.Provider} is Sqlite, whose database is samverkan.db in the data directory. Clear the connection string, or set the provider to PostgreSql.");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail($"{SettingNames.ConnectionString} is empty, but {SettingNames.Provider} is PostgreSql. Set it through the environment variable Samverkan__Database__ConnectionString (for example Host=db;Database=samverkan;Username=samverkan;Password=…).");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail($"{SettingNames.ConnectionString} names no Host. Add Host=… (and Database=…).")
                : ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return ValidateOptionsResult.Fail($"{SettingNames.ConnectionString} is not a PostgreSQL connection string (Npgsql: {e.GetType().Name}). Write it as Key=Value pairs separated by ';', such as Host=db;Database=samverkan;Username=samverkan.");
        }
    }
}
