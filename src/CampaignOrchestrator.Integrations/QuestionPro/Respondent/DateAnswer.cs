using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>A date with an optional time of day; create with <see cref="AnswerValue.Date"/>.</summary>
public sealed record DateAnswer : AnswerValue
{
    [JsonConstructor]
    internal DateAnswer(DateOnly calendarDate, TimeOnly? timeOfDay)
    {
        CalendarDate = calendarDate;
        TimeOfDay = timeOfDay;
    }

    /// <summary>Gets the date.</summary>
    public DateOnly CalendarDate { get; }

    /// <summary>Gets the time of day, or null for a date only; seconds are not sent.</summary>
    public TimeOnly? TimeOfDay { get; }
}
