using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Host.Engine;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Management;

/// <summary>
/// Checks what every management route shares — the <c>taskHub</c> parameter names this host's hub, the instance id
/// is URL-safe — and turns the client's "not found" and "finished" exceptions (an instance can change between a
/// check and the call) into 404 and 410.
/// </summary>
/// <param name="durable">The task hub.</param>
internal sealed class ManagementEndpointFilter(IOptions<DurableHostOptions> durable) : IEndpointFilter
{
    /// <summary>The route value of the instance id.</summary>
    public const string InstanceIdRouteValue = "instanceId";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var hub = durable.Value.HubName;
        if (request.Query.TryGetValue("taskHub", out var taskHub) && !string.IsNullOrEmpty(taskHub)
            && !string.Equals(taskHub, hub, StringComparison.OrdinalIgnoreCase))
        {
            return ManagementProblems.Invalid("taskHub", $"This host serves the task hub '{hub}'.");
        }

        if (request.RouteValues.TryGetValue(InstanceIdRouteValue, out var value) && value is string instanceId
            && InstanceIds.Validate(instanceId) is { } error)
        {
            return ManagementProblems.Invalid(InstanceIdRouteValue, error);
        }

        try
        {
            return await next(context);
        }
        catch (InstanceNotFoundException exception)
        {
            return ManagementProblems.NotFound(exception.InstanceId);
        }
        catch (InstanceStateException exception) when (exception.IsFinished)
        {
            return ManagementProblems.Gone(exception.InstanceId, exception.Status);
        }
        catch (InstanceStateException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
