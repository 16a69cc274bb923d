namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>The faults the sandbox can inject into vendor calls.</summary>
public enum FaultKind
{
    /// <summary>No fault: the call is processed normally.</summary>
    None,

    /// <summary>A 500 before processing.</summary>
    ServerError,

    /// <summary>A 429 without <c>Retry-After</c>, before processing.</summary>
    RateLimit,

    /// <summary>A 429 with <c>Retry-After</c>, before processing.</summary>
    RateLimitWithRetryAfter,

    /// <summary>A delay, then normal processing.</summary>
    Latency,

    /// <summary>The call is held without processing until the caller gives up (or a 504 after <c>timeoutMs</c>).</summary>
    Timeout,

    /// <summary>The call is processed and its effect recorded, then the caller gets a 500.</summary>
    CommitThenError,

    /// <summary>The call is processed and its effect recorded, then it hangs like <see cref="Timeout"/>.</summary>
    CommitThenTimeout,

    /// <summary>A 500 whose body is the vendor documents' not-quite-JSON error envelope.</summary>
    InvalidJson,
}
