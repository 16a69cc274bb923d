namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>
/// How an inbound message is processed. Carried in the orchestration's input, so a change of configuration never
/// changes a message already in progress (its replays stay deterministic).
/// </summary>
public sealed record InboundProcessingSettings
{
    /// <summary>Gets the defaults.</summary>
    public static InboundProcessingSettings Default { get; } = new();

    /// <summary>Gets how many responses one chunk (a sub-orchestration) records; a message of at most this many is
    /// recorded by the message's own orchestration.</summary>
    /// <value>Default 100; 1 to 1,000.</value>
    public int ChunkSize { get; init; } = 100;

    /// <summary>Gets how many chunks of one message run at once.</summary>
    /// <value>Default 4; 1 to 100.</value>
    public int MaxParallelChunks { get; init; } = 4;

    /// <summary>Gets how many times a response is attempted before it counts as failed.</summary>
    /// <value>Default 6.</value>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Gets the wait before the first retry; each next wait doubles, up to <see cref="MaxRetryInterval"/>.</summary>
    /// <value>Default 5 seconds.</value>
    public TimeSpan FirstRetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets the longest wait between retries.</summary>
    /// <value>Default 5 minutes.</value>
    public TimeSpan MaxRetryInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Lists what is wrong with the settings, each problem naming its property.</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ChunkSize is < 1 or > 1_000)
        {
            problems.Add($"{nameof(ChunkSize)} must be from 1 to 1000 (was {ChunkSize}).");
        }

        if (MaxParallelChunks is < 1 or > 100)
        {
            problems.Add($"{nameof(MaxParallelChunks)} must be from 1 to 100 (was {MaxParallelChunks}).");
        }

        if (MaxAttempts is < 1 or > 100)
        {
            problems.Add($"{nameof(MaxAttempts)} must be from 1 to 100 (was {MaxAttempts}).");
        }

        if (FirstRetryInterval <= TimeSpan.Zero || MaxRetryInterval < FirstRetryInterval)
        {
            problems.Add($"{nameof(FirstRetryInterval)} must be positive and at most {nameof(MaxRetryInterval)}.");
        }

        return problems;
    }
}
