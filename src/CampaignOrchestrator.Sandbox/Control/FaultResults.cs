using System.Globalization;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;

namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>The responses of injected faults, in each vendor's error format.</summary>
internal static class FaultResults
{
    public static IResult ServerError(VendorKind vendor) => vendor == VendorKind.QuestionPro
        ? QuestionProError.ServerError().ToResult()
        : Results.Json(new { message = "Internal server error" }, statusCode: StatusCodes.Status500InternalServerError);

    public static IResult TooManyRequests(VendorKind vendor, int? retryAfterSeconds)
    {
        var inner = vendor == VendorKind.QuestionPro
            ? QuestionProError.TooManyRequests("Too many requests").ToResult()
            : Results.Json(new { message = "Too many requests" }, statusCode: StatusCodes.Status429TooManyRequests);
        return retryAfterSeconds is { } seconds ? new WithRetryAfter(inner, seconds) : inner;
    }

    /// <summary>A 500 whose body cannot be parsed: QuestionPro's documented envelope with the unquoted docs value.</summary>
    public static IResult InvalidJson(VendorKind vendor, HttpRequest request) => Results.Text(
        vendor == VendorKind.QuestionPro
            ? QuestionProErrorResult.NotQuiteJson(QuestionProError.ServerError(), QuestionProErrorResult.ResourceUrl(request))
            : """{"message": Internal server error""",
        "application/json",
        statusCode: StatusCodes.Status500InternalServerError);

    public static IResult GatewayTimeout() =>
        Results.Text("504 Gateway Timeout", "text/plain", statusCode: StatusCodes.Status504GatewayTimeout);

    public static IResult ServiceUnavailable() =>
        Results.Text("503 Service Unavailable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);

    private sealed class WithRetryAfter(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
