using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.AzureStorage.Orchestrations;

/// <summary>
/// An instance's row in the Instances table (partition key = instance id, row key empty). Large values are in blobs,
/// named by the <c>...Blob</c> properties; the ETag guards every update.
/// </summary>
internal sealed class InstanceRow
{
    /// <summary>The row key of every instance row.</summary>
    public const string RowKey = "";

    /// <summary>Gets or sets the instance id.</summary>
    public required string InstanceId { get; set; }

    /// <summary>Gets or sets the orchestrator name.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the current execution.</summary>
    public required string ExecutionId { get; set; }

    /// <summary>Gets or sets the runtime status.</summary>
    public RuntimeStatus Status { get; set; }

    /// <summary>Gets or sets the input.</summary>
    public StoredText Input { get; set; }

    /// <summary>Gets or sets the output.</summary>
    public StoredText Output { get; set; }

    /// <summary>Gets or sets the custom status.</summary>
    public StoredText CustomStatus { get; set; }

    /// <summary>Gets or sets the failure, as JSON.</summary>
    public string? Failure { get; set; }

    /// <summary>Gets or sets when the instance was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets when the instance last changed.</summary>
    public DateTimeOffset LastUpdatedAt { get; set; }

    /// <summary>
    /// Gets or sets, for a sub-orchestration, which parent execution and task created it (see <see cref="CreatorOf"/>), so
    /// a parent episode committed again after a crash recognises the child it created the first time.
    /// </summary>
    public string? CreatedBy { get; set; }

    /// <summary>Gets or sets the row's ETag.</summary>
    public ETag ETag { get; set; }

    /// <summary>Gets the failure.</summary>
    public FailureDetails? FailureDetails => Failure is null ? null : JsonSerializer.Deserialize<FailureDetails>(Failure, DataConverter.Options);

    /// <summary>Gives the <see cref="CreatedBy"/> value of a sub-orchestration started by a parent's task.</summary>
    /// <param name="parent">The parent, or null for an instance started by a client.</param>
    /// <returns>The parent's instance id, execution id and task id as JSON; null without a parent.</returns>
    public static string? CreatorOf(ParentInstance? parent) => parent is null ? null : JsonSerializer.Serialize(parent, DataConverter.Options);

    /// <summary>Reads a row.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The row.</returns>
    public static InstanceRow From(TableEntity entity) => new()
    {
        InstanceId = entity.PartitionKey,
        Name = entity.GetString(nameof(Name)),
        ExecutionId = entity.GetString(nameof(ExecutionId)),
        Status = Enum.Parse<RuntimeStatus>(entity.GetString(nameof(Status))),
        Input = StoredText.From(entity, nameof(Input)),
        Output = StoredText.From(entity, nameof(Output)),
        CustomStatus = StoredText.From(entity, nameof(CustomStatus)),
        Failure = entity.GetString(nameof(Failure)),
        CreatedAt = entity.GetDateTimeOffset(nameof(CreatedAt)) ?? DateTimeOffset.MinValue,
        LastUpdatedAt = entity.GetDateTimeOffset(nameof(LastUpdatedAt)) ?? DateTimeOffset.MinValue,
        CreatedBy = entity.GetString(nameof(CreatedBy)),
        ETag = entity.ETag,
    };

    /// <summary>Writes the row.</summary>
    /// <returns>The entity.</returns>
    public TableEntity ToEntity()
    {
        var entity = new TableEntity(InstanceId, RowKey)
        {
            [nameof(Name)] = Name,
            [nameof(ExecutionId)] = ExecutionId,
            [nameof(Status)] = Status.ToString(),
            [nameof(Failure)] = Failure,
            [nameof(CreatedAt)] = CreatedAt,
            [nameof(LastUpdatedAt)] = LastUpdatedAt,
            [nameof(CreatedBy)] = CreatedBy,
        };
        Input.WriteTo(entity, nameof(Input));
        Output.WriteTo(entity, nameof(Output));
        CustomStatus.WriteTo(entity, nameof(CustomStatus));
        return entity;
    }
}

/// <summary>A text value kept in a table property, or in a blob when it is too large.</summary>
/// <param name="Inline">The value, when stored in the row.</param>
/// <param name="Blob">The payload blob, when stored out of line.</param>
internal readonly record struct StoredText(string? Inline, string? Blob)
{
    /// <summary>Gets whether there is no value.</summary>
    public bool IsNull => Inline is null && Blob is null;

    /// <summary>Reads a value from a row.</summary>
    /// <param name="entity">The row.</param>
    /// <param name="name">The property.</param>
    /// <returns>The value.</returns>
    public static StoredText From(TableEntity entity, string name) => new(entity.GetString(name), entity.GetString(name + "Blob"));

    /// <summary>Writes the value to a row.</summary>
    /// <param name="entity">The row.</param>
    /// <param name="name">The property.</param>
    public void WriteTo(TableEntity entity, string name)
    {
        entity[name] = Inline;
        entity[name + "Blob"] = Blob;
    }
}
