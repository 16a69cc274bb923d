using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Host.Queues;

namespace CampaignOrchestrator.Host.Inbound;

/// <summary>
/// The inbound queue's trigger: a valid message starts its orchestration (durably, before the message is deleted); an
/// invalid one goes to the poison queue at once with every problem at its JSON path, since retrying cannot fix it.
/// </summary>
/// <param name="starter">Starts the orchestration.</param>
/// <param name="logger">Logs starts and refusals.</param>
internal sealed partial class InboundQueueHandler(InboundMessageStarter starter, ILogger<InboundQueueHandler> logger) : IQueueMessageHandler
{
    /// <inheritdoc/>
    public async Task<QueueMessageOutcome> HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parsed = InboundMessageParser.Parse(message.Body);
        if (!parsed.IsValid)
        {
            return QueueMessageOutcome.Poison("The message is not a valid inbound message: " + parsed.Describe());
        }

        var messageId = InboundMessageStarter.MessageIdOf(parsed.Message, message.Id);
        if (!InboundLimits.IsValidId(messageId))
        {
            return QueueMessageOutcome.Poison($"The queue message id '{messageId}' cannot name an instance: {InboundLimits.IdRule}; give the message a messageId.");
        }

        var (instanceId, started) = await starter.StartAsync(parsed.Message, messageId, cancellationToken);
        if (started)
        {
            LogStarted(logger, instanceId, parsed.Message.Responses.Count, message.DequeueCount);
        }
        else
        {
            LogAlreadyStarted(logger, instanceId, message.DequeueCount);
        }

        return QueueMessageOutcome.Completed;
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Inbound message started {InstanceId} with {Responses} responses (delivery {DequeueCount})")]
    private static partial void LogStarted(ILogger logger, string instanceId, int responses, int dequeueCount);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Inbound message redelivered (delivery {DequeueCount}); {InstanceId} exists already and is not started again")]
    private static partial void LogAlreadyStarted(ILogger logger, string instanceId, int dequeueCount);
}
