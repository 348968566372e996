using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Storage.Users;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>
/// <c>users add NAME --role viewer|analyst|admin [--areas a,b] [--password-stdin]</c>,
/// <c>users remove NAME</c>, <c>users list</c>: the Host's local accounts (docs/security.md).
/// Passwords are hashed with ASP.NET Core Identity's hasher, as the Host checks them.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Manage the web login's local accounts.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "Login name (letters a–z, digits, . _ - @)." };
        var role = new Option<string>("--role") { Description = "viewer, analyst or admin.", Required = true };
        var areas = new Option<string?>("--areas") { Description = "Comma-separated catalogue area ids the user may see (default: every area)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (else a random one is printed)." };
        var command = new Command("add", "Add a user.") { name, role, areas, passwordStdin };
        command.SetWork(async (parse, context, ct) =>
        {
            var roleText = parse.GetValue(role);
            if (!UserRoles.TryParse(roleText, out var chosenRole))
            {
                throw new CliException($"--role {roleText}: use one of {string.Join(", ", UserRoles.Names)}.", ExitCodes.Usage);
            }

            var generated = !parse.GetValue(passwordStdin);
            var password = generated ? Passwords.Generate() : await ReadPasswordAsync(ct).ConfigureAwait(false);
            var areaIds = (parse.GetValue(areas) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            UserAccount account;
            try
            {
                account = NewUserAccount.Create(parse.GetValue(name)!, password, chosenRole, areaIds, context.Catalog.Areas, context.Time.GetUtcNow(), new PasswordHasher<UserAccount>().HashPassword);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message.Split(" (Parameter", 2)[0], ExitCodes.Usage);
            }

            var store = await StoreAsync(context, ct).ConfigureAwait(false);
            if (!await store.AddAsync(account, ct).ConfigureAwait(false))
            {
                throw new CliException($"The user {account.Name} already exists; remove it first to replace it.");
            }

            var scope = account.IsAreaLimited ? "areas " + string.Join(", ", account.AreaIds) : "every area";
            await context.Output.WriteLineAsync($"Added {account.Name} ({account.Role.ToName()}, {scope}).").ConfigureAwait(false);
            if (generated)
            {
                await context.Output.WriteLineAsync($"Password (shown only now): {password}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove()
    {
        var name = new Argument<string>("name") { Description = "Login name." };
        var command = new Command("remove", "Remove a user (never the last admin).") { name };
        command.SetWork(async (parse, context, ct) =>
        {
            var typed = parse.GetValue(name)!;
            var normalised = UserNames.Normalise(typed) ?? throw new CliException($"'{typed}' is not a user name.", ExitCodes.Usage);
            var store = await StoreAsync(context, ct).ConfigureAwait(false);
            var all = await store.ListAsync(ct).ConfigureAwait(false);
            var account = all.FirstOrDefault(a => a.Name == normalised) ?? throw new CliException($"There is no user {normalised}.");
            if (account.Role == UserRole.Admin && all.Count(a => a.Role == UserRole.Admin) == 1)
            {
                throw new CliException($"{normalised} is the last admin; add another admin first.");
            }

            await store.RemoveAsync(normalised, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Removed {normalised}; their login stops working within a minute.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the users.");
        command.SetWork(async (_, context, ct) =>
        {
            var store = await StoreAsync(context, ct).ConfigureAwait(false);
            var all = await store.ListAsync(ct).ConfigureAwait(false);
            var now = context.Time.GetUtcNow();
            foreach (var a in all)
            {
                var areas = a.IsAreaLimited ? string.Join(",", a.AreaIds) : "(all areas)";
                var locked = a.IsLockedAt(now) ? string.Create(CultureInfo.InvariantCulture, $"  locked until {a.LockedUntil:yyyy-MM-dd HH:mm} UTC") : "";
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{a.Name,-24} {a.Role.ToName(),-8} {areas}  created {a.CreatedAt:yyyy-MM-dd}{locked}")).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{all.Count} users.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<SqlUserStore> StoreAsync(CliContext context, CancellationToken ct) =>
        new((await context.StorageAsync(ct).ConfigureAwait(false)).Connections);

    private static async Task<string> ReadPasswordAsync(CancellationToken ct)
    {
        var line = await Console.In.ReadLineAsync(ct).ConfigureAwait(false);
        return string.IsNullOrEmpty(line) ? throw new CliException("--password-stdin: standard input held no password.", ExitCodes.Usage) : line;
    }
}
