using CampaignOrchestrator.Host.Hosting;
using CampaignOrchestrator.Host.Management.Payloads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CampaignOrchestrator.Host.Management;

/// <summary>Terminate, suspend, resume and restart. Unknown instances answer 404 and finished ones 410 (through the filter).</summary>
internal static partial class DurableManagementApi
{
    /// <summary><c>POST /instances/{instanceId}/terminate?reason=</c>: 202; the reason becomes the output.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="reason">Why.</param>
    /// <param name="services">What the handler uses.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The answer.</returns>
    public static async Task<Accepted> TerminateAsync(
        string instanceId, string? reason, [AsParameters] ManagementServices services, CancellationToken cancellationToken)
    {
        await services.Client.TerminateAsync(instanceId, reason, cancellationToken);
        services.Logger.ControlRequested("termination", instanceId);
        return TypedResults.Accepted((string?)null);
    }

    /// <summary><c>POST /instances/{instanceId}/suspend?reason=</c>: 202.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="reason">Why.</param>
    /// <param name="services">What the handler uses.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The answer.</returns>
    public static async Task<Accepted> SuspendAsync(
        string instanceId, string? reason, [AsParameters] ManagementServices services, CancellationToken cancellationToken)
    {
        await services.Client.SuspendAsync(instanceId, reason, cancellationToken);
        services.Logger.ControlRequested("suspension", instanceId);
        return TypedResults.Accepted((string?)null);
    }

    /// <summary><c>POST /instances/{instanceId}/resume?reason=</c>: 202.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="reason">Why.</param>
    /// <param name="services">What the handler uses.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The answer.</returns>
    public static async Task<Accepted> ResumeAsync(
        string instanceId, string? reason, [AsParameters] ManagementServices services, CancellationToken cancellationToken)
    {
        await services.Client.ResumeAsync(instanceId, reason, cancellationToken);
        services.Logger.ControlRequested("resumption", instanceId);
        return TypedResults.Accepted((string?)null);
    }

    /// <summary>
    /// <c>POST /instances/{instanceId}/restart?restartWithNewInstanceId=</c> (default true): runs the instance again
    /// with its original input and answers 202 with the check-status payload of the new run; 400 when reusing the id
    /// of an instance that has not finished.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="request">The request.</param>
    /// <param name="services">What the handler uses.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The answer.</returns>
    public static async Task<Results<CheckStatusResult, ValidationProblem>> RestartAsync(
        string instanceId, HttpRequest request, [AsParameters] ManagementServices services, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request.Query);
        var newInstanceId = query.Boolean("restartWithNewInstanceId", defaultValue: true);
        if (query.HasErrors)
        {
            return ManagementProblems.Invalid(query);
        }

        var restarted = await services.Client.RestartAsync(instanceId, newInstanceId, cancellationToken);
        services.Logger.InstanceRestarted(instanceId, restarted);
        return services.CheckStatus.CreateResponse(request, restarted);
    }
}
