using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>
/// A response to record in a QuestionPro survey: a respondent session is taken, each page is answered from
/// <see cref="Answers"/> (keys built from the page's <c>formParam</c>) until the survey says it is complete.
/// </summary>
public sealed record QuestionProInboundResponse : InboundResponse
{
    /// <summary>Gets the survey id.</summary>
    public required long SurveyId { get; init; }

    /// <summary>Gets the answers by question id, for every page; questions without an answer are left blank.</summary>
    public required IReadOnlyDictionary<long, AnswerValue> Answers { get; init; }
}
