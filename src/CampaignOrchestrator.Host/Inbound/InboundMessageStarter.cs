using CampaignOrchestrator.Campaigns.Inbound;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Durable.Client;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Inbound;

/// <summary>
/// Starts the <c>InboundResponses</c> orchestration of a message, once: the instance id is derived from the message id,
/// and an existing instance (running or finished) is never started again, so a redelivered message is harmless.
/// </summary>
/// <param name="client">The durable client.</param>
/// <param name="options">The inbound settings.</param>
internal sealed class InboundMessageStarter(DurableClient client, IOptions<InboundOptions> options)
{
    /// <summary>What an inbound instance id starts with.</summary>
    public const string InstanceIdPrefix = "inbound-";

    /// <summary>Gives the instance id of a message.</summary>
    /// <param name="messageId">The message id.</param>
    /// <returns>The instance id.</returns>
    public static string InstanceIdFor(string messageId) => InstanceIdPrefix + messageId;

    /// <summary>Gives the id a message is known by: the producer's <c>messageId</c>, else the transport's.</summary>
    /// <param name="message">The message.</param>
    /// <param name="transportId">The queue message id (or the id the HTTP endpoint assigned).</param>
    /// <returns>The message id.</returns>
    public static string MessageIdOf(InboundMessage message, string transportId) => message.MessageId ?? transportId;

    /// <summary>Starts the message's orchestration unless it exists.</summary>
    /// <param name="message">The valid message.</param>
    /// <param name="messageId">The message id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance id, and whether this call started it.</returns>
    public async Task<(string InstanceId, bool Started)> StartAsync(InboundMessage message, string messageId, CancellationToken cancellationToken)
    {
        var instanceId = InstanceIdFor(messageId);
        var input = new InboundResponsesInput(messageId, message.Responses, options.Value.Processing);
        var started = await client.StartIfAbsentAsync(InboundResponsesOrchestrator.Name, instanceId, input, cancellationToken: cancellationToken);
        return (instanceId, started);
    }
}
