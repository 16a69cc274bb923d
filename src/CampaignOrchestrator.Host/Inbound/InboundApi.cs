using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Host.Management.Payloads;
using CampaignOrchestrator.Host.Queues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Inbound;

/// <summary>
/// <c>POST /api/inbound-responses</c>, for producers that cannot write to the queue: the body is checked as the listener
/// would, then queued (so it is processed exactly like a queued message) or, when too large for one queue message,
/// its instance is started at once. Either way the answer is <c>202</c> with the message id.
/// </summary>
internal static class InboundApi
{
    /// <summary>Maps the route.</summary>
    /// <param name="endpoints">The routes.</param>
    /// <returns>The group.</returns>
    public static RouteGroupBuilder MapInboundApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Inbound responses");
        api.MapPost("/inbound-responses", AcceptAsync);
        return api;
    }

    /// <summary>Accepts a message.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">The inbound settings.</param>
    /// <param name="sender">Queues messages.</param>
    /// <param name="starter">Starts instances of messages too large to queue.</param>
    /// <param name="checkStatus">Builds the status URI.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>202, 400 with JSON paths, or 413.</returns>
    public static async Task<Results<Accepted<InboundAccepted>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        HttpRequest request,
        IOptions<InboundOptions> options,
        IQueueSender sender,
        InboundMessageStarter starter,
        CheckStatusPayloadBuilder checkStatus,
        CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBytes;
        if (await RequestBody.ReadAsync(request, limit, cancellationToken) is not { } body)
        {
            return TypedResults.Problem(
                $"The body is larger than {limit} bytes (Inbound:MaxRequestBytes); split the responses over several messages.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Message too large");
        }

        var parsed = InboundMessageParser.Parse(body);
        if (!parsed.IsValid)
        {
            return TypedResults.ValidationProblem(ValidationFailureGrouping.ByPath(parsed.Failures), title: "The inbound message is not valid");
        }

        string messageId;
        string delivery;
        if (body.Length <= sender.Encoding.MaxBodyBytes)
        {
            var queuedId = await sender.SendAsync(options.Value.QueueName, System.Text.Encoding.UTF8.GetString(body.Span), cancellationToken);
            messageId = InboundMessageStarter.MessageIdOf(parsed.Message, queuedId);
            delivery = "queue";
        }
        else
        {
            messageId = InboundMessageStarter.MessageIdOf(parsed.Message, Guid.NewGuid().ToString());
            await starter.StartAsync(parsed.Message, messageId, cancellationToken);
            delivery = "direct";
        }

        var instanceId = InboundMessageStarter.InstanceIdFor(messageId);
        var statusUri = checkStatus.Build(request, instanceId).StatusQueryGetUri;
        return TypedResults.Accepted(statusUri, new InboundAccepted(messageId, instanceId, parsed.Message.Responses.Count, delivery, statusUri));
    }
}
