using CampaignOrchestrator.Campaigns.Catalog;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Host.Management.Payloads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CampaignOrchestrator.Host.Campaigns;

/// <summary>
/// The campaign API: start a stored campaign, start an inline definition, validate a definition. Starts answer with the
/// Durable Functions check-status payload, so a marketing tool monitors a run exactly as it would a Function App's.
/// </summary>
internal static class CampaignApi
{
    /// <summary>Maps the campaign routes under <c>/api</c>.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapCampaignApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Campaigns");
        api.MapPost("/campaigns/validate", ValidateAsync);
        api.MapPost("/campaigns/{name}/runs", StartStoredAsync);
        api.MapPost("/campaign-runs", StartInlineAsync);
        return api;
    }

    /// <summary>Validates a definition in the body.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>200 with the campaign name, or 400 with every problem by JSON path.</returns>
    public static async Task<Results<Ok<CampaignValidationResult>, ValidationProblem>> ValidateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parsed = CampaignDefinitionParser.Parse(await ReadBodyAsync(request, cancellationToken));
        return parsed.Definition is { } definition && parsed.IsValid
            ? TypedResults.Ok(new CampaignValidationResult(true, definition.Name))
            : Invalid(parsed.Failures);
    }

    /// <summary>Starts a run of a stored campaign.</summary>
    /// <param name="name">The campaign.</param>
    /// <param name="instanceId">The run's instance id; <c>{name}-{guid}</c> when omitted.</param>
    /// <param name="request">The request.</param>
    /// <param name="catalog">The stored campaigns.</param>
    /// <param name="starter">Starts runs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>202 check-status payload; 400 for an invalid definition or instance id; 404 for an unknown campaign.</returns>
    public static async Task<Results<CheckStatusResult, ValidationProblem, ProblemHttpResult>> StartStoredAsync(
        string name, string? instanceId, HttpRequest request, ICampaignCatalog catalog, CampaignRunStarter starter, CancellationToken cancellationToken)
    {
        var entry = await catalog.FindAsync(name, cancellationToken);
        if (entry is null)
        {
            return TypedResults.Problem($"No campaign named '{name}' is stored.", statusCode: StatusCodes.Status404NotFound, title: "Campaign not found");
        }

        if (entry.Definition is not { } definition || !entry.IsValid)
        {
            return Invalid(entry.Failures);
        }

        return await starter.StartAsync(request, definition, instanceId, cancellationToken);
    }

    /// <summary>Starts a run of the definition in the body.</summary>
    /// <param name="instanceId">The run's instance id; <c>{name}-{guid}</c> when omitted.</param>
    /// <param name="request">The request.</param>
    /// <param name="starter">Starts runs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>202 check-status payload; 400 for an invalid definition or instance id.</returns>
    public static async Task<Results<CheckStatusResult, ValidationProblem, ProblemHttpResult>> StartInlineAsync(
        string? instanceId, HttpRequest request, CampaignRunStarter starter, CancellationToken cancellationToken)
    {
        var parsed = CampaignDefinitionParser.Parse(await ReadBodyAsync(request, cancellationToken));
        if (parsed.Definition is not { } definition || !parsed.IsValid)
        {
            return Invalid(parsed.Failures);
        }

        return await starter.StartAsync(request, definition, instanceId, cancellationToken);
    }

    private static ValidationProblem Invalid(IReadOnlyList<Integrations.Validation.ValidationFailure> failures) =>
        TypedResults.ValidationProblem(ValidationFailureGrouping.ByPath(failures), title: "The campaign definition is not valid");

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}

/// <summary>The answer of a successful validation.</summary>
/// <param name="Valid">Always true.</param>
/// <param name="Name">The campaign's name.</param>
internal sealed record CampaignValidationResult(bool Valid, string Name);
