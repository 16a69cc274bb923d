using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Host.Management.Payloads;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CampaignOrchestrator.Host.Management;

/// <summary>Reading instances.</summary>
internal static partial class DurableManagementApi
{
    /// <summary>The largest page <c>top</c> asks for; larger values are capped (the continuation token still pages on).</summary>
    public const int MaxPageSize = 1000;

    /// <summary>
    /// <c>GET /instances/{instanceId}</c>: 404 unknown; 202 with <c>Location</c> and <c>Retry-After: 5</c> while
    /// Pending, Running, ContinuedAsNew or Suspended; 200 when finished, or 500 for Failed with
    /// <c>returnInternalServerErrorOnFailure=true</c>. <c>showHistory</c>, <c>showHistoryOutput</c> (false) and
    /// <c>showInput</c> (true) shape the payload.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="request">The request.</param>
    /// <param name="services">What the handler uses.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The answer.</returns>
    public static async Task<Results<InstanceStatusResult, ProblemHttpResult, ValidationProblem>> GetStatusAsync(
        string instanceId, HttpRequest request, [AsParameters] ManagementServices services, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request.Query);
        var options = new StatusOptions(
            query.Boolean("showInput", defaultValue: true),
            query.Boolean("showHistory", defaultValue: false),
            query.Boolean("showHistoryOutput", defaultValue: false),
            query.Boolean("returnInternalServerErrorOnFailure", defaultValue: false));
        if (query.HasErrors)
        {
            return ManagementProblems.Invalid(query);
        }

        var state = await services.Client.GetAsync(instanceId, options.ShowHistory, cancellationToken);
        return state is null ? ManagementProblems.NotFound(instanceId) : StatusResult(state, request, options);
    }

    /// <summary>
    /// <c>GET /instances</c>: a page of instances filtered by <c>createdTimeFrom</c>, <c>createdTimeTo</c>,
    /// <c>runtimeStatus</c> (comma list) and <c>instanceIdPrefix</c>, <c>top</c> per page (100), inputs with
    /// <c>showInput=true</c>; the <c>x-ms-continuation-token</c> request header selects the page, the response header
    /// names the next one (empty on the last).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="services">What the handler uses.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The answer.</returns>
    public static async Task<Results<InstancePageResult, ValidationProblem>> ListAsync(
        HttpRequest request, [AsParameters] ManagementServices services, CancellationToken cancellationToken)
    {
        var query = new QueryReader(request.Query);
        var showInput = query.Boolean("showInput", defaultValue: false);
        var filter = new InstanceQuery(
            query.Statuses("runtimeStatus"),
            query.Time("createdTimeFrom"),
            query.Time("createdTimeTo"),
            query.Text("instanceIdPrefix"),
            Math.Min(query.Integer("top", defaultValue: 100, minimum: 1), MaxPageSize),
            request.Headers[InstancePageResult.ContinuationHeader].FirstOrDefault(token => !string.IsNullOrEmpty(token)),
            showInput);
        if (query.HasErrors)
        {
            return ManagementProblems.Invalid(query);
        }

        InstancePage page;
        try
        {
            page = await services.Client.QueryAsync(filter, cancellationToken);
        }
        catch (ArgumentException) when (filter.ContinuationToken is not null)
        {
            return ManagementProblems.Invalid(InstancePageResult.ContinuationHeader, "The continuation token is not one this API returned.");
        }

        var instances = page.Instances.Select(state => OrchestrationStatusPayload.From(state, showInput)).ToList();
        return new InstancePageResult(instances, page.ContinuationToken);
    }

    private static InstanceStatusResult StatusResult(InstanceState state, HttpRequest request, StatusOptions options)
    {
        var payload = OrchestrationStatusPayload.From(state, options.ShowInput, options.ShowHistory, options.ShowHistoryOutput);
        return state.Status switch
        {
            RuntimeStatus.Pending or RuntimeStatus.Running or RuntimeStatus.ContinuedAsNew or RuntimeStatus.Suspended =>
                new InstanceStatusResult(StatusCodes.Status202Accepted, payload, request.GetEncodedUrl()),
            RuntimeStatus.Failed when options.FailOnError => new InstanceStatusResult(StatusCodes.Status500InternalServerError, payload, null),
            _ => new InstanceStatusResult(StatusCodes.Status200OK, payload, null),
        };
    }

    /// <summary>How a status is shown.</summary>
    /// <param name="ShowInput">Include the input.</param>
    /// <param name="ShowHistory">Include the history.</param>
    /// <param name="ShowHistoryOutput">Include inputs and results in the history.</param>
    /// <param name="FailOnError">Answer 500 for a failed instance.</param>
    private sealed record StatusOptions(bool ShowInput, bool ShowHistory = false, bool ShowHistoryOutput = false, bool FailOnError = false);
}
