using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>One free text; create with <see cref="AnswerValue.FreeText"/>.</summary>
public sealed record FreeTextAnswer : AnswerValue
{
    [JsonConstructor]
    internal FreeTextAnswer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Gets the text.</summary>
    public string Text { get; }
}
