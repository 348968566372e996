using System.Globalization;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Host.Reports;

/// <summary>
/// The report files in the data directory's <c>reports/</c>: what the <c>yearly-report</c> job and
/// the web's report button write (<c>rapport-2024.pdf</c>, <c>rapport-2024-sdo-farsta.html</c>), and
/// the cached files of final editions (<c>reports/utgavor/utgava-3.pdf</c>: a final edition never
/// changes, so it is rendered once). Every file is written by <see cref="ReportFileWriter"/> (the
/// Cli's writer too): under a temporary name, flushed to disk and renamed, so a reader never sees half a report.
/// </summary>
internal sealed class ReportFiles(YearlyReportService reports, DataDirectory dataDirectory)
{
    /// <summary>The sub-folder of <c>reports/</c> that holds the final editions' files.</summary>
    public const string EditionFolder = "utgavor";

    private static readonly ReportFormat[] Formats = [ReportFormat.Pdf, ReportFormat.Html];

    /// <summary>The folder the files are in.</summary>
    public string Folder => dataDirectory.Reports;

    /// <summary>The file name of a scope's report: <c>rapport-2024.pdf</c>, <c>rapport-2024-Q3.pdf</c>, <c>rapport-2024-sdo-farsta.pdf</c>.</summary>
    public static string FileName(ReportScope scope, ReportFormat format) => Stem(scope) + "." + Extension(format);

    private static string Stem(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var which = scope.AreaId ?? scope.LocalAgreementId;
        return "rapport-" + scope.Period.ToString() + (which is null ? string.Empty : "-" + which);
    }

    /// <summary><c>pdf</c> or <c>html</c>.</summary>
    public static string Extension(ReportFormat format) => format == ReportFormat.Pdf ? "pdf" : "html";

    /// <summary>Renders the report a request names in both formats into <c>reports/</c>; returns the files written.</summary>
    /// <exception cref="InvalidOperationException">No compute run (or edition) as asked.</exception>
    /// <exception cref="ArgumentException">The area or local agreement is not in the catalogue.</exception>
    public Task<IReadOnlyList<string>> WriteAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteBothFormatsAsync(
            dataDirectory, Stem(request.Scope), (format, stream) => reports.RenderAsync(request, format, stream, cancellationToken));
    }

    /// <summary>
    /// Renders one report in both formats into <c>reports/{stem}.pdf</c> and <c>.html</c>, each written
    /// atomically (the yearly reports above and the status-report jobs); returns the files written.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteBothFormatsAsync(DataDirectory dataDirectory, string stem, Func<ReportFormat, Stream, Task> render)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(render);
        Directory.CreateDirectory(dataDirectory.Reports);
        var written = new List<string>();
        foreach (var format in Formats)
        {
            var target = Path.Combine(dataDirectory.Reports, stem + "." + Extension(format));
            await ReportFileWriter.WriteAsync(target, stream => render(format, stream)).ConfigureAwait(false);
            written.Add(target);
        }

        return written;
    }

    /// <summary>
    /// The file of an edition: a final edition's is rendered once into <c>reports/utgavor/</c> and
    /// served from there; a draft edition is rendered anew each time (its comments may still change).
    /// </summary>
    public async Task<byte[]> EditionAsync(ReportEdition edition, ReportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var request = new ReportRequest(edition.Scope, EditionId: edition.Id);
        if (!edition.IsFinal)
        {
            using var memory = new MemoryStream();
            await reports.RenderAsync(request, format, memory, cancellationToken).ConfigureAwait(false);
            return memory.ToArray();
        }

        var cached = Path.Combine(Folder, EditionFolder, string.Create(CultureInfo.InvariantCulture, $"utgava-{edition.Id}.{Extension(format)}"));
        if (!File.Exists(cached))
        {
            try
            {
                await ReportFileWriter.WriteAsync(cached, stream => reports.RenderAsync(request, format, stream, cancellationToken)).ConfigureAwait(false);
            }
            catch (ReportFileBusyException)
            {
                // Another request renders the same final edition right now: render this one in memory.
                using var memory = new MemoryStream();
                await reports.RenderAsync(request, format, memory, cancellationToken).ConfigureAwait(false);
                return memory.ToArray();
            }
        }

        return await File.ReadAllBytesAsync(cached, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The report files directly in <c>reports/</c> (PDF and HTML), newest first.</summary>
    public IReadOnlyList<FileInfo> List()
    {
        var folder = new DirectoryInfo(Folder);
        return folder.Exists
            ? folder.EnumerateFiles()
                .Where(f => IsReportName(f.Name))
                .OrderByDescending(f => f.LastWriteTimeUtc)
                .ThenBy(f => f.Name, StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>The file in <c>reports/</c> with this name, or null (names are checked: no paths, no hidden or temporary files).</summary>
    public FileInfo? Find(string name) =>
        IsReportName(name) && List().FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal)) is { } file ? file : null;

    private static bool IsReportName(string name) =>
        name.Length is > 0 and < 200
        && name[0] != '.'
        && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.')
        && (name.EndsWith(".pdf", StringComparison.Ordinal) || name.EndsWith(".html", StringComparison.Ordinal));
}
