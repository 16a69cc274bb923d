using CampaignOrchestrator.Sandbox.Common;

namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>The ordered record of every side effect the sandbox received.</summary>
internal sealed class Ledger(SimulatedClock clock)
{
    private readonly List<LedgerEntry> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>Appends an entry; <paramref name="details"/> is serialized as camelCase JSON and must never hold a key.</summary>
    public LedgerEntry Record<TDetails>(string kind, TDetails details)
    {
        var element = SandboxJson.ToElement(details);
        lock (_gate)
        {
            var entry = new LedgerEntry(_entries.Count + 1, clock.RealNow, kind, element);
            _entries.Add(entry);
            return entry;
        }
    }

    public IReadOnlyList<LedgerEntry> Entries(string? kindPrefix = null)
    {
        lock (_gate)
        {
            return string.IsNullOrEmpty(kindPrefix)
                ? [.. _entries]
                : [.. _entries.Where(entry => entry.Kind.StartsWith(kindPrefix, StringComparison.Ordinal))];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
