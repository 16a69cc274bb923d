using CampaignOrchestrator.Campaigns.Definitions.Rules;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

public sealed class CronExpressionCheckTests
{
    [Theory]
    [InlineData("* * * * *")]
    [InlineData("0 9 * * MON")]
    [InlineData("0 9 * * 1-5")]
    [InlineData("*/15 8-18 * * mon-fri")]
    [InlineData("0 0 1 JAN,APR,JUL,OCT ?")]
    [InlineData("30 6 1,15 * *")]
    [InlineData("0 12 * * 7")]
    [InlineData("0 0/6 * * *")]
    [InlineData("0  9 * *  SUN")]
    public void Check_ValidExpression_ReturnsNull(string expression)
    {
        Assert.Null(CronExpressionCheck.Check(expression));
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("* * * * * *", "expected 5 fields (minute hour day-of-month month day-of-week), found 6")]
    [InlineData("60 * * * *", "field 1 (minute): 60 is out of range 0-59")]
    [InlineData("0 24 * * *", "field 2 (hour): 24 is out of range 0-23")]
    [InlineData("0 0 0 * *", "field 3 (day-of-month): 0 is out of range 1-31")]
    [InlineData("0 0 * 13 *", "field 4 (month): 13 is out of range 1-12")]
    [InlineData("0 0 * * 8", "field 5 (day-of-week): 8 is out of range 0-7")]
    [InlineData("0 0 * FOO *", "field 4 (month): \"FOO\" is not a value of this field")]
    [InlineData("0 0 * * MON-JAN", "field 5 (day-of-week): \"JAN\" is not a value of this field")]
    [InlineData("*/0 * * * *", "field 1 (minute): step \"0\" must be a positive integer")]
    [InlineData("0 18-9 * * *", "field 2 (hour): range \"18-9\" runs backwards")]
    [InlineData("? * * * *", "field 1 (minute): \"?\" is not a value of this field")]
    [InlineData("0 9 L * *", "field 3 (day-of-month): \"L\" is not a value of this field")]
    public void Check_InvalidExpression_NamesTheProblem(string expression, string problem)
    {
        Assert.Equal(problem, CronExpressionCheck.Check(expression));
    }
}
