namespace CampaignOrchestrator.Sandbox;

/// <summary>Settings of the vendor sandbox, bound from the configuration section <c>Sandbox</c>.</summary>
public sealed class SandboxOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Sandbox";

    /// <summary>Seed of every simulated random draw (email statistics), so runs are reproducible.</summary>
    /// <value>Defaults to 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>How much faster simulated time runs than real time: simulated elapsed = real elapsed × <see cref="TimeScale"/>.</summary>
    /// <value>At least 1; defaults to 1. A demo uses e.g. 3600 so that an hour of simulated time passes every second.</value>
    public double TimeScale { get; set; } = 1;

    /// <summary>The QuestionPro per-API-key rate limit (an exact sliding window).</summary>
    /// <value>Defaults to 300 calls per 60 seconds, as documented by QuestionPro.</value>
    public RateLimitOptions QuestionProRateLimit { get; set; } = new();

    /// <summary>An optional per-write-key rate limit of the SatisMeter endpoint.</summary>
    /// <value>Defaults to <see langword="null"/>: SatisMeter documents no rate limit.</value>
    public RateLimitOptions? SatisMeterRateLimit { get; set; }

    /// <summary>How long a respondent session may stay idle before it expires.</summary>
    /// <value>Defaults to 30 minutes.</value>
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long SatisMeter refuses a second response of the same user to the same campaign.</summary>
    /// <value>Defaults to 30 days (simulated time).</value>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The secret that signs <c>x-survey-token</c> headers.</summary>
    /// <value>Defaults to <see langword="null"/>: a random secret per sandbox instance.</value>
    public string? TokenSecret { get; set; }

    /// <summary>Path of a JSON file with extra or replacement data, in the shape of the seeded sample account.</summary>
    /// <value>Defaults to <see langword="null"/>: only the sample account.</value>
    public string? DataFile { get; set; }
}
