namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>
/// A page of instances: 200 with a JSON array, and the <c>x-ms-continuation-token</c> header always set — empty on
/// the last page, where the official clients stop paging.
/// </summary>
/// <param name="instances">The page.</param>
/// <param name="continuationToken">The next page's token; null on the last page.</param>
internal sealed class InstancePageResult(IReadOnlyList<OrchestrationStatusPayload> instances, string? continuationToken)
    : IResult, IStatusCodeHttpResult, IValueHttpResult<IReadOnlyList<OrchestrationStatusPayload>>
{
    /// <summary>The request and response header carrying the continuation token.</summary>
    public const string ContinuationHeader = "x-ms-continuation-token";

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public IReadOnlyList<OrchestrationStatusPayload> Value => instances;


    /// <summary>Gets the next page's token.</summary>
    public string? ContinuationToken => continuationToken;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers[ContinuationHeader] = continuationToken ?? string.Empty;
        return DurableApiJson.WriteAsync(httpContext, StatusCodes.Status200OK, instances);
    }
}
