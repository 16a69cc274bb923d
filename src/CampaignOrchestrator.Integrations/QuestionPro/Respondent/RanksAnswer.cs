using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>Ranks by answer id; create with <see cref="AnswerValue.Ranks"/>.</summary>
public sealed record RanksAnswer : AnswerValue
{
    [JsonConstructor]
    internal RanksAnswer(IReadOnlyDictionary<long, int> rankByAnswerId)
    {
        ArgumentNullException.ThrowIfNull(rankByAnswerId);
        RankByAnswerId = new Dictionary<long, int>(rankByAnswerId).AsReadOnly();
    }

    /// <summary>Gets the rank of each ranked answer id, 1 being the first.</summary>
    public IReadOnlyDictionary<long, int> RankByAnswerId { get; }
}
