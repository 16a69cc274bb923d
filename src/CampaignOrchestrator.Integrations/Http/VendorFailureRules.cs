using System.Net;
using Polly.Timeout;

namespace CampaignOrchestrator.Integrations.Http;

/// <summary>Classifies vendor failures as transient or permanent and decides which requests may be re-sent.</summary>
public static class VendorFailureRules
{
    /// <summary>Returns whether an HTTP status is worth retrying later: 408, 429 and every 5xx.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <returns><see langword="true"/> for a transient status.</returns>
    public static bool IsTransientStatus(int statusCode) =>
        statusCode is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500;

    /// <summary>Returns what a failed response says about the request's effect.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <returns><see cref="VendorEffect.Unknown"/> for 5xx, <see cref="VendorEffect.None"/> for 4xx.</returns>
    public static VendorEffect EffectOfStatus(int statusCode) => statusCode >= 500 ? VendorEffect.Unknown : VendorEffect.None;

    /// <summary>Returns whether an exception proves the request never reached the server (no connection was made).</summary>
    /// <param name="exception">The exception thrown by the HTTP stack.</param>
    /// <returns><see langword="true"/> when the request was certainly not sent.</returns>
    public static bool NeverReachedServer(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException
                {
                    HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                        or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
                })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether an exception is a network failure or a timeout (both transient).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns><see langword="true"/> for network failures and timeouts.</returns>
    public static bool IsTransientException(Exception? exception) =>
        exception is HttpRequestException or TimeoutRejectedException or IOException;

    /// <summary>
    /// Returns whether an exception thrown by a call is a transport failure the client reports as a result (network,
    /// timeout, or a cancellation that the caller did not ask for) rather than one to let through.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <param name="callerToken">The caller's token: its own cancellation is never a transport failure.</param>
    /// <returns><see langword="true"/> for transport failures.</returns>
    public static bool IsTransportFailure(Exception exception, CancellationToken callerToken) =>
        IsTransientException(exception) || (exception is OperationCanceledException && !callerToken.IsCancellationRequested);

    /// <summary>
    /// Decides whether the HTTP pipeline may re-send a request on its own: reads (GET, HEAD) on any transient failure;
    /// anything else only when the request provably never reached the server. A POST or PUT that may have been
    /// processed is never re-sent here — the caller's idempotency handles it.
    /// </summary>
    /// <param name="method">The request method.</param>
    /// <param name="response">The response, when one arrived.</param>
    /// <param name="exception">The exception, when no response arrived.</param>
    /// <returns><see langword="true"/> to retry.</returns>
    public static bool MayRetry(HttpMethod? method, HttpResponseMessage? response, Exception? exception)
    {
        if (NeverReachedServer(exception))
        {
            return true;
        }

        if (method != HttpMethod.Get && method != HttpMethod.Head)
        {
            return false;
        }

        return response is not null ? IsTransientStatus((int)response.StatusCode) : IsTransientException(exception);
    }
}
