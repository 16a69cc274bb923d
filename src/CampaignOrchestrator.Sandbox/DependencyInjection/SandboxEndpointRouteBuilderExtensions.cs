using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;
using CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;
using CampaignOrchestrator.Sandbox.QuestionPro.Micropanel;
using CampaignOrchestrator.Sandbox.QuestionPro.Respondent;
using CampaignOrchestrator.Sandbox.SatisMeter;

namespace CampaignOrchestrator.Sandbox;

/// <summary>Maps the sandbox's routes; each method takes a prefix so a host can mount them under e.g. <c>/sandbox</c>.</summary>
public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>Maps QuestionPro API v2 (<c>{prefix}/a/api/v2/...</c>): email batches, micropanel, respondent API.</summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="prefix">Where to mount, e.g. <c>/sandbox</c>; empty for the root.</param>
    /// <returns>The group of the routes.</returns>
    public static RouteGroupBuilder MapQuestionProSandbox(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        var mount = Normalize(prefix);
        var group = endpoints.MapGroup(mount);
        group.AddEndpointFilter(new FaultInjectionFilter(VendorKind.QuestionPro, mount));
        group.AddEndpointFilter(new ApiKeyFilter());
        var api = group.MapGroup("/a/api/v2");
        api.MapEmailBatches();
        api.MapMicropanel();
        api.MapRespondent();
        api.Map("/{**path}", (HttpRequest request) => QuestionProError.NotFound($"no route {request.Method} {request.Path}").ToResult());
        return group;
    }

    /// <summary>Maps SatisMeter's insert-response route (<c>{prefix}/api/responses</c>).</summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="prefix">Where to mount, e.g. <c>/sandbox</c>; empty for the root.</param>
    /// <returns>The group of the routes.</returns>
    public static RouteGroupBuilder MapSatisMeterSandbox(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        var mount = Normalize(prefix);
        var group = endpoints.MapGroup(mount);
        group.AddEndpointFilter(new FaultInjectionFilter(VendorKind.SatisMeter, mount));
        group.MapInsertResponse();
        return group;
    }

    /// <summary>Maps the control routes (<c>{prefix}/_sandbox/...</c>): ledger, faults, metrics, reset.</summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="prefix">Where to mount, e.g. <c>/sandbox</c>; empty for the root.</param>
    /// <returns>The group of the routes.</returns>
    public static RouteGroupBuilder MapSandboxControl(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        var group = endpoints.MapGroup($"{Normalize(prefix)}/_sandbox");
        group.MapControl();
        return group;
    }

    private static string Normalize(string prefix)
    {
        var trimmed = prefix.Trim().Trim('/');
        return trimmed.Length == 0 ? "" : "/" + trimmed;
    }
}
