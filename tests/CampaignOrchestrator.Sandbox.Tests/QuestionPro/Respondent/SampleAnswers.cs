namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.Respondent;

/// <summary>Valid answers for the three pages of sample survey 1001.</summary>
internal static class SampleAnswers
{
    public const string Page1 = """{"u_10001":"50002","m_10002":["60001","60003"]}""";

    public const string Page2 = """{"t_70001":"Faster support","r_61001":"2","r_61002":"3","r_61003":"1","s_80001":"40","s_80002":"35","s_80003":"25"}""";

    public const string Page3 = """{"dt_day_10006":"15","dt_month_10006":"6","dt_year_10006":"2024","dt_cal_10007":"2026-02-01","t_99001":"Thanks"}""";
}
