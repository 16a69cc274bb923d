using System.Text.Json;
using CampaignOrchestrator.Sandbox.Common;

namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>The <c>/_sandbox</c> routes (no authentication, never faulted): ledger, faults, metrics, reset.</summary>
internal static class SandboxControlApi
{
    public static void MapControl(this IEndpointRouteBuilder group)
    {
        group.MapGet("/ledger", (string? kind, VendorSandbox sandbox) =>
            Results.Json(new { entries = sandbox.GetLedger(kind) }, SandboxJson.Options));
        group.MapGet("/faults", (VendorSandbox sandbox) => Results.Json(sandbox.Faults, SandboxJson.Options));
        group.MapPost("/faults", SetFaultsAsync);
        group.MapGet("/metrics", (VendorSandbox sandbox) => Results.Json(sandbox.GetMetrics(), SandboxJson.Options));
        group.MapPost("/reset", (VendorSandbox sandbox) =>
        {
            sandbox.Reset();
            return Results.NoContent();
        });
    }

    private static async Task<IResult> SetFaultsAsync(HttpRequest request, VendorSandbox sandbox)
    {
        FaultSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync<FaultSettings>(request.Body, SandboxJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body" : exception.Path.TrimStart('$', '.');
            return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [exception.Message] });
        }

        if (settings is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON object of fault settings is required."] });
        }

        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            return Results.ValidationProblem(problems.ToDictionary());
        }

        sandbox.SetFaults(settings);
        return Results.Json(sandbox.Faults, SandboxJson.Options);
    }
}
