using System.Text.Json;
using CampaignOrchestrator.Sandbox.Data;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>A submit-page body: flat <c>prefix_id</c> keys, each a string (numbers accepted) or, for <c>m_</c>, an array.</summary>
internal sealed class SubmittedAnswers
{
    private readonly JsonElement _body;

    private SubmittedAnswers(JsonElement body) => _body = body;

    /// <summary>The answers as submitted (kept for the ledger and the session).</summary>
    public IReadOnlyDictionary<string, JsonElement> Values =>
        _body.EnumerateObject().ToDictionary(property => property.Name, property => property.Value, StringComparer.Ordinal);

    /// <summary>Reads a body against the current page: a key that is not on the page, or a value of the wrong JSON type, is a schema problem.</summary>
    public static SubmittedAnswers? Read(JsonElement body, PageData page, out string? problem)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            problem = "The request body must be a JSON object of answers";
            return null;
        }

        var keys = page.Questions.SelectMany(FormParam.KeysOf).ToHashSet(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            if (!keys.Contains(property.Name))
            {
                problem = $"{property.Name} is not an answer key of the current page (expected one of {string.Join(", ", keys.Order(StringComparer.Ordinal))})";
                return null;
            }

            var value = property.Value;
            var isList = property.Name.StartsWith("m_", StringComparison.Ordinal);
            if (isList && value.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
            {
                problem = $"{property.Name} must be an array of answer ids";
                return null;
            }

            if (isList ? value.ValueKind == JsonValueKind.Array && !value.EnumerateArray().All(IsScalar) : !IsScalar(value) && value.ValueKind != JsonValueKind.Null)
            {
                problem = isList ? $"{property.Name} must be an array of answer ids" : $"{property.Name} must be a string";
                return null;
            }
        }

        problem = null;
        return new SubmittedAnswers(body);
    }

    /// <summary>A scalar answer, trimmed; <see langword="null"/> when absent, null or blank.</summary>
    public string? Text(string key) =>
        _body.TryGetProperty(key, out var value) && IsScalar(value) && TextOf(value) is { Length: > 0 } text ? text : null;

    /// <summary>The values of a list answer; empty when absent.</summary>
    public IReadOnlyList<string> List(string key) =>
        _body.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(TextOf).Where(text => text.Length > 0)]
            : [];

    private static bool IsScalar(JsonElement value) => value.ValueKind is JsonValueKind.String or JsonValueKind.Number;

    private static string TextOf(JsonElement value) =>
        (value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText()).Trim();
}
