namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

/// <summary>Request bodies of <c>POST /submit-page</c>. Copied verbatim from seed <c>000_2a09095001ef341c.txt</c>.</summary>
internal static class SubmitPageRequestSeed
{
    /// <summary>UniChoice: <c>u_{questionId}</c> = answer id.</summary>
    public const string SingleChoice = """
        {
        "u_10001": "50002"
        }
        """;

    /// <summary>MultiChoice: <c>m_{questionId}</c> = answer ids.</summary>
    public const string MultipleChoice = """
        {
        "m_10002": ["60001", "60003"]
        }
        """;

    /// <summary>Text: <c>t_{answerId}</c> = free text.</summary>
    public const string Text = """
        {
        "t_70001": "This is my open-ended response"
        }
        """;

    /// <summary>"Other — please specify": the choice plus <c>t_{answerId}</c>.</summary>
    public const string SingleChoiceWithOtherText = """
        {
        "u_10001": "50099",
        "t_50099": "Other — please specify: My custom answer"
        }
        """;

    /// <summary>Ranking: <c>r_{answerId}</c> = rank.</summary>
    public const string Ranks = """
        {
        "r_60001": "1",
        "r_60002": "3",
        "r_60003": "2"
        }
        """;

    /// <summary>Constant sum: <c>s_{answerId}</c> = amount.</summary>
    public const string ConstantSum = """
        {
        "s_80001": "40",
        "s_80002": "35",
        "s_80003": "25"
        }
        """;

    /// <summary>Date parts without time.</summary>
    public const string Date = """
        {
        "dt_day_90001": "15",
        "dt_month_90001": "6",
        "dt_year_90001": "2024"
        }
        """;

    /// <summary>Date parts with a 12-hour time.</summary>
    public const string DateTime = """
        {
        "dt_day_90001": "15",
        "dt_month_90001": "6",
        "dt_year_90001": "2024",
        "dt_hr_90001": "10",
        "dt_min_90001": "30",
        "dt_ampm_90001": "AM"
        }
        """;

    /// <summary>Calendar date: <c>dt_cal_{id}</c> = yyyy-MM-dd.</summary>
    public const string CalendarDate = """
        {
        "dt_cal_90002": "2024-06-15"
        }
        """;

    /// <summary>Single choice per row: three <c>u_</c> keys.</summary>
    public const string SingleChoiceRows = """
        {
        "u_10010": "20001",
        "u_10011": "20003",
        "u_10012": "20002"
        }
        """;

    /// <summary>Multiple choice per row: two <c>m_</c> keys.</summary>
    public const string MultipleChoiceRows = """
        {
        "m_10010": ["20001", "20002"],
        "m_10011": ["20003"]
        }
        """;

    /// <summary>The combined example at the end of the request section.</summary>
    public const string Combined = """
        {
        "u_10001": "50002",
        "m_10002": ["60001", "60003"],
        "t_70001": "Additional comments here",
        "t_80001": "My name",
        "t_80002": "[email protected]",
        "r_60001": "1",
        "r_60002": "2",
        "s_80010": "50",
        "s_80011": "30",
        "s_80012": "20",
        "dt_day_90001": "15",
        "dt_month_90001": "6",
        "dt_year_90001": "2024"
        }
        """;
}
