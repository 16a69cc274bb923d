using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.SatisMeter;

/// <summary>The body of <c>POST /api/responses</c> after the write key and campaign were checked.</summary>
internal sealed record InsertResponseRequest(
    string Campaign,
    string Method,
    JsonElement Answers,
    string? UserId,
    string? AnonymousId,
    IReadOnlyDictionary<string, JsonElement> Traits,
    bool ForceSurvey)
{
    public const string DefaultMethod = "In-App";

    public static readonly IReadOnlyList<string> Methods = [DefaultMethod, "Mobile", "Email"];

    /// <summary>Who answered: <c>user:{userId}</c> or <c>anonymous:{anonymousId}</c>.</summary>
    public string Identity => UserId is not null ? $"user:{UserId}" : $"anonymous:{AnonymousId}";

    /// <summary>Reads everything but <c>writeKey</c> and <c>campaign</c>; returns the problem for a 400 otherwise.</summary>
    public static InsertResponseRequest? Parse(JsonElement body, string campaign, out string? problem)
    {
        problem = null;
        var method = DefaultMethod;
        if (body.TryGetProperty("method", out var methodValue) && methodValue.ValueKind != JsonValueKind.Null)
        {
            method = methodValue.ValueKind == JsonValueKind.String ? methodValue.GetString()! : "";
            if (!Methods.Contains(method, StringComparer.Ordinal))
            {
                problem = $"method must be one of {string.Join(", ", Methods)}";
            }
        }

        var answers = body.TryGetProperty("answers", out var answersValue) ? answersValue : default;
        problem ??= AnswersProblem(answers);

        var userId = IdOf(body, "userId");
        var anonymousId = IdOf(body, "anonymousId");
        if (problem is null && (userId is null) == (anonymousId is null))
        {
            problem = "Exactly one of userId and anonymousId is required";
        }

        var traits = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (body.TryGetProperty("traits", out var traitsValue) && traitsValue.ValueKind != JsonValueKind.Null)
        {
            if (traitsValue.ValueKind != JsonValueKind.Object)
            {
                problem ??= "traits must be an object";
            }
            else
            {
                foreach (var trait in traitsValue.EnumerateObject())
                {
                    traits[trait.Name] = trait.Value;
                }
            }
        }

        var force = body.TryGetProperty("forceSurvey", out var forceValue) ? forceValue.ValueKind : JsonValueKind.Undefined;
        if (force is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False))
        {
            problem ??= "forceSurvey must be true or false";
        }

        return problem is null
            ? new InsertResponseRequest(campaign, method, answers, userId, anonymousId, traits, force == JsonValueKind.True)
            : null;
    }

    private static string? AnswersProblem(JsonElement answers)
    {
        if (answers.ValueKind != JsonValueKind.Array || answers.GetArrayLength() == 0)
        {
            return "answers must be a non-empty array of {id, value}";
        }

        var index = 0;
        foreach (var answer in answers.EnumerateArray())
        {
            if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty("id", out var id) || !IsNonEmptyText(id))
            {
                return $"answers[{index}].id must be a non-empty string";
            }

            if (!answer.TryGetProperty("value", out var value)
                || !(IsNonEmptyText(value) || (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _))))
            {
                return $"answers[{index}].value must be an integer or a non-empty string";
            }

            index++;
        }

        return null;
    }

    private static string? IdOf(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.String => !string.IsNullOrWhiteSpace(value.GetString()),
            JsonValueKind.Number => true,
            _ => false,
        }
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    private static bool IsNonEmptyText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());
}
