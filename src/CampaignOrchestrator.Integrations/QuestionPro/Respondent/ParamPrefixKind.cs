namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>What a <c>paramPrefix</c> asks for, which decides how an answer is encoded.</summary>
internal enum ParamPrefixKind
{
    /// <summary>A prefix this client does not know: scalar answers are sent as text.</summary>
    Other = 0,
    SingleChoice,
    MultipleChoice,
    Text,
    Rank,
    ConstantSum,
    DateParts,
    DateCalendar,
    DateDay,
    DateMonth,
    DateYear,
    DateHour,
    DateMinute,
    DateAmPm,
}
