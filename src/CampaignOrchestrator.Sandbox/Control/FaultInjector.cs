namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>Holds the current fault settings and draws a fault for each matching vendor call.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private FaultSettings _settings = new();
    private Random _random = new(0);

    public FaultSettings Settings
    {
        get
        {
            lock (_gate)
            {
                return _settings;
            }
        }
    }

    /// <summary>Replaces the settings (already validated) and restarts the draws from their seed.</summary>
    public void Apply(FaultSettings settings)
    {
        lock (_gate)
        {
            _settings = settings;
            _random = new Random(settings.Seed);
        }
    }

    public void Clear() => Apply(new FaultSettings());

    /// <summary>Draws the fault for one call, with the settings it was drawn from.</summary>
    public (FaultKind Fault, FaultSettings Settings) Draw(string method, string vendorPath)
    {
        lock (_gate)
        {
            if (!Matches(_settings, method, vendorPath))
            {
                return (FaultKind.None, _settings);
            }

            var draw = _random.NextDouble();
            var cumulative = 0d;
            foreach (var (_, rate, kind) in _settings.RatesByKind())
            {
                cumulative += rate;
                if (rate > 0 && draw < cumulative)
                {
                    return (kind, _settings);
                }
            }

            return (FaultKind.None, _settings);
        }
    }

    private static bool Matches(FaultSettings settings, string method, string vendorPath)
    {
        if (settings.RatesByKind().All(rate => rate.Rate <= 0))
        {
            return false;
        }

        if (settings.Methods is { Count: > 0 } methods && !methods.Contains(method, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        return string.IsNullOrEmpty(settings.PathPrefix) || vendorPath.StartsWith(settings.PathPrefix, StringComparison.OrdinalIgnoreCase);
    }
}
