using System.Text.Json;

namespace CampaignOrchestrator.Host.Management;

/// <summary>Reads a request body that is JSON or empty.</summary>
internal static class JsonBody
{
    /// <summary>The field errors of an unreadable body are reported under.</summary>
    public const string Field = "$";

    /// <summary>Reads the body.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The value (null for an empty body or JSON null), or the error when the body is not JSON.</returns>
    public static async Task<(JsonElement? Value, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var value = document.RootElement.Clone();
            return (value.ValueKind == JsonValueKind.Null ? null : value, null);
        }
        catch (JsonException exception)
        {
            return (null, $"The body is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}).");
        }
    }
}
