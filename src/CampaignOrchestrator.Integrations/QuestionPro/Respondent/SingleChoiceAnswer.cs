using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>One chosen answer id, optionally with "other" free text; create with <see cref="AnswerValue.SingleChoice"/>.</summary>
public sealed record SingleChoiceAnswer : AnswerValue
{
    [JsonConstructor]
    internal SingleChoiceAnswer(long answerId, string? otherText)
    {
        AnswerId = answerId;
        OtherText = otherText;
    }

    /// <summary>Gets the chosen answer id.</summary>
    public long AnswerId { get; }

    /// <summary>Gets the free text typed next to the chosen answer, or null.</summary>
    public string? OtherText { get; }
}
