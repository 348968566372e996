using System.Text;

namespace Samverkan.Analytics.Core.Results;

/// <summary>The contract's kebab-case words for the result enums (DESIGN §4.4).</summary>
public static class ResultWords
{
    /// <summary>The kebab-case word (<c>NotAssessed</c> → <c>not-assessed</c>).</summary>
    public static string ToWord(this Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    /// <summary>Parses a kebab-case word back into the enum.</summary>
    public static T Parse<T>(string word)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var v in Enum.GetValues<T>())
        {
            if (v.ToWord() == word)
            {
                return v;
            }
        }

        throw new FormatException($"'{word}' is not a {typeof(T).Name} word.");
    }
}
