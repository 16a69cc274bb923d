namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>A started instance: 202 with the check-status payload, <c>Location</c> = the status URI and <c>Retry-After: 10</c>.</summary>
/// <param name="payload">The payload.</param>
internal sealed class CheckStatusResult(CheckStatusPayload payload) : IResult, IStatusCodeHttpResult, IValueHttpResult<CheckStatusPayload>
{
    /// <summary>The <c>Retry-After</c> seconds Durable Functions sends with a check-status payload.</summary>
    public const int RetryAfterSeconds = 10;

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status202Accepted;

    /// <inheritdoc />
    public CheckStatusPayload Value => payload;


    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.Location = payload.StatusQueryGetUri;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return DurableApiJson.WriteAsync(httpContext, StatusCodes.Status202Accepted, payload);
    }
}
