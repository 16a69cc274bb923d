using System.Text.Json;
using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.Data;

namespace CampaignOrchestrator.Sandbox.SatisMeter;

/// <summary>SatisMeter's insert-response route, <c>POST /api/responses</c>; errors are <c>{"message": "..."}</c>.</summary>
internal static class SatisMeterApi
{
    public static void MapInsertResponse(this IEndpointRouteBuilder group) => group.MapPost("/api/responses", InsertAsync);

    private static async Task<IResult> InsertAsync(
        HttpRequest request,
        SandboxCatalog catalog,
        VendorRateLimiters limiters,
        SimulatedClock clock,
        SandboxMetrics metrics,
        SatisMeterResponseStore store,
        ILogger<SatisMeterResponseStore> logger)
    {
        if (await SandboxJson.TryReadBodyAsync(request) is not { ValueKind: JsonValueKind.Object } body)
        {
            return Message(StatusCodes.Status400BadRequest, "The request body must be a JSON object");
        }

        var writeKey = body.TryGetProperty("writeKey", out var key) && key.ValueKind == JsonValueKind.String ? key.GetString() : null;
        if (writeKey is null || !catalog.IsWriteKey(writeKey))
        {
            return Message(StatusCodes.Status401Unauthorized, "Invalid write key");
        }

        var arrival = request.HttpContext.Items[FaultInjectionFilter.ArrivalKey] as DateTimeOffset? ?? clock.RealNow;
        if (limiters.SatisMeter is { } limiter && !limiter.TryAcquire(writeKey, arrival))
        {
            metrics.CountRateLimiterRejection();
            logger.RateLimited(request.Method, request.Path.Value ?? "");
            return Message(StatusCodes.Status429TooManyRequests, "Too many requests");
        }

        if (!body.TryGetProperty("campaign", out var campaignValue) || campaignValue.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(campaignValue.GetString()))
        {
            return Message(StatusCodes.Status400BadRequest, "campaign is required");
        }

        var campaign = catalog.FindCampaign(campaignValue.GetString()!);
        if (campaign is null || campaign.WriteKey != writeKey)
        {
            return Message(StatusCodes.Status404NotFound, "Campaign not found");
        }

        if (InsertResponseRequest.Parse(body, campaign.Id, out var problem) is not { } insert)
        {
            return Message(StatusCodes.Status400BadRequest, problem!);
        }

        return store.Record(campaign, insert) is { } id
            ? Results.Json(new { id }, SandboxJson.Options)
            : Message(StatusCodes.Status400BadRequest, "Duplicate response");
    }

    private static IResult Message(int statusCode, string message) =>
        Results.Json(new { message }, SandboxJson.Options, statusCode: statusCode);
}
