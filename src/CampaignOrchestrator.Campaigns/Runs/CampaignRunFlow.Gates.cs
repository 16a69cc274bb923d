using System.Text.Json;
using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Definitions.Json;
using CampaignOrchestrator.Campaigns.Reports;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Before anything is sent: the preflight check and the approval.</summary>
internal sealed partial class CampaignRunFlow
{
    private async Task RunGatesAsync()
    {
        if (_definition.Preflight is { RequireOpen: true })
        {
            PublishStatus(CampaignRunPhases.Preflight);
            var check = await CallAsync<SurveyCheckResult>(
                CampaignActivityNames.CheckSurvey, new SurveyCheckRequest(SurveyId), Invariant($"Checking survey {SurveyId}"));
            if (!check.IsOpen)
            {
                _ending = new RunEnding(
                    CampaignRunOutcome.PreflightStopped,
                    Invariant($"survey {SurveyId} is not open: {check.Reason} (status {check.Status}); nothing was sent."));
                return;
            }

            AddTimeline("preflight-passed", Invariant($"Survey {SurveyId} is open (status {check.Status})."));
        }

        if (_stop.IsCompleted)
        {
            EndStopped();
            return;
        }

        if (_definition.Approval is { } approval)
        {
            await AwaitApprovalAsync(approval);
        }
    }

    private async Task AwaitApprovalAsync(ApprovalGate gate)
    {
        var decideBy = Now + gate.Timeout;
        var onTimeout = gate.OnTimeout == ApprovalTimeoutAction.Approve ? "approve" : "reject";
        AddTimeline("approval-requested", Invariant($"Waiting for approve or reject until {decideBy:O} (then {onTimeout})."));
        PublishStatus(CampaignRunPhases.AwaitingApproval, approval: new ApprovalWait(decideBy, onTimeout));

        using var cancel = new CancellationTokenSource();
        var timer = _context.CreateTimer(decideBy, cancel.Token);
        var approve = _context.WaitForExternalEvent<JsonElement?>(CampaignRunEvents.Approve);
        var reject = _context.WaitForExternalEvent<JsonElement?>(CampaignRunEvents.Reject);
        var first = await Task.WhenAny(approve, reject, _stop, timer);
        if (first != timer)
        {
            Cancel(cancel);
        }

        if (first == approve)
        {
            AddTimeline("approved", $"Approved{By(approve.Result)}.");
        }
        else if (first == reject)
        {
            var reason = OperatorResolution.Text(reject.Result, "reason");
            _ending = new RunEnding(CampaignRunOutcome.Rejected, $"rejected{By(reject.Result)}{(reason is null ? string.Empty : ": " + reason)}; nothing was sent.");
        }
        else if (first == _stop)
        {
            EndStopped();
        }
        else if (gate.OnTimeout == ApprovalTimeoutAction.Approve)
        {
            AddTimeline("approval-timed-out", $"No decision within {IsoDuration.Format(gate.Timeout)}; approved, as onTimeout says.");
        }
        else
        {
            _ending = new RunEnding(CampaignRunOutcome.Rejected, $"no decision within {IsoDuration.Format(gate.Timeout)}; rejected, as onTimeout says; nothing was sent.");
        }
    }

    private void EndStopped()
    {
        var reason = OperatorResolution.Text(_stop.Result, "reason");
        _ending = new RunEnding(CampaignRunOutcome.Stopped, $"stopped{By(_stop.Result)}{(reason is null ? string.Empty : ": " + reason)}.");
    }

    private static string By(JsonElement? payload) => OperatorResolution.Text(payload, "by") is { } by ? $" by {by}" : string.Empty;
}
