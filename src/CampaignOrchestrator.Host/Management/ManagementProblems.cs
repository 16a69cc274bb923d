using CampaignOrchestrator.Durable;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CampaignOrchestrator.Host.Management;

/// <summary>The management API's RFC 9457 answers.</summary>
internal static class ManagementProblems
{
    /// <summary>404: no instance has the id.</summary>
    /// <param name="instanceId">The id.</param>
    /// <param name="detail">A more precise explanation, when there is one.</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult NotFound(string instanceId, string? detail = null) =>
        TypedResults.Problem(detail ?? $"No orchestration instance has the id '{instanceId}'.", statusCode: StatusCodes.Status404NotFound, title: "Instance not found");

    /// <summary>410: the instance has finished.</summary>
    /// <param name="instanceId">The id.</param>
    /// <param name="status">Its status.</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult Gone(string instanceId, RuntimeStatus status) =>
        TypedResults.Problem($"Instance '{instanceId}' has finished ({status}).", statusCode: StatusCodes.Status410Gone, title: "Instance finished");

    /// <summary>400 with one field error.</summary>
    /// <param name="field">The parameter or JSON path.</param>
    /// <param name="message">What is wrong.</param>
    /// <returns>The problem.</returns>
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>400 with the errors a <see cref="QueryReader"/> collected.</summary>
    /// <param name="query">The reader.</param>
    /// <returns>The problem.</returns>
    public static ValidationProblem Invalid(QueryReader query) => TypedResults.ValidationProblem(query.Errors);
}
