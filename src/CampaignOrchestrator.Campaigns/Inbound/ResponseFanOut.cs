using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Campaigns.Inbound.Recording;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>Schedules one <c>RecordResponse</c> activity per response and gathers their outcomes.</summary>
internal static class ResponseFanOut
{
    public static async Task<IReadOnlyList<ResponseOutcome>> RecordAllAsync(
        OrchestrationContext context, string messageId, IReadOnlyList<InboundResponse> responses, InboundProcessingSettings settings)
    {
        var retry = new RetryPolicy(settings.MaxAttempts, settings.FirstRetryInterval)
        {
            BackoffCoefficient = 2,
            MaxInterval = settings.MaxRetryInterval,
            Handle = failure => failure.IsTransient,
        };
        var tasks = responses.Select(response => RecordAsync(context, new RecordResponseInput(messageId, response), retry)).ToList();
        return await Task.WhenAll(tasks);
    }

    private static async Task<ResponseOutcome> RecordAsync(OrchestrationContext context, RecordResponseInput input, RetryPolicy retry)
    {
        try
        {
            return await context.CallActivityAsync<ResponseOutcome>(RecordResponseActivity.Name, input, retry);
        }
        catch (TaskFailedException exception)
        {
            // Every attempt failed, or an earlier attempt may have been recorded: either way the summary says so.
            return new ResponseOutcome(input.Response.Id, ResponseOutcomeKind.Failed, exception.Failure.Message);
        }
    }
}
