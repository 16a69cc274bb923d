using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignOrchestrator.Integrations.Http;

namespace CampaignOrchestrator.Integrations.QuestionPro;

/// <summary>Reads a failed response: the error envelope, the respondent API's error, or whatever else came back.</summary>
internal static partial class QuestionProErrorReader
{
    private const int ExcerptLength = 200;
    private const string SessionExpiredCode = "1002";

    public static QuestionProFailure Read(int statusCode, string body)
    {
        var failure = new QuestionProFailure
        {
            Kind = QuestionProFailureKind.VendorError,
            HttpStatusCode = statusCode,
            Effect = VendorFailureRules.EffectOfStatus(statusCode),
        };

        try
        {
            using var document = JsonDocument.Parse(body);
            return FromJson(document.RootElement, failure) ?? failure with { BodyExcerpt = Excerpt(body) };
        }
        catch (JsonException)
        {
            // The vendor's own documented examples are not valid JSON (an unquoted "docs" value), so salvage what we can.
            return FromText(body, failure);
        }
    }

    public static string Excerpt(string body)
    {
        var collapsed = WhitespaceRun().Replace(body, " ").Trim();
        return collapsed.Length <= ExcerptLength ? collapsed : collapsed[..ExcerptLength] + "…";
    }

    private static QuestionProFailure? FromJson(JsonElement root, QuestionProFailure failure)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var requestId = Text(root, "requestID");
        if (root.TryGetProperty("response", out var response) && response.ValueKind == JsonValueKind.Object
            && response.TryGetProperty("error", out var envelope) && envelope.ValueKind == JsonValueKind.Object)
        {
            return failure with
            {
                Name = Text(envelope, "name"),
                ErrorId = Text(envelope, "id"),
                VendorMessage = Text(envelope, "message"),
                RequestId = requestId,
            };
        }

        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var code = Text(error, "code");
            return failure with
            {
                ErrorId = code,
                VendorMessage = Text(error, "message"),
                RequestId = requestId,
                IsSessionExpired = code == SessionExpiredCode,
            };
        }

        return null;
    }

    private static QuestionProFailure FromText(string body, QuestionProFailure failure) => failure with
    {
        Name = Field(body, "name"),
        ErrorId = Field(body, "id"),
        VendorMessage = Field(body, "message"),
        RequestId = Field(body, "requestID"),
        BodyExcerpt = Excerpt(body),
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string? Field(string body, string name)
    {
        var match = LooseField().Matches(body).FirstOrDefault(m => m.Groups["name"].Value == name);
        return match?.Groups["value"].Value;
    }

    [GeneratedRegex("\"(?<name>[A-Za-z]+)\"\\s*:\\s*\"?(?<value>[^\",\\r\\n}]*)\"?")]
    private static partial Regex LooseField();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhitespaceRun();
}
