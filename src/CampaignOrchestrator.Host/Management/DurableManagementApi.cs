using CampaignOrchestrator.Host.Management.Payloads;

namespace CampaignOrchestrator.Host.Management;

/// <summary>
/// The Durable Functions HTTP management API under <c>/runtime/webhooks/durabletask</c>: the same routes, parameters,
/// status codes and payloads, so existing tools and the official clients work against this host.
/// </summary>
internal static partial class DurableManagementApi
{
    /// <summary>The base path of every route.</summary>
    public const string BasePath = "/runtime/webhooks/durabletask";

    /// <summary>Maps the routes. All of them need the key.</summary>
    /// <param name="app">The routes.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapDurableManagementApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).AddEndpointFilter<ManagementEndpointFilter>().WithTags("Durable management");

        api.MapPost("/orchestrators/{name}/{instanceId?}", StartAsync).WithName("StartOrchestration");

        api.MapGet("/instances/{instanceId}", GetStatusAsync).WithName("GetInstanceStatus");
        api.MapGet("/instances", ListAsync).WithName("ListInstances");
        api.MapDelete("/instances/{instanceId}", PurgeInstanceAsync).WithName("PurgeInstance");
        api.MapDelete("/instances", PurgeInstancesAsync).WithName("PurgeInstances");

        api.MapPost("/instances/{instanceId}/raiseEvent/{eventName}", RaiseEventAsync).WithName("RaiseEvent");
        api.MapPost("/instances/{instanceId}/terminate", TerminateAsync).WithName("TerminateInstance");
        api.MapPost("/instances/{instanceId}/suspend", SuspendAsync).WithName("SuspendInstance");
        api.MapPost("/instances/{instanceId}/resume", ResumeAsync).WithName("ResumeInstance");
        api.MapPost("/instances/{instanceId}/restart", RestartAsync).WithName("RestartInstance");
        return api;
    }

    /// <summary>Registers what the routes use.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddDurableManagementApi(this IServiceCollection services) =>
        services.AddSingleton<CheckStatusPayloadBuilder>().AddSingleton<ManagementEndpointFilter>();
}
