using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Host.Hosting;
using CampaignOrchestrator.Host.Management.Payloads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CampaignOrchestrator.Host.Management;

/// <summary>Starting orchestrations.</summary>
internal static partial class DurableManagementApi
{
    /// <summary>
    /// <c>POST /orchestrators/{name}[/{instanceId}]</c>: starts an instance with the JSON body as input (empty body: no
    /// input) and answers 202 with the check-status payload. With both <c>timeout</c> and <c>pollingInterval</c>
    /// (seconds) it waits: 200 with the output if the instance completes in time, the status if it fails or is
    /// terminated, 202 otherwise. 400 for an unknown orchestrator, a bad id, bad JSON or bad parameters.
    /// </summary>
    /// <param name="name">The orchestrator.</param>
    /// <param name="instanceId">The instance id; a new one when absent.</param>
    /// <param name="request">The request.</param>
    /// <param name="services">What the handler uses.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The answer.</returns>
    public static async Task<Results<CheckStatusResult, OutputResult, InstanceStatusResult, ValidationProblem>> StartAsync(
        string name,
        string? instanceId,
        HttpRequest request,
        [AsParameters] ManagementServices services,
        CancellationToken cancellationToken)
    {
        var query = new QueryReader(request.Query);
        var timeout = query.Seconds("timeout");
        var pollingInterval = query.Seconds("pollingInterval");
        var failOnError = query.Boolean("returnInternalServerErrorOnFailure", defaultValue: false);
        if (timeout is not null && pollingInterval > timeout)
        {
            query.Fail("pollingInterval", "pollingInterval must not be longer than timeout.");
        }

        var orchestrator = ResolveOrchestrator(services, name);
        if (orchestrator is null)
        {
            query.Fail("name", $"No orchestrator named '{name}' is registered.");
        }

        if (query.HasErrors)
        {
            return ManagementProblems.Invalid(query);
        }

        var (input, error) = await JsonBody.ReadAsync(request, cancellationToken);
        if (error is not null)
        {
            return ManagementProblems.Invalid(JsonBody.Field, error);
        }

        string id;
        try
        {
            id = await services.Client.StartAsync(orchestrator!, input, new StartOrchestrationOptions(instanceId), cancellationToken);
        }
        catch (ArgumentException exception)
        {
            return ManagementProblems.Invalid(instanceId is null ? "name" : "instanceId", exception.Message);
        }

        services.Logger.InstanceStarted(orchestrator!, id);
        if (timeout is null || pollingInterval is null)
        {
            return services.CheckStatus.CreateResponse(request, id);
        }

        var finished = await WaitForFinishAsync(services, id, timeout.Value, cancellationToken);
        return finished switch
        {
            null => services.CheckStatus.CreateResponse(request, id),
            { Status: RuntimeStatus.Completed } => new OutputResult(finished.Output),
            _ => StatusResult(finished, request, new StatusOptions(ShowInput: true, FailOnError: failOnError)),
        };
    }

    private static string? ResolveOrchestrator(ManagementServices services, string name)
    {
        if (services.Registry.HasOrchestrator(name))
        {
            return name;
        }

        // Azure Functions names are case-insensitive; accept any case when it is unambiguous.
        var matches = services.Registry.OrchestratorNames.Where(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static async Task<Durable.Backend.Orchestrations.InstanceState?> WaitForFinishAsync(
        ManagementServices services, string instanceId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, services.TimeProvider);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            var state = await services.Client.WaitUntilAsync(instanceId, false, static s => s.Status.IsFinished(), wait.Token);
            services.Logger.WaitEnded(instanceId, state.Status);
            return state;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
