using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>
/// Reads one QuestionPro answer. Its shape says its kind: exactly one of <c>answerId</c> (single choice, with an
/// optional <c>otherText</c>), <c>answerIds</c> (multiple choice, optional <c>otherTexts</c>), <c>text</c> (free text),
/// <c>texts</c> (text boxes by answer id), <c>ranks</c>, <c>amounts</c> (constant sum), <c>date</c> (optional
/// <c>time</c>) or <c>rows</c> (matrix: a column id, or a list of them, by row id).
/// </summary>
internal static class QuestionProAnswerReader
{
    private static readonly string[] Kinds = ["answerId", "answerIds", "text", "texts", "ranks", "amounts", "date", "rows"];

    private static readonly Dictionary<string, string> Companions = new(StringComparer.Ordinal)
    {
        ["otherText"] = "answerId",
        ["otherTexts"] = "answerIds",
        ["time"] = "date",
    };

    public static bool TryRead(JsonElement element, string path, DefinitionReadContext context, [NotNullWhen(true)] out AnswerValue? answer)
    {
        answer = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            context.Unreadable(path, "expected an answer object with one of " + string.Join(", ", Kinds));
            return false;
        }

        var present = Kinds.Where(kind => element.TryGetProperty(kind, out _)).ToList();
        if (present.Count != 1)
        {
            context.Unreadable(path, present.Count == 0
                ? "expected exactly one of " + string.Join(", ", Kinds)
                : $"expected exactly one of {string.Join(", ", Kinds)}; found {string.Join(" and ", present)}");
            return false;
        }

        var failuresBefore = context.Failures.Failures.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var allowed = property.Name == present[0] || (Companions.TryGetValue(property.Name, out var owner) && owner == present[0]);
            if (!seen.Add(property.Name))
            {
                context.Failures.Add(JsonPath.Property(path, property.Name), "duplicate property");
            }
            else if (!allowed)
            {
                context.Failures.Add(JsonPath.Property(path, property.Name), Companions.TryGetValue(property.Name, out var needs)
                    ? $"only allowed with {needs}"
                    : "unknown property");
            }
        }

        var value = element.GetProperty(present[0]);
        var valuePath = JsonPath.Property(path, present[0]);
        answer = present[0] switch
        {
            "answerId" => PositiveId(value, valuePath, context) is { } id ? AnswerValue.SingleChoice(id, OptionalText(element, path, "otherText", context)) : null,
            "answerIds" => MultipleChoice(element, value, path, valuePath, context),
            "text" => Text(value, valuePath, context) is { } text ? AnswerValue.FreeText(text) : null,
            "texts" => IdMap(value, valuePath, context, (JsonElement v, string p, out string t) => TryText(v, p, context, out t)) is { } texts ? AnswerValue.Texts(texts) : null,
            "ranks" => IdMap(value, valuePath, context, (JsonElement v, string p, out int r) => TryRank(v, p, context, out r)) is { } ranks ? AnswerValue.Ranks(ranks) : null,
            "amounts" => IdMap(value, valuePath, context, (JsonElement v, string p, out decimal a) => TryAmount(v, p, context, out a)) is { } amounts ? AnswerValue.ConstantSum(amounts) : null,
            "date" => Date(element, value, path, valuePath, context),
            _ => Matrix(value, valuePath, context),
        };

        return answer is not null && context.Failures.Failures.Count == failuresBefore;
    }

    private static Dictionary<long, T>? IdMap<T>(JsonElement value, string path, DefinitionReadContext context, InboundResponseReader.ValueReader<T> read)
    {
        var map = InboundResponseReader.IdMap(value, path, context, "answer id", read);
        if (map is { Count: 0 })
        {
            context.Failures.Add(path, "at least one entry");
            return null;
        }

        return map;
    }

    private static MultipleChoiceAnswer? MultipleChoice(JsonElement answer, JsonElement value, string path, string valuePath, DefinitionReadContext context)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            context.Unreadable(valuePath, "expected a non-empty array of answer ids");
            return null;
        }

        var ids = new List<long>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (PositiveId(item, JsonPath.Index(valuePath, index++), context) is { } id)
            {
                ids.Add(id);
            }
        }

        if (ids.Distinct().Count() != ids.Count)
        {
            context.Failures.Add(valuePath, "answer ids must be unique");
        }

        var others = answer.TryGetProperty("otherTexts", out var otherTexts)
            ? IdMap(otherTexts, JsonPath.Property(path, "otherTexts"), context, (JsonElement v, string p, out string t) => TryText(v, p, context, out t))
            : [];
        if (others is not null && others.Keys.Except(ids).FirstOrDefault() is var stray and not 0)
        {
            context.Failures.Add(JsonPath.Property(JsonPath.Property(path, "otherTexts"), stray.ToString(CultureInfo.InvariantCulture)), "must be one of the chosen answerIds");
        }

        return ids.Count == value.GetArrayLength() && others is not null ? AnswerValue.MultipleChoice(ids, others) : null;
    }

    private static DateAnswer? Date(JsonElement answer, JsonElement value, string path, string valuePath, DefinitionReadContext context)
    {
        DateOnly? date = value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        if (date is null)
        {
            context.Unreadable(valuePath, "expected a date as yyyy-MM-dd, e.g. 2026-05-01");
        }

        TimeOnly? time = null;
        if (answer.TryGetProperty("time", out var timeValue))
        {
            time = timeValue.ValueKind == JsonValueKind.String
                && TimeOnly.TryParseExact(timeValue.GetString(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedTime) ? parsedTime : null;
            if (time is null)
            {
                context.Unreadable(JsonPath.Property(path, "time"), "expected a time as HH:mm (24-hour), e.g. 18:30");
                return null;
            }
        }

        return date is { } day ? AnswerValue.Date(day, time) : null;
    }

    private static AnswerValue? Matrix(JsonElement value, string path, DefinitionReadContext context)
    {
        var multiple = value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Any(row => row.Value.ValueKind == JsonValueKind.Array);
        if (!multiple)
        {
            var columns = IdMap(value, path, context, (JsonElement v, string p, out long c) => TryPositiveId(v, p, context, out c));
            return columns is null ? null : AnswerValue.MatrixSingleChoice(columns);
        }

        var lists = IdMap(value, path, context, (JsonElement v, string p, out IReadOnlyList<long> c) => TryColumnList(v, p, context, out c));
        return lists is null ? null : AnswerValue.MatrixMultipleChoice(lists);
    }

    private static bool TryColumnList(JsonElement value, string path, DefinitionReadContext context, out IReadOnlyList<long> columns)
    {
        columns = [];
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            context.Unreadable(path, "expected a non-empty array of column ids (every row of a multiple-choice matrix is a list)");
            return false;
        }

        var ids = value.EnumerateArray().Select((item, i) => PositiveId(item, JsonPath.Index(path, i), context)).ToList();
        columns = [.. ids.OfType<long>()];
        return columns.Count == ids.Count;
    }

    private static long? PositiveId(JsonElement value, string path, DefinitionReadContext context) =>
        TryPositiveId(value, path, context, out var id) ? id : null;

    private static bool TryPositiveId(JsonElement value, string path, DefinitionReadContext context, out long id)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out id) && id > 0)
        {
            return true;
        }

        id = 0;
        context.Unreadable(path, "expected a positive integer id");
        return false;
    }

    private static string? Text(JsonElement value, string path, DefinitionReadContext context) =>
        TryText(value, path, context, out var text) ? text : null;

    private static bool TryText(JsonElement value, string path, DefinitionReadContext context, out string text)
    {
        text = value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        if (value.ValueKind == JsonValueKind.String)
        {
            return true;
        }

        context.Unreadable(path, "expected a string");
        return false;
    }

    private static string? OptionalText(JsonElement answer, string path, string name, DefinitionReadContext context) =>
        answer.TryGetProperty(name, out var value) ? Text(value, JsonPath.Property(path, name), context) : null;

    private static bool TryRank(JsonElement value, string path, DefinitionReadContext context, out int rank)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out rank) && rank > 0)
        {
            return true;
        }

        rank = 0;
        context.Unreadable(path, "expected a rank: a positive integer (1 is first)");
        return false;
    }

    private static bool TryAmount(JsonElement value, string path, DefinitionReadContext context, out decimal amount)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out amount) && amount >= 0)
        {
            return true;
        }

        amount = 0;
        context.Unreadable(path, "expected an amount: a number, zero or more");
        return false;
    }
}
