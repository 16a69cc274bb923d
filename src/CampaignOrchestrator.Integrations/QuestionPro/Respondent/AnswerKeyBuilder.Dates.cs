using System.Globalization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <content>The date family: <c>dt_</c> (all parts), <c>dt_cal_</c>, and single parts such as <c>dt_day_</c>.</content>
public static partial class AnswerKeyBuilder
{
    private static void AddDate(QuestionKeyWriter writer, ParamPrefixKind kind, AnswerValue answer)
    {
        var date = answer as DateAnswer ?? throw writer.WrongKind(answer, "a date (Date)");
        var id = writer.SingleId().ToString(CultureInfo.InvariantCulture);
        if (kind is ParamPrefixKind.DateHour or ParamPrefixKind.DateMinute or ParamPrefixKind.DateAmPm && date.TimeOfDay is null)
        {
            throw writer.Mismatch("this prefix takes the time of day, but the date has no time");
        }

        switch (kind)
        {
            case ParamPrefixKind.DateParts:
                // "dt_" stands for the whole family, so the part names go between the prefix and the id.
                writer.Put($"{writer.Prefix}day_{id}", Day(date));
                writer.Put($"{writer.Prefix}month_{id}", Month(date));
                writer.Put($"{writer.Prefix}year_{id}", Year(date));
                if (date.TimeOfDay is { } time)
                {
                    writer.Put($"{writer.Prefix}hr_{id}", Hour(time));
                    writer.Put($"{writer.Prefix}min_{id}", Minute(time));
                    writer.Put($"{writer.Prefix}ampm_{id}", AmPm(time));
                }

                break;
            case ParamPrefixKind.DateCalendar when date.TimeOfDay is not null:
                throw writer.Mismatch("a calendar date key carries no time of day, but a time was supplied");
            case ParamPrefixKind.DateCalendar:
                writer.Put(writer.Prefix + id, date.CalendarDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            default:
                writer.Put(writer.Prefix + id, kind switch
                {
                    ParamPrefixKind.DateDay => Day(date),
                    ParamPrefixKind.DateMonth => Month(date),
                    ParamPrefixKind.DateYear => Year(date),
                    ParamPrefixKind.DateHour => Hour(date.TimeOfDay!.Value),
                    ParamPrefixKind.DateMinute => Minute(date.TimeOfDay!.Value),
                    _ => AmPm(date.TimeOfDay!.Value),
                });
                break;
        }
    }

    private static string Day(DateAnswer date) => date.CalendarDate.Day.ToString(CultureInfo.InvariantCulture);

    private static string Month(DateAnswer date) => date.CalendarDate.Month.ToString(CultureInfo.InvariantCulture);

    private static string Year(DateAnswer date) => date.CalendarDate.Year.ToString(CultureInfo.InvariantCulture);

    private static string Hour(TimeOnly time) => (time.Hour % 12 == 0 ? 12 : time.Hour % 12).ToString(CultureInfo.InvariantCulture);

    private static string Minute(TimeOnly time) => time.Minute.ToString("00", CultureInfo.InvariantCulture);

    private static string AmPm(TimeOnly time) => time.Hour < 12 ? "AM" : "PM";
}
