using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>The <c>questionpro</c> target.</summary>
internal static partial class InboundResponseReader
{
    private static QuestionProInboundResponse? ReadQuestionPro(ObjectReader reader, DefinitionReadContext context, string id)
    {
        var surveyId = reader.Long("surveyId", required: true);
        if (surveyId is <= 0)
        {
            context.Failures.Add(reader.PathOf("surveyId"), "must be a positive survey id");
        }

        var answersPath = reader.PathOf("answers");
        var answers = reader.Element("answers", required: true) is { } element
            ? IdMap<AnswerValue>(element, answersPath, context, "question id", ReadAnswer)
            : null;
        if (answers is { Count: 0 })
        {
            context.Failures.Add(answersPath, "at least one answer, keyed by question id");
        }

        bool ReadAnswer(JsonElement value, string path, out AnswerValue answer)
        {
            var read = QuestionProAnswerReader.TryRead(value, path, context, out var found);
            answer = found!;
            return read;
        }

        return surveyId is > 0 && answers is { Count: > 0 } ? new QuestionProInboundResponse { Id = id, SurveyId = surveyId.Value, Answers = answers } : null;
    }

    /// <summary>Reads one value of an id-keyed object, reporting its problems.</summary>
    internal delegate bool ValueReader<T>(JsonElement value, string path, out T result);

    /// <summary>
    /// Reads an object keyed by QuestionPro ids (question, answer or row ids, positive integers written as property
    /// names); <see langword="null"/> when it or any value is invalid, every problem reported.
    /// </summary>
    internal static Dictionary<long, T>? IdMap<T>(JsonElement element, string path, DefinitionReadContext context, string keyName, ValueReader<T> readValue)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Unreadable(path, $"expected an object keyed by {keyName}");
            return null;
        }

        var map = new Dictionary<long, T>();
        var valid = true;
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = JsonPath.Property(path, property.Name);
            if (!long.TryParse(property.Name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var key) || key <= 0)
            {
                context.Failures.Add(propertyPath, $"keys are {keyName}s: positive integers");
                valid = false;
                continue;
            }

            if (!readValue(property.Value, propertyPath, out var value))
            {
                valid = false;
            }
            else if (!map.TryAdd(key, value))
            {
                context.Failures.Add(propertyPath, "duplicate key");
                valid = false;
            }
        }

        return valid ? map : null;
    }
}
