using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

public sealed class AnswerKeyBuilderDateTests
{
    private static readonly DateOnly June15 = new(2024, 6, 15);

    [Fact]
    public void Build_DateSeed_WritesDayMonthYear() => JsonAssert.Equal(
        SubmitPageRequestSeed.Date,
        AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(90001, "dt_"), AnswerValue.Date(June15)));

    [Fact]
    public void Build_DateTimeSeed_AddsTwelveHourTime() => JsonAssert.Equal(
        SubmitPageRequestSeed.DateTime,
        AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(90001, "dt_"), AnswerValue.Date(June15, new TimeOnly(10, 30))));

    [Theory]
    [InlineData(0, 0, "12", "00", "AM")]
    [InlineData(0, 5, "12", "05", "AM")]
    [InlineData(11, 59, "11", "59", "AM")]
    [InlineData(12, 0, "12", "00", "PM")]
    [InlineData(15, 5, "3", "05", "PM")]
    [InlineData(23, 9, "11", "09", "PM")]
    public void Build_DateWithTime_ConvertsToTwelveHourClock(int hour, int minute, string hr, string min, string ampm) => JsonAssert.Equal(
        $$"""
        {"dt_day_1": "5", "dt_month_1": "1", "dt_year_1": "2025", "dt_hr_1": "{{hr}}", "dt_min_1": "{{min}}", "dt_ampm_1": "{{ampm}}"}
        """,
        AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(1, "dt_"), AnswerValue.Date(new DateOnly(2025, 1, 5), new TimeOnly(hour, minute, 42))));

    [Fact]
    public void Build_CalendarSeed_WritesIsoDate() => JsonAssert.Equal(
        SubmitPageRequestSeed.CalendarDate,
        AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(90002, "dt_cal_"), AnswerValue.Date(June15)));

    [Fact]
    public void Build_CalendarDateEarlyYear_PadsEveryPart() => JsonAssert.Equal(
        """{"dt_cal_7": "0987-01-02"}""",
        AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(7, "dt_cal_"), AnswerValue.Date(new DateOnly(987, 1, 2))));

    [Fact]
    public void Build_DateKeyedByOnlyAnswerId_UsesAnswerId() => JsonAssert.Equal(
        """{"dt_day_91001": "15", "dt_month_91001": "6", "dt_year_91001": "2024"}""",
        AnswerKeyBuilder.Build(SurveyQuestions.ByAnswerId(90001, "dt_", 91001), AnswerValue.Date(June15)));

    [Theory]
    [InlineData("dt_day_", "15")]
    [InlineData("dt_month_", "6")]
    [InlineData("dt_year_", "2024")]
    [InlineData("dt_hr_", "4")]
    [InlineData("dt_min_", "07")]
    [InlineData("dt_ampm_", "PM")]
    public void Build_SingleDatePartPrefix_WritesThatPartOnly(string prefix, string expected) => JsonAssert.Equal(
        $$"""{"{{prefix}}90001": "{{expected}}"}""",
        AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(90001, prefix), AnswerValue.Date(June15, new TimeOnly(16, 7))));

    [Theory]
    [InlineData("dt_hr_")]
    [InlineData("dt_min_")]
    [InlineData("dt_ampm_")]
    public void Build_TimePartPrefixWithoutTime_ThrowsNamingQuestion(string prefix)
    {
        var exception = Assert.Throws<ArgumentException>(
            () => AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(90001, prefix), AnswerValue.Date(June15)));

        Assert.Equal(
            $"Question 90001 (paramPrefix '{prefix}', paramIdType 'questionId'): this prefix takes the time of day, but the date has no time.",
            exception.Message);
    }

    [Fact]
    public void Build_CalendarPrefixWithTime_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => AnswerKeyBuilder.Build(SurveyQuestions.ByQuestionId(90002, "dt_cal_"), AnswerValue.Date(June15, new TimeOnly(9, 0))));

        Assert.Equal(
            "Question 90002 (paramPrefix 'dt_cal_', paramIdType 'questionId'): a calendar date key carries no time of day, but a time was supplied.",
            exception.Message);
    }
}
