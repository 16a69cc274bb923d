using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>
/// The input of <see cref="CampaignRunOrchestrator"/>: a snapshot of the campaign definition taken when the run was
/// started (editing the campaign file later never changes a running run), and the run's progress, which is
/// <see langword="null"/> on start and carried from one execution to the next by continue-as-new.
/// </summary>
public sealed record CampaignRunInput
{
    /// <summary>Gets the definition the run follows.</summary>
    public required CampaignDefinition Definition { get; init; }

    /// <summary>Gets the progress of a run that continued as new; <see langword="null"/> to start a run.</summary>
    public CampaignRunState? State { get; init; }
}
