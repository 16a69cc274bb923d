using System.Globalization;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>Writes one question's keys into a submit-page body, resolving ids from its <see cref="FormParam"/>.</summary>
internal sealed class QuestionKeyWriter(JsonObject body, SurveyQuestion question, FormParam formParam)
{
    public string Prefix => formParam.ParamPrefix;

    public ArgumentException Mismatch(string rule) => new(
        $"Question {question.Id} (paramPrefix '{formParam.ParamPrefix}', paramIdType '{formParam.RawParamIdType}'): {rule}.");

    public ArgumentException WrongKind(AnswerValue answer, string expected) =>
        Mismatch($"this prefix takes {expected}, but a {answer.GetType().Name} was supplied");

    public void Put(string key, JsonNode value)
    {
        if (!body.TryAdd(key, value))
        {
            throw Mismatch($"key '{key}' is already set by another answer on this page");
        }
    }

    public void Put(string key, long value) => Put(key, JsonValue.Create(value.ToString(CultureInfo.InvariantCulture)));

    public void Put(string key, string value) => Put(key, JsonValue.Create(value));

    /// <summary>The single key of an answer keyed by question id.</summary>
    public string QuestionKey() => formParam.ParamIdType == FormParamIdType.QuestionId
        ? Key(question.Id)
        : throw Mismatch("this answer is keyed by the question id, which needs paramIdType questionId");

    /// <summary>The id of a single-valued answer: the question id, or the question's only answer id.</summary>
    public long SingleId() => formParam.ParamIdType switch
    {
        FormParamIdType.QuestionId => question.Id,
        FormParamIdType.AnswerId when question.Answers.Count == 1 => question.Answers[0].Id,
        FormParamIdType.AnswerId => throw Mismatch(
            $"a single value is keyed by the question's only answer id, but the question has {question.Answers.Count} answers; supply a value per answer id"),
        _ => throw Mismatch("the paramIdType is not supported"),
    };

    /// <summary>The answer ids of a per-answer value, checked and put in the question's answer order.</summary>
    public IReadOnlyList<long> AnswerIds(IEnumerable<long> suppliedIds)
    {
        if (formParam.ParamIdType != FormParamIdType.AnswerId)
        {
            throw Mismatch("values per answer id need paramIdType answerId");
        }

        var ids = suppliedIds.ToHashSet();
        if (ids.Count == 0)
        {
            throw Mismatch("no answer ids were supplied; leave the question out to skip it");
        }

        foreach (var id in ids)
        {
            RequireAnswerId(id);
        }

        return question.Answers.Count == 0
            ? [.. ids.Order()]
            : [.. question.Answers.Select(answer => answer.Id).Distinct().Where(ids.Contains)];
    }

    /// <summary>Checks that an id is one of the question's answers; a question that lists none is left to the server.</summary>
    public void RequireAnswerId(long answerId)
    {
        if (question.Answers.Count > 0 && !question.Answers.Any(answer => answer.Id == answerId))
        {
            var known = string.Join(", ", question.Answers.Select(answer => answer.Id.ToString(CultureInfo.InvariantCulture)));
            throw Mismatch($"answer id {answerId.ToString(CultureInfo.InvariantCulture)} is not one of the question's answer ids ({known})");
        }
    }

    public string Key(long id) => formParam.ParamPrefix + id.ToString(CultureInfo.InvariantCulture);
}
