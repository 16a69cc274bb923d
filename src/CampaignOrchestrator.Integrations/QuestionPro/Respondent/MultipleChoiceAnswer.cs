using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>Several chosen answer ids, optionally with "other" free texts; create with <see cref="AnswerValue.MultipleChoice(IEnumerable{long})"/>.</summary>
public sealed record MultipleChoiceAnswer : AnswerValue
{
    [JsonConstructor]
    internal MultipleChoiceAnswer(IReadOnlyList<long> answerIds, IReadOnlyDictionary<long, string>? otherTexts)
    {
        ArgumentNullException.ThrowIfNull(answerIds);
        AnswerIds = answerIds.ToArray().AsReadOnly();
        OtherTexts = new Dictionary<long, string>(otherTexts ?? new Dictionary<long, string>()).AsReadOnly();
    }

    /// <summary>Gets the chosen answer ids, in the order given.</summary>
    public IReadOnlyList<long> AnswerIds { get; }

    /// <summary>Gets free texts by chosen answer id; empty when there are none.</summary>
    public IReadOnlyDictionary<long, string> OtherTexts { get; }
}
