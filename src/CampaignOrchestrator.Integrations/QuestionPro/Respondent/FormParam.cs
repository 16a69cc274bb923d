namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>The <c>formParam</c> metadata of a question: submit-page keys are <see cref="ParamPrefix"/> followed by an id.</summary>
/// <param name="ParamPrefix">The key prefix, for example <c>u_</c> or <c>dt_cal_</c>.</param>
/// <param name="ParamIdType">Which id follows the prefix.</param>
/// <param name="RawParamIdType">The <c>paramIdType</c> text exactly as sent; empty when absent.</param>
public sealed record FormParam(string ParamPrefix, FormParamIdType ParamIdType, string RawParamIdType);
