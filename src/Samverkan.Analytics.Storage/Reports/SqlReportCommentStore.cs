using System.Data;
using System.Globalization;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Reports;

/// <summary>Analysts' comments in SQL (<c>report_comments</c>, migration 0004): rows are only ever added.</summary>
public sealed class SqlReportCommentStore : IReportCommentStore
{
    /// <summary>The longest comment text accepted.</summary>
    public const int MaxTextLength = 4000;

    private readonly ISqlConnectionFactory _connections;

    /// <summary>Creates the store over an up-to-date schema (run <see cref="Migrations.SchemaMigrator"/> first).</summary>
    public SqlReportCommentStore(ISqlConnectionFactory connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        _connections = connections;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An id or the author is empty, or the text is longer than <see cref="MaxTextLength"/>.</exception>
    public async Task<ReportComment> AddAsync(ReportComment comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentException.ThrowIfNullOrWhiteSpace(comment.IndicatorId, nameof(comment));
        ArgumentException.ThrowIfNullOrWhiteSpace(comment.AreaId, nameof(comment));
        ArgumentException.ThrowIfNullOrWhiteSpace(comment.Author, nameof(comment));
        ArgumentNullException.ThrowIfNull(comment.Text, nameof(comment));
        if (comment.Text.Length > MaxTextLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"A comment may be at most {MaxTextLength} characters; this one has {comment.Text.Length}."), nameof(comment));
        }

        var stored = comment with
        {
            IndicatorId = comment.IndicatorId.Trim(),
            AreaId = comment.AreaId.Trim(),
            Author = comment.Author.Trim(),
            Text = comment.Text.Trim(),
            CreatedAt = StoredTime.Normalise(comment.CreatedAt),
        };
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            null,
            """
            INSERT INTO report_comments (year, indicator_id, area_id, kind, text, author, created_at)
            VALUES (@year, @indicator_id, @area_id, @kind, @text, @author, @created_at)
            RETURNING id;
            """);
        command.Add("@year", DbType.Int32, stored.Year);
        command.Add("@indicator_id", DbType.String, stored.IndicatorId);
        command.Add("@area_id", DbType.String, stored.AreaId);
        command.Add("@kind", DbType.String, EnumWords<CommentKind>.ToWord(stored.Kind));
        command.Add("@text", DbType.String, stored.Text);
        command.Add("@author", DbType.String, stored.Author);
        command.Add("@created_at", DbType.DateTimeOffset, stored.CreatedAt);
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return stored with { Id = id };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReportComment>> ListAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            null,
            "SELECT id, year, indicator_id, area_id, kind, text, author, created_at FROM report_comments WHERE year = @year ORDER BY id;");
        command.Add("@year", DbType.Int32, year);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var comments = new List<ReportComment>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            comments.Add(new ReportComment
            {
                Id = reader.GetInt64(0),
                Year = reader.GetInt32(1),
                IndicatorId = reader.GetString(2),
                AreaId = reader.GetString(3),
                Kind = EnumWords<CommentKind>.Parse(reader.GetString(4), "report_comments.kind"),
                Text = reader.GetString(5),
                Author = reader.GetString(6),
                CreatedAt = reader.GetTimestamp(7),
            });
        }

        return comments;
    }
}
