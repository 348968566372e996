using System.Globalization;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// First start: when there are no users, creates <c>admin</c>. Its password is
/// <see cref="SecurityOptions.InitialAdminPassword"/> when set (nothing is printed or written), else a
/// random one that is printed once to standard output (not through the logger) and written to
/// <c>initial-admin-password.txt</c> in the data directory, readable by the owner only. The password
/// is never logged.
/// </summary>
internal sealed class InitialAdmin(
    StorageBundle storage,
    IUserStore users,
    UserAccountService accounts,
    DataDirectory dataDirectory,
    IOptions<SecurityOptions> options,
    ILogger<InitialAdmin> log) : IHostedService
{
    /// <summary>The name of the first user.</summary>
    public const string UserName = "admin";

    /// <summary>The file name in the data directory.</summary>
    public const string PasswordFileName = "initial-admin-password.txt";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // StartupTasks migrates first; migrating again is a no-op read and keeps this independent of the order.
        await storage.Migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (await users.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var configured = options.Value.InitialAdminPassword;
        if (configured is not null && Passwords.Problem(configured) is { } problem)
        {
            throw new StartupException($"{SecurityOptions.AdminPasswordVariable} (Samverkan:Security:InitialAdminPassword) går inte att använda: {problem}");
        }

        var password = configured ?? Passwords.Generate();
        try
        {
            await accounts.CreateAsync(UserName, password, UserRole.Admin, [], cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return; // another host sharing the database created it first, and showed its password
        }

        if (configured is not null)
        {
            log.LogInformation("First start: created the user {User} with the configured password", UserName);
            return;
        }

        var file = Path.Combine(dataDirectory.Root, PasswordFileName);
        await WriteOwnerOnlyAsync(file, password + Environment.NewLine, cancellationToken).ConfigureAwait(false);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            ================================================================
             Första start: användaren "{UserName}" har skapats.
             Lösenord: {password}
             (visas bara nu; finns också i {file})
             Logga in, skapa egna konton och ta sedan bort filen.
            ================================================================

            """));
        await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        log.LogWarning("First start: created the user {User}; its password was printed once to the console and written to {File}", UserName, file);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes a new file that only its owner can read (mode 600 on Unix), replacing an old one.</summary>
    internal static async Task WriteOwnerOnlyAsync(string path, string text, CancellationToken cancellationToken)
    {
        File.Delete(path);
        var streamOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(path, streamOptions);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        }
    }
}
