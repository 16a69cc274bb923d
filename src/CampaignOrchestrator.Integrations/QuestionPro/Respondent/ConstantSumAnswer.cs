using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>Constant-sum amounts by answer id; create with <see cref="AnswerValue.ConstantSum"/>.</summary>
public sealed record ConstantSumAnswer : AnswerValue
{
    [JsonConstructor]
    internal ConstantSumAnswer(IReadOnlyDictionary<long, decimal> amountByAnswerId)
    {
        ArgumentNullException.ThrowIfNull(amountByAnswerId);
        AmountByAnswerId = new Dictionary<long, decimal>(amountByAnswerId).AsReadOnly();
    }

    /// <summary>Gets the amount given to each answer id.</summary>
    public IReadOnlyDictionary<long, decimal> AmountByAnswerId { get; }
}
