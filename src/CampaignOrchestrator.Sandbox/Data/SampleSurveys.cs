namespace CampaignOrchestrator.Sandbox.Data;

/// <summary>The surveys of the sample account.</summary>
internal static class SampleSurveys
{
    /// <summary>Survey 1001: three pages using every supported question type.</summary>
    public static SurveyData CustomerSatisfaction() => new()
    {
        Id = SampleAccount.SurveyId,
        Name = "Customer satisfaction",
        TerminationRedirectUrl = "https://panel.example.com/complete?status=disqualified&survey=1001",
        Theme = new ThemeData { CssUrls = ["https://cdn.questionpro.com/themes/corporate.css"] },
        Pages =
        [
            new PageData
            {
                Questions =
                [
                    new QuestionData
                    {
                        Id = 10001, Type = "U", Text = "How satisfied are you with our service?", Required = true,
                        Answers =
                        [
                            Answer(50001, "Very satisfied"), Answer(50002, "Satisfied"), Answer(50003, "Neutral"), Answer(50004, "Dissatisfied"),
                            Answer(50005, "I have never used the service") with { Terminates = true },
                        ],
                    },
                    new QuestionData
                    {
                        Id = 10002, Type = "M", Text = "Which features do you use?",
                        Answers = [Answer(60001, "Dashboard"), Answer(60002, "Reports"), Answer(60003, "Integrations")],
                    },
                ],
            },
            new PageData
            {
                Questions =
                [
                    new QuestionData { Id = 10003, Type = "T", Text = "What should we improve?", Answers = [Answer(70001, null)] },
                    new QuestionData
                    {
                        Id = 10004, Type = "R", Text = "Rank these channels by preference.",
                        Answers = [Answer(61001, "Email"), Answer(61002, "Phone"), Answer(61003, "Chat")],
                    },
                    new QuestionData
                    {
                        Id = 10005, Type = "S", Text = "Split 100 points across what matters most.", Required = true, Total = 100,
                        Answers = [Answer(80001, "Price"), Answer(80002, "Quality"), Answer(80003, "Support")],
                    },
                ],
            },
            new PageData
            {
                Questions =
                [
                    new QuestionData { Id = 10006, Type = "D", Text = "When did you first use the service?" },
                    new QuestionData { Id = 10007, Type = "C", Text = "When would you like a follow-up call?" },
                    new QuestionData { Id = 10008, Type = "T", Text = "Any final comments?", Answers = [Answer(99001, null)] },
                ],
            },
        ],
    };

    /// <summary>A one-page survey with a single required choice question.</summary>
    public static SurveyData OneQuestion(long id, string name) => new()
    {
        Id = id,
        Name = name,
        Pages =
        [
            new PageData
            {
                Questions =
                [
                    new QuestionData
                    {
                        Id = (id * 10) + 1, Type = "U", Text = "Would you recommend us?", Required = true,
                        Answers = [Answer((id * 100) + 1, "Yes"), Answer((id * 100) + 2, "No")],
                    },
                ],
            },
        ],
    };

    private static AnswerData Answer(long id, string? text) => new() { Id = id, Text = text };
}
