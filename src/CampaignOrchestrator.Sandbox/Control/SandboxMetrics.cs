namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>Counters of vendor calls, 429s and injected faults.</summary>
internal sealed class SandboxMetrics
{
    private readonly long[] _faults = new long[Enum.GetValues<FaultKind>().Length];
    private long _questionProRequests;
    private long _satisMeterRequests;
    private long _rateLimiterRejections;

    public void CountRequest(VendorKind vendor)
    {
        if (vendor == VendorKind.QuestionPro)
        {
            Interlocked.Increment(ref _questionProRequests);
        }
        else
        {
            Interlocked.Increment(ref _satisMeterRequests);
        }
    }

    public void CountRateLimiterRejection() => Interlocked.Increment(ref _rateLimiterRejections);

    public void CountFault(FaultKind kind) => Interlocked.Increment(ref _faults[(int)kind]);

    public SandboxMetricsSnapshot Snapshot()
    {
        var faults = Enum.GetValues<FaultKind>()
            .Where(kind => kind != FaultKind.None)
            .ToDictionary(kind => JsonNamingOf(kind), kind => Interlocked.Read(ref _faults[(int)kind]));
        var questionPro = Interlocked.Read(ref _questionProRequests);
        var satisMeter = Interlocked.Read(ref _satisMeterRequests);
        return new SandboxMetricsSnapshot(
            questionPro + satisMeter,
            questionPro,
            satisMeter,
            Interlocked.Read(ref _rateLimiterRejections),
            Interlocked.Read(ref _faults[(int)FaultKind.RateLimit]) + Interlocked.Read(ref _faults[(int)FaultKind.RateLimitWithRetryAfter]),
            faults);
    }

    public void Clear()
    {
        Interlocked.Exchange(ref _questionProRequests, 0);
        Interlocked.Exchange(ref _satisMeterRequests, 0);
        Interlocked.Exchange(ref _rateLimiterRejections, 0);
        for (var i = 0; i < _faults.Length; i++)
        {
            Interlocked.Exchange(ref _faults[i], 0);
        }
    }

    private static string JsonNamingOf(FaultKind kind)
    {
        var name = kind.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }
}
