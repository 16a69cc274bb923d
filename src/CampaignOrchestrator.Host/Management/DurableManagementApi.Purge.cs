using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Host.Hosting;
using CampaignOrchestrator.Host.Management.Payloads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CampaignOrchestrator.Host.Management;

/// <summary>Purging instances.</summary>
internal static partial class DurableManagementApi
{
    /// <summary><c>DELETE /instances/{instanceId}</c>: deletes a finished instance and its history; 404 when nothing was deleted.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="services">What the handler uses.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The answer.</returns>
    public static async Task<Results<Ok<PurgeHistoryPayload>, ProblemHttpResult>> PurgeInstanceAsync(
        string instanceId, [AsParameters] ManagementServices services, CancellationToken cancellationToken)
    {
        if (await services.Client.PurgeAsync(instanceId, cancellationToken))
        {
            services.Logger.InstancePurged(instanceId);
            return TypedResults.Ok(new PurgeHistoryPayload(1));
        }

        var state = await services.Client.GetAsync(instanceId, cancellationToken: cancellationToken);
        return ManagementProblems.NotFound(
            instanceId,
            state is null ? null : $"Instance '{instanceId}' is {state.Status}; only finished instances are purged.");
    }

    /// <summary>
    /// <c>DELETE /instances</c>: deletes the finished instances created from <c>createdTimeFrom</c> (required) to
    /// <c>createdTimeTo</c> (default now), optionally only those in <c>runtimeStatus</c>; 404 when nothing was deleted.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="services">What the handler uses.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The answer.</returns>
    public static async Task<Results<Ok<PurgeHistoryPayload>, ProblemHttpResult, ValidationProblem>> PurgeInstancesAsync(
        HttpRequest request, [AsParameters] ManagementServices services, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request.Query);
        if (!query.Has("createdTimeFrom"))
        {
            query.Fail("createdTimeFrom", "createdTimeFrom is required: purge deletes the instances created from then on.");
        }

        var from = query.Time("createdTimeFrom");
        var to = query.Time("createdTimeTo") ?? services.TimeProvider.GetUtcNow();
        var statuses = query.Statuses("runtimeStatus");
        if (query.HasErrors || from is null)
        {
            return ManagementProblems.Invalid(query);
        }

        var deleted = await services.Client.PurgeAsync(new PurgeFilter(null, from, to, statuses), cancellationToken);
        if (deleted == 0)
        {
            return TypedResults.Problem(
                "No finished instance matched the filter.", statusCode: StatusCodes.Status404NotFound, title: "Nothing to purge");
        }

        services.Logger.InstancesPurged(deleted, from.Value, to);
        return TypedResults.Ok(new PurgeHistoryPayload(deleted));
    }
}
