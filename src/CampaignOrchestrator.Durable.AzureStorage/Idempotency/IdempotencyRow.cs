using Azure;
using Azure.Data.Tables;
using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.AzureStorage.Idempotency;

/// <summary>An idempotency record as a table row: partition = first two hex digits of the key's hash, row = the hash.</summary>
/// <param name="Key">The key.</param>
/// <param name="Completed">Whether the call's result is recorded.</param>
/// <param name="Result">The result, when it is stored in the row.</param>
/// <param name="ResultBlob">The payload blob holding a result too large for a table property.</param>
/// <param name="Attempts">The attempts counted.</param>
/// <param name="StartedAt">When the first attempt began.</param>
/// <param name="CompletedAt">When the result was recorded.</param>
/// <param name="ETag">The row's ETag, for conditional changes.</param>
internal sealed record IdempotencyRow(
    string Key,
    bool Completed,
    string? Result,
    string? ResultBlob,
    int Attempts,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    ETag ETag)
{
    /// <summary>Gets the row's partition key for a key.</summary>
    /// <param name="hash">The key's hash.</param>
    /// <returns>The partition key.</returns>
    public static string PartitionOf(string hash) => hash[..2];

    /// <summary>Reads a row.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The row.</returns>
    public static IdempotencyRow From(TableEntity entity) => new(
        entity.GetString(nameof(Key)),
        entity.GetBoolean(nameof(Completed)) ?? false,
        entity.GetString(nameof(Result)),
        entity.GetString(nameof(ResultBlob)),
        entity.GetInt32(nameof(Attempts)) ?? 0,
        entity.GetDateTimeOffset(nameof(StartedAt)) ?? DateTimeOffset.MinValue,
        entity.GetDateTimeOffset(nameof(CompletedAt)),
        entity.ETag);

    /// <summary>Writes the row.</summary>
    /// <returns>The entity.</returns>
    public TableEntity ToEntity()
    {
        var hash = TableKeys.Hash(Key);
        return new TableEntity(PartitionOf(hash), hash)
        {
            [nameof(Key)] = Key,
            [nameof(Completed)] = Completed,
            [nameof(Result)] = Result,
            [nameof(ResultBlob)] = ResultBlob,
            [nameof(Attempts)] = Attempts,
            [nameof(StartedAt)] = StartedAt,
            [nameof(CompletedAt)] = CompletedAt,
        };
    }

    /// <summary>Gives the record a caller sees.</summary>
    /// <param name="state">The state to report.</param>
    /// <param name="result">The result, loaded from its blob if needed.</param>
    /// <returns>The record.</returns>
    public IdempotencyRecord ToRecord(IdempotencyState state, string? result) => new(Key, state, result, Attempts, StartedAt, CompletedAt);
}
