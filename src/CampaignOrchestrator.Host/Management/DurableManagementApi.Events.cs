using System.Net.Http.Headers;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CampaignOrchestrator.Host.Management;

/// <summary>Raising events.</summary>
internal static partial class DurableManagementApi
{
    private const string JsonMediaType = "application/json";

    /// <summary>
    /// <c>POST /instances/{instanceId}/raiseEvent/{eventName}</c>: delivers the JSON body as the event's payload. 404
    /// unknown, 410 finished, 400 when the body is not <c>application/json</c> or not valid JSON, otherwise 202.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="eventName">The event.</param>
    /// <param name="request">The request.</param>
    /// <param name="services">What the handler uses.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The answer.</returns>
    public static async Task<Results<Accepted, ProblemHttpResult, ValidationProblem>> RaiseEventAsync(
        string instanceId, string eventName, HttpRequest request, [AsParameters] ManagementServices services, CancellationToken cancellationToken)
    {
        var state = await services.Client.GetAsync(instanceId, cancellationToken: cancellationToken);
        if (state is null)
        {
            return ManagementProblems.NotFound(instanceId);
        }

        if (state.Status.IsFinished())
        {
            return ManagementProblems.Gone(instanceId, state.Status);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !string.Equals(mediaType.MediaType, JsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return ManagementProblems.Invalid("Content-Type", $"Only {JsonMediaType} request content is supported.");
        }

        var (payload, error) = await JsonBody.ReadAsync(request, cancellationToken);
        if (error is not null)
        {
            return ManagementProblems.Invalid(JsonBody.Field, error);
        }

        await services.Client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);
        services.Logger.EventRaised(eventName, instanceId);
        return TypedResults.Accepted((string?)null);
    }
}
