using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;
using CampaignOrchestrator.Sandbox.QuestionPro.Micropanel;
using CampaignOrchestrator.Sandbox.QuestionPro.Respondent;
using CampaignOrchestrator.Sandbox.SatisMeter;

namespace CampaignOrchestrator.Sandbox;

/// <summary>
/// Control of a running sandbox (the same operations as the <c>/_sandbox</c> routes): the ledger, fault injection,
/// metrics and reset. Resolve it from the services of the application that mounts the sandbox.
/// </summary>
public sealed class VendorSandbox
{
    private readonly IServiceProvider _services;
    private readonly Ledger _ledger;
    private readonly FaultInjector _faults;
    private readonly SandboxMetrics _metrics;
    private readonly SimulatedClock _clock;
    private readonly ILogger<VendorSandbox> _logger;

    internal VendorSandbox(IServiceProvider services)
    {
        _services = services;
        _ledger = services.GetRequiredService<Ledger>();
        _faults = services.GetRequiredService<FaultInjector>();
        _metrics = services.GetRequiredService<SandboxMetrics>();
        _clock = services.GetRequiredService<SimulatedClock>();
        _logger = services.GetRequiredService<ILogger<VendorSandbox>>();
    }

    /// <summary>The current simulated time (real time × <see cref="SandboxOptions.TimeScale"/> since start or reset).</summary>
    public DateTimeOffset SimulatedNow => _clock.SimulatedNow;

    /// <summary>The fault injection in force.</summary>
    public FaultSettings Faults => _faults.Settings;

    /// <summary>The side effects received so far, in order; optionally only kinds starting with <paramref name="kindPrefix"/>.</summary>
    public IReadOnlyList<LedgerEntry> GetLedger(string? kindPrefix = null) => _ledger.Entries(kindPrefix);

    /// <summary>Replaces the fault injection settings.</summary>
    /// <exception cref="ArgumentException">The settings are invalid; the message names the fields.</exception>
    public void SetFaults(FaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.SelectMany(problem => problem.Value)), nameof(settings));
        }

        _faults.Apply(settings);
        _logger.FaultsChanged(settings);
    }

    /// <summary>Counts of calls, 429s and injected faults since start or reset.</summary>
    public SandboxMetricsSnapshot GetMetrics() => _metrics.Snapshot();

    /// <summary>Back to the seeded sample: clears created batches, sessions, responses, the ledger, faults, metrics and rate windows.</summary>
    public void Reset()
    {
        _clock.Restart();
        _ledger.Clear();
        _faults.Clear();
        _metrics.Clear();
        _services.GetRequiredService<VendorRateLimiters>().Clear();
        _services.GetRequiredService<EmailBatchStore>().Reset();
        _services.GetRequiredService<MicropanelStore>().Reset();
        _services.GetRequiredService<RespondentService>().Reset();
        _services.GetRequiredService<SatisMeterResponseStore>().Reset();
        _logger.SandboxReset();
    }
}
