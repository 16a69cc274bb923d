using CampaignOrchestrator.Campaigns.Reports;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>How a demo went.</summary>
/// <param name="ExitCode">0 when the run completed; see <see cref="DemoExitCodes"/>.</param>
/// <param name="Report">The run's report, when it completed.</param>
/// <param name="Sandbox">What the sandbox received, when the host started.</param>
/// <param name="WallTime">The real time the demo took, start-up and shutdown included.</param>
internal sealed record DemoResult(int ExitCode, CampaignReport? Report, SandboxSummary? Sandbox, TimeSpan WallTime);
