using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Reads: one instance, pages of instances, dead letters.</summary>
public sealed partial class SqliteOrchestrationStore
{
    /// <summary>The largest page <see cref="QueryInstancesAsync"/> returns.</summary>
    public const int MaxPageSize = 1_000;

    private const int MaxCodePoint = 0x10FFFF;

    private const string InstanceColumns =
        "instance_id, name, execution_id, status, output, custom_status, created_at, last_updated_at, failure, input";

    // The same columns with the input left out, so a large input is not even read from the file.
    private const string InstanceColumnsWithoutInput =
        "instance_id, name, execution_id, status, output, custom_status, created_at, last_updated_at, failure, NULL";

    /// <inheritdoc/>
    public Task<InstanceState?> GetInstanceAsync(string instanceId, bool includeHistory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return _database.ReadAsync(
            async connection =>
            {
                // One read transaction, so the history belongs to the execution the row names.
                await using var transaction = connection.BeginTransaction(deferred: true);
                InstanceState? state;
                await using (var select = connection.CreateCommand(
                    transaction,
                    $"SELECT {InstanceColumns} FROM instances WHERE instance_id = $instanceId;",
                    ("$instanceId", instanceId)))
                await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
                {
                    state = await reader.ReadAsync(cancellationToken) ? ReadInstance(reader, includeInput: true) : null;
                }

                if (state is not null && includeHistory)
                {
                    state = state with { History = await ReadHistoryAsync(connection, transaction, instanceId, cancellationToken) };
                }

                return state;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<InstanceState?> GetInstanceStatusAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return _database.ReadAsync(
            async connection =>
            {
                await using var select = connection.CreateCommand(
                    null,
                    $"SELECT {InstanceColumnsWithoutInput} FROM instances WHERE instance_id = $instanceId;",
                    ("$instanceId", instanceId));
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                return await reader.ReadAsync(cancellationToken) ? ReadInstance(reader, includeInput: false) : null;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Instances come in (creation time, instance id) order. The continuation token is opaque; it names the last
    /// instance returned, so instances created or deleted meanwhile neither shift nor repeat the pages.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The page size is not from 1 to <see cref="MaxPageSize"/>.</exception>
    /// <exception cref="ArgumentException">The continuation token is not one this store issued.</exception>
    public Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, MaxPageSize, nameof(query));
        var after = query.ContinuationToken is null ? null : DecodeContinuationToken(query.ContinuationToken);
        if (query.ContinuationToken is not null && after is null)
        {
            throw new ArgumentException("The continuation token is not valid; pass back a token returned by QueryInstancesAsync.", nameof(query));
        }

        var sql = new StringBuilder($"SELECT {(query.IncludeInput ? InstanceColumns : InstanceColumnsWithoutInput)} FROM instances WHERE 1 = 1");
        var parameters = new List<(string Name, object? Value)> { ("$limit", query.PageSize + 1) };
        if (query.Statuses is { Count: > 0 } statuses)
        {
            var names = statuses.Distinct().Select((status, i) => (Name: $"$status{i}", Value: status.ToString())).ToList();
            sql.Append(CultureInfo.InvariantCulture, $" AND status IN ({string.Join(", ", names.Select(n => n.Name))})");
            parameters.AddRange(names.Select(n => (n.Name, (object?)n.Value)));
        }

        AppendCreatedRange(sql, parameters, query.CreatedFrom, query.CreatedTo);
        if (!string.IsNullOrEmpty(query.InstanceIdPrefix))
        {
            // A range, not LIKE: ids may contain % and _, and a range can use the primary key.
            sql.Append(" AND instance_id >= $prefix");
            parameters.Add(("$prefix", query.InstanceIdPrefix));
            if (PrefixUpperBound(query.InstanceIdPrefix) is { } upper)
            {
                sql.Append(" AND instance_id < $prefixEnd");
                parameters.Add(("$prefixEnd", upper));
            }
        }

        if (after is { } position)
        {
            sql.Append(" AND (created_at > $afterCreated OR (created_at = $afterCreated AND instance_id > $afterId))");
            parameters.Add(("$afterCreated", position.CreatedAt));
            parameters.Add(("$afterId", position.InstanceId));
        }

        sql.Append(" ORDER BY created_at, instance_id LIMIT $limit;");
        return _database.ReadAsync(
            async connection =>
            {
                var instances = new List<InstanceState>(Math.Min(query.PageSize + 1, 128));
                await using var select = connection.CreateCommand(null, sql.ToString(), [.. parameters]);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    instances.Add(ReadInstance(reader, query.IncludeInput));
                }

                if (instances.Count <= query.PageSize)
                {
                    return new InstancePage(instances, null);
                }

                instances.RemoveAt(instances.Count - 1);
                var last = instances[^1];
                return new InstancePage(instances, EncodeContinuationToken(SqliteTime.ToStored(last.CreatedAt), last.InstanceId));
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(string? instanceId = null, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<DeadLetter>>(
            async connection =>
            {
                var letters = new List<DeadLetter>();
                await using var select = connection.CreateCommand(
                    null,
                    """
                    SELECT instance_id, kind, payload, reason, dead_lettered_at FROM dead_letters
                    WHERE $instanceId IS NULL OR instance_id = $instanceId
                    ORDER BY seq;
                    """,
                    ("$instanceId", instanceId));
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    letters.Add(new DeadLetter(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), SqliteTime.FromStored(reader.GetInt64(4))));
                }

                return letters;
            },
            cancellationToken);

    private static void AppendCreatedRange(StringBuilder sql, List<(string Name, object? Value)> parameters, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } createdFrom)
        {
            sql.Append(" AND created_at >= $createdFrom");
            parameters.Add(("$createdFrom", SqliteTime.ToStored(createdFrom)));
        }

        if (to is { } createdTo)
        {
            sql.Append(" AND created_at <= $createdTo");
            parameters.Add(("$createdTo", SqliteTime.ToStored(createdTo)));
        }
    }

    /// <summary>Reads a row selected with <see cref="InstanceColumns"/>.</summary>
    private static InstanceState ReadInstance(SqliteDataReader reader, bool includeInput) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            Enum.Parse<RuntimeStatus>(reader.GetString(3)),
            includeInput && !reader.IsDBNull(9) ? reader.GetString(9) : null,
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            SqliteTime.FromStored(reader.GetInt64(6)),
            SqliteTime.FromStored(reader.GetInt64(7)),
            OrchestrationJson.DeserializeFailure(reader.IsDBNull(8) ? null : reader.GetString(8)));

    private static async Task<HistoryView> ReadHistoryAsync(SqliteConnection connection, SqliteTransaction? transaction, string instanceId, CancellationToken cancellationToken)
    {
        var events = new List<HistoryEvent>();
        await using var select = connection.CreateCommand(
            transaction,
            "SELECT event FROM history WHERE instance_id = $instanceId ORDER BY seq;",
            ("$instanceId", instanceId));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(OrchestrationJson.DeserializeEvent(reader.GetString(0)));
        }

        return new HistoryView([.. events], events.Count);
    }

    /// <summary>
    /// The least string greater than every string that starts with <paramref name="prefix"/>: the prefix with its last
    /// code point raised by one. SQLite compares text as UTF-8 bytes, whose order is code point order.
    /// </summary>
    /// <returns>The bound, or <see langword="null"/> when no string is greater (every code point is the maximum).</returns>
    private static string? PrefixUpperBound(string prefix)
    {
        var runes = prefix.EnumerateRunes().ToList();
        while (runes.Count > 0)
        {
            var last = runes[^1].Value;
            runes.RemoveAt(runes.Count - 1);
            if (last < MaxCodePoint)
            {
                var next = last + 1 == 0xD800 ? 0xE000 : last + 1;
                runes.Add(new Rune(next));
                return string.Concat(runes.Select(r => r.ToString()));
            }
        }

        return null;
    }

    private static string EncodeContinuationToken(long createdAt, string instanceId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{createdAt}|{instanceId}")));

    /// <returns>The last instance of the previous page, or <see langword="null"/> when the token is malformed.</returns>
    private static (long CreatedAt, string InstanceId)? DecodeContinuationToken(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            var separator = text.IndexOf('|', StringComparison.Ordinal);
            if (separator > 0
                && separator < text.Length - 1
                && long.TryParse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var createdAt))
            {
                return (createdAt, text[(separator + 1)..]);
            }
        }
        catch (FormatException)
        {
            // Not base64url: malformed like any other.
        }

        return null;
    }
}
