namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>Counts since the sandbox started or was last reset.</summary>
/// <param name="Requests">Vendor calls received (QuestionPro and SatisMeter).</param>
/// <param name="QuestionProRequests">QuestionPro calls received.</param>
/// <param name="SatisMeterRequests">SatisMeter calls received.</param>
/// <param name="RateLimiterRejections">429s answered by the sliding-window rate limiters.</param>
/// <param name="InjectedTooManyRequests">429s answered by fault injection.</param>
/// <param name="InjectedFaults">Injected faults by kind (camelCase <see cref="FaultKind"/> names).</param>
public sealed record SandboxMetricsSnapshot(
    long Requests,
    long QuestionProRequests,
    long SatisMeterRequests,
    long RateLimiterRejections,
    long InjectedTooManyRequests,
    IReadOnlyDictionary<string, long> InjectedFaults);
