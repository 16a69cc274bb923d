using System.Globalization;
using CampaignOrchestrator.Sandbox.Data;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>The rules of date (D: day/month/year parts) and calendar date (C: yyyy-MM-dd) questions.</summary>
internal static class DateAnswerRules
{
    public static string? CheckDate(QuestionData question, SubmittedAnswers answers)
    {
        var parts = FormParam.DatePartsOf(question).ToDictionary(part => part, part => answers.Text(FormParam.DateKey(part, question.Id)));
        if (parts.Values.All(value => value is null))
        {
            return question.Required ? PageAnswerValidator.Required : null;
        }

        if (parts.Values.Any(value => value is null))
        {
            return question.IncludeTime
                ? "Enter a complete date and time (day, month, year, hour, minute and AM/PM)."
                : "Enter a complete date (day, month and year).";
        }

        var day = Number(parts["day"]);
        var month = Number(parts["month"]);
        var year = Number(parts["year"]);
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return $"'{parts["day"]}/{parts["month"]}/{parts["year"]}' (day/month/year) is not a valid date.";
        }

        if (question.IncludeTime
            && (Number(parts["hr"]) is < 1 or > 12 || Number(parts["min"]) is < 0 or > 59 || parts["ampm"] is not ("AM" or "PM")))
        {
            return "Enter a valid time: hour 1-12, minute 0-59 and AM or PM.";
        }

        return null;
    }

    public static string? CheckCalendarDate(QuestionData question, string? value) => value switch
    {
        null => question.Required ? PageAnswerValidator.Required : null,
        _ when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
            $"'{value}' is not a valid date (expected yyyy-MM-dd).",
        _ => null,
    };

    private static int Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
}
