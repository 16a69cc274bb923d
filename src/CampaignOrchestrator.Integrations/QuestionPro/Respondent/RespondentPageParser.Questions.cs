using System.Text.Json;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <content>Reading <c>response.questions</c>.</content>
public static partial class RespondentPageParser
{
    private static List<SurveyQuestion> ParseQuestions(RespondentJsonReader reader, JsonElement response, string path)
    {
        var questions = new List<SurveyQuestion>();
        if (reader.Array(response, "questions", path) is not { } array)
        {
            return questions;
        }

        foreach (var (item, index) in array.EnumerateArray().Select((item, index) => (item, index)))
        {
            var itemPath = $"{path}.questions[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw reader.Fail($"Expected a question object but found {item.ValueKind}", itemPath);
            }

            var json = QuestionJson(reader, item, $"{itemPath}.json");
            questions.Add(ParseQuestion(reader, json, reader.String(item, "html", itemPath), $"{itemPath}.json"));
        }

        return questions;
    }

    // The documentation calls "json" a JSON-encoded string while its examples embed an object, so both are accepted.
    private static JsonElement QuestionJson(RespondentJsonReader reader, JsonElement item, string path)
    {
        switch (RespondentJsonReader.Property(item, "json"))
        {
            case { ValueKind: JsonValueKind.Object } embedded:
                return embedded.Clone();
            case { ValueKind: JsonValueKind.String } encoded:
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(encoded.GetString()!, DocumentOptions);
                }
                catch (JsonException exception)
                {
                    throw reader.Fail($"The JSON-encoded question is not valid JSON ({exception.Message})", path, inner: exception);
                }

                using (document)
                {
                    return document.RootElement.ValueKind == JsonValueKind.Object
                        ? document.RootElement.Clone()
                        : throw reader.Fail($"The JSON-encoded question is {document.RootElement.ValueKind}, not an object", path);
                }

            case null:
                throw reader.Fail("'json' is missing", path);
            case { } other:
                throw reader.Fail($"Expected an object or a JSON-encoded string but found {other.ValueKind}", path);
        }
    }

    private static SurveyQuestion ParseQuestion(RespondentJsonReader reader, JsonElement json, string? html, string path) => new(
        Id: reader.Id(json, "id", path),
        Type: reader.String(json, "type", path),
        Text: reader.String(json, "text", path),
        Required: reader.Boolean(json, "required", path),
        Answers: ParseAnswers(reader, json, path),
        FormParam: ParseFormParam(reader, json, path),
        Html: html,
        Json: json);

    private static List<SurveyAnswerOption> ParseAnswers(RespondentJsonReader reader, JsonElement question, string path)
    {
        var answers = new List<SurveyAnswerOption>();
        if (reader.Array(question, "answers", path) is not { } array)
        {
            return answers;
        }

        foreach (var (item, index) in array.EnumerateArray().Select((item, index) => (item, index)))
        {
            var itemPath = $"{path}.answers[{index}]";
            answers.Add(item.ValueKind == JsonValueKind.Object
                ? new SurveyAnswerOption(reader.Id(item, "id", itemPath), reader.String(item, "text", itemPath))
                : throw reader.Fail($"Expected an answer object but found {item.ValueKind}", itemPath));
        }

        return answers;
    }

    private static FormParam? ParseFormParam(RespondentJsonReader reader, JsonElement question, string path)
    {
        if (reader.Object(question, "formParam", path) is not { } formParam)
        {
            return null;
        }

        var formParamPath = $"{path}.formParam";
        var prefix = reader.String(formParam, "paramPrefix", formParamPath);
        if (string.IsNullOrEmpty(prefix))
        {
            throw reader.Fail("'paramPrefix' is missing or empty", $"{formParamPath}.paramPrefix");
        }

        var rawIdType = reader.String(formParam, "paramIdType", formParamPath) ?? string.Empty;
        return new FormParam(prefix, ParseIdType(rawIdType), rawIdType);
    }

    private static FormParamIdType ParseIdType(string rawIdType) => rawIdType.Trim() switch
    {
        var text when text.Equals("questionId", StringComparison.OrdinalIgnoreCase) => FormParamIdType.QuestionId,
        var text when text.Equals("answerId", StringComparison.OrdinalIgnoreCase) => FormParamIdType.AnswerId,
        _ => FormParamIdType.Unknown,
    };
}
