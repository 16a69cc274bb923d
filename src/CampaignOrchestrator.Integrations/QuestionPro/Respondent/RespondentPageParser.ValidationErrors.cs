using System.Text.Json;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <content>Reading <c>response.validationErrors</c>.</content>
public static partial class RespondentPageParser
{
    private static List<RespondentValidationError> ParseValidationErrors(RespondentJsonReader reader, JsonElement response, string path)
    {
        var errors = new List<RespondentValidationError>();
        if (reader.Array(response, "validationErrors", path) is not { } array)
        {
            return errors;
        }

        foreach (var (item, index) in array.EnumerateArray().Select((item, index) => (item, index)))
        {
            var itemPath = $"{path}.validationErrors[{index}]";
            errors.Add(item.ValueKind == JsonValueKind.Object
                ? new RespondentValidationError(
                    reader.Id(item, "questionId", itemPath),
                    reader.String(item, "message", itemPath),
                    ParseAnswerErrors(reader, item, itemPath))
                : throw reader.Fail($"Expected a validation error object but found {item.ValueKind}", itemPath));
        }

        return errors;
    }

    private static Dictionary<string, string>? ParseAnswerErrors(RespondentJsonReader reader, JsonElement error, string path)
    {
        if (reader.Object(error, "answerErrors", path) is not { } answerErrors)
        {
            return null;
        }

        var byAnswerId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in answerErrors.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.String:
                    byAnswerId[property.Name] = property.Value.GetString()!;
                    break;
                default:
                    // The documentation does not fix the value shape, so anything else is kept verbatim rather than rejected.
                    byAnswerId[property.Name] = property.Value.GetRawText();
                    break;
            }
        }

        return byAnswerId;
    }
}
