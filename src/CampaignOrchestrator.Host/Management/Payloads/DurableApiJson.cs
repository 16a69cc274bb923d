using System.Text.Json;

namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>How the management API writes JSON, independent of the application's global JSON settings.</summary>
internal static class DurableApiJson
{
    /// <summary>Gets the serializer settings: property names as declared on the payloads, nulls written.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Writes a JSON response.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="context">The request.</param>
    /// <param name="statusCode">The status code.</param>
    /// <param name="value">The payload.</param>
    /// <returns>A task that completes when written.</returns>
    public static Task WriteAsync<T>(HttpContext context, int statusCode, T value)
    {
        context.Response.StatusCode = statusCode;
        return context.Response.WriteAsJsonAsync(value, Options, context.RequestAborted);
    }
}
