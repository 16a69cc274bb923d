using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>Free texts by answer id; create with <see cref="AnswerValue.Texts"/>.</summary>
public sealed record TextsAnswer : AnswerValue
{
    [JsonConstructor]
    internal TextsAnswer(IReadOnlyDictionary<long, string> textByAnswerId)
    {
        ArgumentNullException.ThrowIfNull(textByAnswerId);
        TextByAnswerId = new Dictionary<long, string>(textByAnswerId).AsReadOnly();
    }

    /// <summary>Gets the text for each answer id.</summary>
    public IReadOnlyDictionary<long, string> TextByAnswerId { get; }
}
