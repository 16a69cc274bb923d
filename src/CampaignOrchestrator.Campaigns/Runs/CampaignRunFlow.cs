using System.Globalization;
using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Orchestration;
using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>
/// One execution of a campaign run. Everything it does is deterministic: time from the context, ids from
/// <c>NewGuid</c>, I/O only through activities. Split by concern: gates, sending, operator, monitoring, reminders, status.
/// </summary>
internal sealed partial class CampaignRunFlow
{
    /// <summary>Monitoring rounds per execution before the run continues as new (bounds the history).</summary>
    public const int RoundsPerExecution = 24;

    private readonly OrchestrationContext _context;
    private readonly CampaignRunInput _input;
    private readonly CampaignDefinition _definition;
    private readonly ILogger _logger;
    private readonly Task<JsonElement?> _stop;
    private readonly CampaignRunState _state;
    private RunEnding? _ending;

    public CampaignRunFlow(OrchestrationContext context, CampaignRunInput input, ILogger logger)
    {
        _context = context;
        _input = input;
        _definition = input.Definition;
        _logger = logger;
        _state = input.State ?? new CampaignRunState();

        // One waiter for the whole execution: a stop raised at any moment (even during an activity) is seen at the next check.
        _stop = context.WaitForExternalEvent<JsonElement?>(CampaignRunEvents.Stop);
    }

    private DateTimeOffset Now => _context.CurrentUtcDateTime;

    private long SurveyId => _definition.Survey.Id;

    public async Task<CampaignReport?> RunAsync()
    {
        if (_input.State is null)
        {
            Start();
            await RunGatesAsync();
            if (_ending is not null)
            {
                return Finish();
            }

            BeginSending();
        }
        else
        {
            _state.Executions++;
            await WaitForNextRoundAsync();
        }

        for (var rounds = 1; ; rounds++)
        {
            await RunRoundAsync();
            if (_ending is not null)
            {
                return Finish();
            }

            if (rounds >= RoundsPerExecution && !_stop.IsCompleted)
            {
                PublishStatus(CampaignRunPhases.Monitoring, NextWakeUp());
                _context.ContinueAsNew(_input with { State = _state });
                return null;
            }

            await WaitForNextRoundAsync();
        }
    }

    private void Start()
    {
        var failures = CampaignDefinitionValidator.Validate(_definition);
        if (failures.Count > 0)
        {
            throw new CampaignRunException($"The campaign definition is invalid: {string.Join("; ", failures)}");
        }

        _state.RunTag = RunKeys.RunTag(_context.NewGuid());
        _state.StartedAt = Now;
        _state.Executions = 1;
        _state.StopAt = _definition.Monitoring.StopAt(Now);
        _state.Waves = [.. _definition.EmailInvites.Select(wave => new WaveState
        {
            Name = wave.Name,
            Reminders = [.. wave.Reminders.Select((_, index) => new ReminderState { Number = index + 1 })],
        })];
        _state.Micropanel = _definition.Micropanel is null ? null : new MicropanelState();
        AddTimeline("run-started", $"Run {_state.RunTag} of campaign '{_definition.Name}' started for survey {SurveyId}.");
        Logs.RunStarted(_logger, _context.InstanceId, _definition.Name, _state.RunTag);
    }

    private void BeginSending()
    {
        _state.SendingStartedAt = Now;
        for (var i = 0; i < _state.Waves.Count; i++)
        {
            _state.Waves[i].DueAt = Now + (_definition.EmailInvites[i].StartAfter ?? TimeSpan.Zero);
        }

        _state.NextPollAt = Now + _definition.Monitoring.PollInterval;
    }

    private CampaignReport Finish()
    {
        var ending = _ending!;
        AddTimeline("run-ended", $"{Describe(ending.Outcome)}: {ending.Detail}");
        PublishStatus(CampaignRunPhases.Completed);
        Logs.RunEnded(_logger, _context.InstanceId, ending.Outcome, ending.Detail);
        return CampaignReportBuilder.Build(_definition, _state, ending, Now);
    }

    private async Task<T> CallAsync<T>(string activity, object input, string step, RetryPolicy? retry = null)
    {
        try
        {
            return await _context.CallActivityAsync<T>(activity, input, retry ?? CampaignRetryPolicies.Vendor);
        }
        catch (TaskFailedException failed) when (failed.Failure.ErrorCode != AmbiguousEffectException.Code)
        {
            throw new CampaignRunException(step, failed.Failure, failed);
        }
    }

    private void AddTimeline(string name, string detail) => RunTimeline.Add(_state, Now, name, detail);

    private static string Describe(CampaignRunOutcome outcome) => outcome switch
    {
        CampaignRunOutcome.TargetReached => "Target reached",
        CampaignRunOutcome.Deadline => "Deadline",
        CampaignRunOutcome.Stopped => "Stopped",
        CampaignRunOutcome.MicropanelClosed => "Micropanel closed",
        CampaignRunOutcome.PreflightStopped => "Preflight stopped the run",
        _ => "Rejected",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

#pragma warning disable CA1849 // CancelAsync would run the timer's cancellation outside deterministic replay.
    private static void Cancel(CancellationTokenSource source) => source.Cancel();
#pragma warning restore CA1849
}
