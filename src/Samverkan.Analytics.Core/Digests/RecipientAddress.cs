using System.Diagnostics.CodeAnalysis;

namespace Samverkan.Analytics.Core.Digests;

/// <summary>
/// The rules for digest recipients, shared by the subscription loader and the sender: a plain
/// address (<c>name@example.se</c>, no display name, ASCII; compared lower-case) whose domain is on
/// the allow-list. An allow-list entry <c>stockholm.se</c> allows that domain only;
/// <c>*.stockholm.se</c> allows its subdomains.
/// </summary>
public static class RecipientAddress
{
    private const string LocalSpecials = ".!#$%&'*+/=?^_`{|}~-";

    /// <summary>Checks and lower-cases an address; on failure <paramref name="error"/> says why.</summary>
    public static bool TryNormalize(
        string? text,
        [NotNullWhen(true)] out string? address,
        [NotNullWhen(false)] out string? error)
    {
        address = null;
        var value = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (value.IndexOfAny([' ', '<', '>', ',', ';', '"']) >= 0)
        {
            error = $"'{text}' är inte en enda enkel adress. Skriv bara namn@domän, utan visningsnamn, vinkelparenteser eller lista";
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            error = $"'{text}' är ingen e-postadress. Skriv en adress som namn@domän, utan visningsnamn";
            return false;
        }

        var local = value[..at];
        var domain = value[(at + 1)..];
        if (local.Length > 64 || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)
            || !local.All(c => char.IsAsciiLetterOrDigit(c) || LocalSpecials.Contains(c, StringComparison.Ordinal)))
        {
            error = $"'{text}' har en del före @ som inte är ett enkelt brevlådenamn. Skriv den med bokstäverna a–z, siffror, punkt och bindestreck";
            return false;
        }

        if (!IsDomain(domain))
        {
            error = $"'{text}' har ingen giltig domän. Skriv domänen med ascii-tecken och punkter, till exempel stockholm.se";
            return false;
        }

        address = value;
        error = null;
        return true;
    }

    /// <summary>The domain of a normalised address.</summary>
    public static string DomainOf(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address[(address.LastIndexOf('@') + 1)..];
    }

    /// <summary>True when the address's domain is allowed by one of <paramref name="allowedDomains"/>.</summary>
    public static bool IsAllowed(string address, IEnumerable<string> allowedDomains)
    {
        ArgumentNullException.ThrowIfNull(allowedDomains);
        var domain = DomainOf(address).ToLowerInvariant();
        foreach (var raw in allowedDomains)
        {
            var entry = raw.Trim().ToLowerInvariant();
            if (entry.StartsWith("*.", StringComparison.Ordinal))
            {
                if (domain.EndsWith(entry[1..], StringComparison.Ordinal) && domain.Length > entry.Length - 1)
                {
                    return true;
                }
            }
            else if (entry.Length > 0 && string.Equals(domain, entry, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return domain.Length <= 253 && labels.Length >= 2 && labels.All(l =>
            l.Length is > 0 and <= 63 && !l.StartsWith('-') && !l.EndsWith('-') && l.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'));
    }
}
