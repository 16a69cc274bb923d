namespace CampaignOrchestrator.Host.Hosting;

/// <summary>
/// Logs one line per request with its outcome and duration, with keys redacted from the query string. It replaces
/// ASP.NET Core's own request lines, which print the full URL, <c>code</c> included.
/// </summary>
/// <param name="next">The rest of the pipeline.</param>
/// <param name="logger">The logger.</param>
/// <param name="timeProvider">The clock.</param>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger, TimeProvider timeProvider)
{
    /// <summary>Runs the rest of the pipeline and logs the request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task that completes with the request.</returns>
    public async Task InvokeAsync(HttpContext context)
    {
        if (HostApplicationExtensions.IsProbe(context.Request.Path))
        {
            await next(context);
            return;
        }

        var started = timeProvider.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var status = failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
                logger.RequestCompleted(
                    context.Request.Method,
                    context.Request.Path,
                    QueryRedaction.Redact(context.Request.QueryString),
                    status,
                    timeProvider.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }
}
