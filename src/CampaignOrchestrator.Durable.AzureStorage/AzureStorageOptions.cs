using System.ComponentModel.DataAnnotations;
using Azure.Core;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>
/// Where the Azure Storage backend keeps its task hub and how it reaches the account: a connection string, or the
/// service URIs with a <see cref="TokenCredential"/> (managed identity).
/// </summary>
public sealed class AzureStorageOptions
{
    /// <summary>The default <see cref="HubName"/>.</summary>
    public const string DefaultHubName = "campaigns";

    /// <summary>The default <see cref="PartitionCount"/>.</summary>
    public const int DefaultPartitionCount = 4;

    /// <summary>The rule for <see cref="HubName"/>, as said in validation errors.</summary>
    public const string HubNameRule = "A hub name has 3 to 45 characters, letters and digits only, starting with a letter.";

    /// <summary>The default <see cref="PartitionLeaseDuration"/>.</summary>
    public static readonly TimeSpan DefaultPartitionLeaseDuration = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the storage account's connection string (for Azurite: <c>UseDevelopmentStorage=true</c> or the
    /// full string with the emulator's endpoints). Takes precedence over the service URIs.</summary>
    /// <value>Default null.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the queue service endpoint, used with <see cref="Credential"/> when there is no connection string.</summary>
    /// <value>Default null.</value>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>Gets or sets the table service endpoint, used with <see cref="Credential"/> when there is no connection string.</summary>
    /// <value>Default null.</value>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Gets or sets the blob service endpoint, used with <see cref="Credential"/> when there is no connection string.</summary>
    /// <value>Default null.</value>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>Gets or sets the identity used with the service URIs (for example <c>DefaultAzureCredential</c>).</summary>
    /// <value>Default null.</value>
    public TokenCredential? Credential { get; set; }

    /// <summary>Gets or sets the task hub: every queue, table and container name is derived from it, so several hubs
    /// can share one account.</summary>
    /// <value>Default <c>campaigns</c>; see <see cref="HubNameRule"/>.</value>
    [Required(ErrorMessage = "Durable:HubName is required.")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$", ErrorMessage = "Durable:HubName is invalid. " + HubNameRule)]
    public string HubName { get; set; } = DefaultHubName;

    /// <summary>Gets or sets how many control queues (partitions) the hub has; fixed when the hub is created.</summary>
    /// <value>Default 4; from 1 to 16.</value>
    [Range(1, 16, ErrorMessage = "Storage:AzureStorage:PartitionCount must be from 1 to 16.")]
    public int PartitionCount { get; set; } = DefaultPartitionCount;

    /// <summary>Gets or sets how long a process owns a partition unless it renews the lease (renewed every third of it).</summary>
    /// <value>Default 30 seconds; from 15 to 60 seconds (the blob lease limits).</value>
    [Range(typeof(TimeSpan), "00:00:15", "00:01:00", ErrorMessage = "Storage:AzureStorage:PartitionLeaseDuration must be from 00:00:15 to 00:01:00.")]
    public TimeSpan PartitionLeaseDuration { get; set; } = DefaultPartitionLeaseDuration;

    /// <summary>Gets or sets the id this process owns partitions under; unique per process when null.</summary>
    /// <value>Default null: machine name, process id and a random suffix.</value>
    public string? WorkerId { get; set; }

    /// <summary>Throws when the options are invalid.</summary>
    /// <exception cref="ValidationException">A value is missing or out of range; the message says which.</exception>
    public void Validate()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return;
        }

        if (QueueServiceUri is null || TableServiceUri is null || BlobServiceUri is null || Credential is null)
        {
            throw new ValidationException(
                "The Azure Storage backend needs a connection string (AzureWebJobsStorage), or the queue, table and blob service URIs with a credential.");
        }
    }
}
