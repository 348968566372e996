using System.Security.Cryptography;

namespace Samverkan.Analytics.Core.Users;

/// <summary>Password rules and random passwords (the hashing itself is the Host's and Cli's, with ASP.NET Core Identity).</summary>
public static class Passwords
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinLength = 12;

    /// <summary>The longest password accepted (longer input is refused before hashing).</summary>
    public const int MaxLength = 256;

    /// <summary>The length of generated passwords (about 119 bits).</summary>
    public const int GeneratedLength = 20;

    // No look-alikes (0/O, 1/l/I), so a printed password can be typed.
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random password from a cryptographic generator.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, GeneratedLength);

    /// <summary>A random security stamp (32 hex digits).</summary>
    public static string NewSecurityStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Null when <paramref name="password"/> is acceptable, else why not (English, for the Cli and logs).</summary>
    public static string? Problem(string? password) => password switch
    {
        null or "" => "Lösenordet är tomt.",
        { Length: < MinLength } => $"Lösenordet är kortare än {MinLength} tecken.",
        { Length: > MaxLength } => $"Lösenordet är längre än {MaxLength} tecken.",
        _ when password.Trim().Length != password.Length => "Lösenordet börjar eller slutar med blanksteg.",
        _ => null,
    };
}
