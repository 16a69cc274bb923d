namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>The id that follows <see cref="FormParam.ParamPrefix"/> in a submit-page key.</summary>
public enum FormParamIdType
{
    /// <summary>A <c>paramIdType</c> this client does not know; see <see cref="FormParam.RawParamIdType"/>.</summary>
    Unknown = 0,

    /// <summary><c>questionId</c>: one key per question.</summary>
    QuestionId,

    /// <summary><c>answerId</c>: one key per answer option.</summary>
    AnswerId,
}
