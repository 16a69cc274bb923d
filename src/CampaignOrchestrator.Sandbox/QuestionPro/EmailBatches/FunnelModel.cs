namespace CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

/// <summary>
/// The probabilities and delays (simulated time) of the email funnel every recipient of every send follows.
/// Documented in the sandbox README; change them here only.
/// </summary>
internal static class FunnelModel
{
    /// <summary>Share of sends that bounce instead of being delivered.</summary>
    public const double ErrorProbability = 0.02;

    /// <summary>Share of sends the recipient's server blocks.</summary>
    public const double BlockedProbability = 0.01;

    /// <summary>Share of delivered emails whose recipient unsubscribes (and does not view).</summary>
    public const double UnsubscribeProbability = 0.02;

    /// <summary>Share of the other delivered emails that are viewed.</summary>
    public const double ViewProbability = 0.60;

    /// <summary>Share of viewers who start the survey.</summary>
    public const double StartProbability = 0.70;

    /// <summary>Share of starters who complete (take) the survey.</summary>
    public const double TakeProbability = 0.80;

    /// <summary>Delivery (or bounce, or block) happens uniformly within this time of the send.</summary>
    public static readonly TimeSpan MaxDeliveryDelay = TimeSpan.FromMinutes(5);

    /// <summary>A view (or an unsubscribe) happens uniformly within this time of delivery.</summary>
    public static readonly TimeSpan MaxViewDelay = TimeSpan.FromHours(48);

    /// <summary>A start happens uniformly within this time of the view.</summary>
    public static readonly TimeSpan MaxStartDelay = TimeSpan.FromMinutes(30);

    /// <summary>A take happens uniformly between <see cref="MinTakeDelay"/> and <see cref="MaxTakeDelay"/> after the start.</summary>
    public static readonly TimeSpan MinTakeDelay = TimeSpan.FromMinutes(5);

    /// <inheritdoc cref="MinTakeDelay"/>
    public static readonly TimeSpan MaxTakeDelay = TimeSpan.FromMinutes(20);
}
