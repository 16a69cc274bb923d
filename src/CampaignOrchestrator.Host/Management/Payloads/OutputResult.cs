namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>The output of an instance that completed while a start request waited: 200 with the output as the body.</summary>
/// <param name="outputJson">The stored output (JSON text); null for no output.</param>
internal sealed class OutputResult(string? outputJson) : IResult, IStatusCodeHttpResult
{
    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <summary>Gets the output as JSON text.</summary>
    public string Json => outputJson ?? "null";

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        return httpContext.Response.WriteAsync(Json, httpContext.RequestAborted);
    }
}
