namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>The schedules API: what the scheduler will do, and what it did.</summary>
internal static class ScheduleApi
{
    /// <summary>Maps <c>GET /api/schedules</c> (the key is required, as on every route but the probes).</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapScheduleApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Schedules");
        api.MapGet("/schedules", ListAsync);
        return api;
    }

    /// <summary>Lists every stored campaign with a schedule, with its last and next occurrences and recent runs.</summary>
    /// <param name="overview">Builds the answer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>200 with the schedules.</returns>
    public static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<ScheduleListPayload>> ListAsync(ScheduleOverview overview, CancellationToken cancellationToken) =>
        TypedResults.Ok(await overview.ReadAsync(cancellationToken));
}
