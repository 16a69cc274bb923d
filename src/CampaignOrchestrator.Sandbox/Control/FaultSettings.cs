using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>
/// Fault injection for vendor routes: each matching call draws one fault from a <see cref="Random"/> seeded by
/// <see cref="Seed"/>, with the given probabilities (each in [0, 1], together at most 1).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FaultSettings
{
    /// <summary>Seed of the fault draws.</summary>
    public int Seed { get; init; }

    /// <summary>Probability of a 500 before processing.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Probability of a 429 without <c>Retry-After</c>.</summary>
    public double RateLimitRate { get; init; }

    /// <summary>Probability of a 429 with <c>Retry-After: </c><see cref="RetryAfterSeconds"/>.</summary>
    public double RateLimitWithRetryAfterRate { get; init; }

    /// <summary>The <c>Retry-After</c> value in seconds; defaults to 1.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Probability of a delay of <see cref="LatencyMs"/> before normal processing.</summary>
    public double LatencyRate { get; init; }

    /// <summary>The injected latency in milliseconds (real time).</summary>
    public int LatencyMs { get; init; }

    /// <summary>Probability of holding the call without processing it.</summary>
    public double TimeoutRate { get; init; }

    /// <summary>How long a held call waits before answering 504; 0 holds it until the caller gives up.</summary>
    public int TimeoutMs { get; init; }

    /// <summary>Probability of processing the call (state and ledger change) and then answering 500.</summary>
    public double CommitThenErrorRate { get; init; }

    /// <summary>Probability of processing the call and then holding it like a timeout.</summary>
    public double CommitThenTimeoutRate { get; init; }

    /// <summary>Probability of a 500 whose body is not valid JSON.</summary>
    public double InvalidJsonRate { get; init; }

    /// <summary>Only calls with one of these HTTP methods get faults; <see langword="null"/> or empty for all.</summary>
    public IReadOnlyList<string>? Methods { get; init; }

    /// <summary>Only calls whose vendor path starts with this (e.g. <c>/a/api/v2/surveys</c>) get faults; <see langword="null"/> for all.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>Checks the settings; returns the problems by JSON field name (empty when valid).</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var problems = new Dictionary<string, string[]>();
        foreach (var (name, rate) in Rates())
        {
            if (!(rate >= 0 && rate <= 1))
            {
                problems[name] = [$"{name} must be between 0 and 1 (was {rate})."];
            }
        }

        var sum = Rates().Sum(rate => rate.Rate);
        if (problems.Count == 0 && sum > 1 + 1e-9)
        {
            problems["rates"] = [$"The fault rates add up to {sum}; their sum must be at most 1."];
        }

        AddIfNegative(problems, "retryAfterSeconds", RetryAfterSeconds);
        AddIfNegative(problems, "latencyMs", LatencyMs);
        AddIfNegative(problems, "timeoutMs", TimeoutMs);
        if (Methods is not null && Methods.Any(string.IsNullOrWhiteSpace))
        {
            problems["methods"] = ["methods must be HTTP method names such as POST or PUT."];
        }

        return problems;
    }

    internal IEnumerable<(string Name, double Rate, FaultKind Kind)> RatesByKind() =>
    [
        ("serverErrorRate", ServerErrorRate, FaultKind.ServerError),
        ("rateLimitRate", RateLimitRate, FaultKind.RateLimit),
        ("rateLimitWithRetryAfterRate", RateLimitWithRetryAfterRate, FaultKind.RateLimitWithRetryAfter),
        ("latencyRate", LatencyRate, FaultKind.Latency),
        ("timeoutRate", TimeoutRate, FaultKind.Timeout),
        ("commitThenErrorRate", CommitThenErrorRate, FaultKind.CommitThenError),
        ("commitThenTimeoutRate", CommitThenTimeoutRate, FaultKind.CommitThenTimeout),
        ("invalidJsonRate", InvalidJsonRate, FaultKind.InvalidJson),
    ];

    private IEnumerable<(string Name, double Rate)> Rates() => RatesByKind().Select(rate => (rate.Name, rate.Rate));

    private static void AddIfNegative(Dictionary<string, string[]> problems, string name, int value)
    {
        if (value < 0)
        {
            problems[name] = [$"{name} must not be negative (was {value})."];
        }
    }
}
