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
    public async Task<ReportComment> AddAsync(ReportComment comment, CancellationToken cancellationToken) =>
        (await AddAllAsync([comment], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Stores several comments in one transaction (a YAML import): all of them or, on any failure, none.</summary>
    /// <exception cref="ArgumentException">A comment has an empty id or author, or a text longer than <see cref="MaxTextLength"/>; nothing is stored.</exception>
    public async Task<IReadOnlyList<ReportComment>> AddAllAsync(IReadOnlyList<ReportComment> comments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var checkedComments = comments.Select(Check).ToList();
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await SqlDialect.For(_connections.Provider).BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var stored = new List<ReportComment>(checkedComments.Count);
        foreach (var comment in checkedComments)
        {
            await using var command = connection.Command(
                transaction,
                """
                INSERT INTO report_comments (year, indicator_id, area_id, kind, text, author, created_at)
                VALUES (@year, @indicator_id, @area_id, @kind, @text, @author, @created_at)
                RETURNING id;
                """);
            command.Add("@year", DbType.Int32, comment.Year);
            command.Add("@indicator_id", DbType.String, comment.IndicatorId);
            command.Add("@area_id", DbType.String, comment.AreaId);
            command.Add("@kind", DbType.String, EnumWords<CommentKind>.ToWord(comment.Kind));
            command.Add("@text", DbType.String, comment.Text);
            command.Add("@author", DbType.String, comment.Author);
            command.Add("@created_at", DbType.DateTimeOffset, comment.CreatedAt);
            var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            stored.Add(comment with { Id = id });
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    private static ReportComment Check(ReportComment comment)
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

        return comment with
        {
            IndicatorId = comment.IndicatorId.Trim(),
            AreaId = comment.AreaId.Trim(),
            Author = comment.Author.Trim(),
            Text = comment.Text.Trim(),
            CreatedAt = StoredTime.Normalise(comment.CreatedAt),
        };
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
