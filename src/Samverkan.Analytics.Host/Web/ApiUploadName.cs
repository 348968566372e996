using System.Text;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The name an uploaded file is known by: only the last path segment of what the client sent,
/// letters, digits, space and <c>. - _ ( )</c>; no leading dots, at most 120 characters. It is never a
/// path on disk (an upload is archived under its content hash), only a label in reports and the
/// import record.
/// </summary>
internal static class ApiUploadName
{
    private const int MaxLength = 120;
    private const string Fallback = "upload.csv";

    public static string Safe(string? clientName)
    {
        var last = (clientName ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var sb = new StringBuilder(Math.Min(last.Length, MaxLength));
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            if (sb.Length == MaxLength)
            {
                break;
            }

            sb.Append(char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '(' or ')' ? c : '_');
        }

        var name = sb.ToString().Trim().TrimStart('.').Trim();
        return name.Length == 0 || name.All(c => c == '_') ? Fallback : name;
    }

    /// <summary>The archive file's extension: <c>.csv</c> or <c>.txt</c> as the name says, else <c>.csv</c>.</summary>
    public static string ArchiveExtension(string safeName) =>
        Path.GetExtension(safeName).ToLowerInvariant() is ".txt" ? ".txt" : ".csv";
}
