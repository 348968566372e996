using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Samverkan.Analytics.Core.Explanations;
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
        var command = new Command("users", "Hantera de lokala kontona för inloggningen på webben.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "Inloggningsnamn (bokstäverna a–z, siffror, . _ - @)." };
        var role = new Option<string>("--role") { Description = "viewer (läsare), analyst (analytiker) eller admin (administratör).", Required = true };
        var areas = new Option<string?>("--areas") { Description = "Kommaseparerade id för de områden i katalogen som användaren får se (standard: alla områden)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Läs lösenordet från första raden i standard input (annars skrivs ett slumpat ut)." };
        var command = new Command("add", "Lägg till en användare.") { name, role, areas, passwordStdin };
        command.SetWork(async (parse, context, ct) =>
        {
            var roleText = parse.GetValue(role);
            if (!UserRoles.TryParse(roleText, out var chosenRole))
            {
                throw new CliException($"--role {roleText}: använd någon av {string.Join(", ", UserRoles.Names)}.", ExitCodes.Usage);
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
                throw new CliException($"Användaren {account.Name} finns redan; ta bort den först om du vill ersätta den.");
            }

            var scope = account.IsAreaLimited ? "områdena " + string.Join(", ", account.AreaIds) : "alla områden";
            await context.Output.WriteLineAsync($"Lade till {account.Name} ({account.Role.ToName()}, {scope}).").ConfigureAwait(false);
            if (generated)
            {
                await context.Output.WriteLineAsync($"Lösenord (visas bara nu): {password}").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove()
    {
        var name = new Argument<string>("name") { Description = "Inloggningsnamn." };
        var command = new Command("remove", "Ta bort en användare (aldrig den sista administratören).") { name };
        command.SetWork(async (parse, context, ct) =>
        {
            var typed = parse.GetValue(name)!;
            var normalised = UserNames.Normalise(typed) ?? throw new CliException($"'{typed}' är inget användarnamn.", ExitCodes.Usage);
            var store = await StoreAsync(context, ct).ConfigureAwait(false);
            var all = await store.ListAsync(ct).ConfigureAwait(false);
            var account = all.FirstOrDefault(a => a.Name == normalised) ?? throw new CliException($"Det finns ingen användare {normalised}.");
            if (account.Role == UserRole.Admin && all.Count(a => a.Role == UserRole.Admin) == 1)
            {
                throw new CliException($"{normalised} är den sista administratören; lägg till en annan administratör först.");
            }

            await store.RemoveAsync(normalised, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Tog bort {normalised}; inloggningen slutar fungera inom en minut.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Lista användarna.");
        command.SetWork(async (_, context, ct) =>
        {
            var store = await StoreAsync(context, ct).ConfigureAwait(false);
            var all = await store.ListAsync(ct).ConfigureAwait(false);
            var now = context.Time.GetUtcNow();
            foreach (var a in all)
            {
                var areas = a.IsAreaLimited ? string.Join(",", a.AreaIds) : "(alla områden)";
                var locked = a.IsLockedAt(now) ? string.Create(CultureInfo.InvariantCulture, $"  låst till {a.LockedUntil:yyyy-MM-dd HH:mm} UTC") : "";
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{a.Name,-24} {a.Role.ToName(),-8} {areas}  skapad {a.CreatedAt:yyyy-MM-dd}{locked}")).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture, $"{all.Count:N0} användare.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<SqlUserStore> StoreAsync(CliContext context, CancellationToken ct) =>
        new((await context.StorageAsync(ct).ConfigureAwait(false)).Connections);

    private static async Task<string> ReadPasswordAsync(CancellationToken ct)
    {
        var line = await Console.In.ReadLineAsync(ct).ConfigureAwait(false);
        return string.IsNullOrEmpty(line) ? throw new CliException("--password-stdin: standard input innehöll inget lösenord.", ExitCodes.Usage) : line;
    }
}
