using System.Globalization;

namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>
/// An instance's status: the status payload with 200, 202 (not finished: <c>Location</c> = the request URI and
/// <c>Retry-After: 5</c>) or 500 (failed, when the caller asked for it).
/// </summary>
/// <param name="statusCode">The status code.</param>
/// <param name="payload">The payload.</param>
/// <param name="location">The URI to poll, for an instance that has not finished.</param>
internal sealed class InstanceStatusResult(int statusCode, OrchestrationStatusPayload payload, string? location)
    : IResult, IStatusCodeHttpResult, IValueHttpResult<OrchestrationStatusPayload>
{
    /// <summary>The <c>Retry-After</c> seconds Durable Functions sends while an instance runs.</summary>
    public const int RetryAfterSeconds = 5;

    /// <inheritdoc />
    public int? StatusCode => statusCode;

    /// <inheritdoc />
    public OrchestrationStatusPayload Value => payload;


    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (location is not null)
        {
            httpContext.Response.Headers.Location = location;
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return DurableApiJson.WriteAsync(httpContext, statusCode, payload);
    }
}
