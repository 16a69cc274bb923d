using System.Collections.Frozen;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>The <c>paramPrefix</c> values the submit-page documentation describes.</summary>
internal static class ParamPrefixes
{
    /// <summary>The prefix of free-text keys, also used for the text of an "other" choice.</summary>
    public const string Text = "t_";

    private static readonly FrozenDictionary<string, ParamPrefixKind> KindByPrefix = new Dictionary<string, ParamPrefixKind>
    {
        ["u_"] = ParamPrefixKind.SingleChoice,
        ["m_"] = ParamPrefixKind.MultipleChoice,
        [Text] = ParamPrefixKind.Text,
        ["r_"] = ParamPrefixKind.Rank,
        ["s_"] = ParamPrefixKind.ConstantSum,
        ["dt_"] = ParamPrefixKind.DateParts,
        ["dt_cal_"] = ParamPrefixKind.DateCalendar,
        ["dt_day_"] = ParamPrefixKind.DateDay,
        ["dt_month_"] = ParamPrefixKind.DateMonth,
        ["dt_year_"] = ParamPrefixKind.DateYear,
        ["dt_hr_"] = ParamPrefixKind.DateHour,
        ["dt_min_"] = ParamPrefixKind.DateMinute,
        ["dt_ampm_"] = ParamPrefixKind.DateAmPm,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Classifies a prefix exactly as sent (case-insensitive); unknown prefixes are <see cref="ParamPrefixKind.Other"/>.</summary>
    public static ParamPrefixKind Classify(string prefix) => KindByPrefix.GetValueOrDefault(prefix, ParamPrefixKind.Other);
}
