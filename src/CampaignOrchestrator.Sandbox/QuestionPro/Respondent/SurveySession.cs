using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>A respondent's pass through a survey. Guarded by <see cref="RespondentService"/>.</summary>
internal sealed class SurveySession(Guid id, long surveyId)
{
    public Guid Id { get; } = id;

    public long SurveyId { get; } = surveyId;

    public int PageIndex { get; set; }

    /// <summary>The sequence number of the latest token issued; only that token is accepted.</summary>
    public int Sequence { get; set; }

    public DateTimeOffset LastActivity { get; set; }

    public SessionState State { get; set; }

    public Dictionary<string, JsonElement> Answers { get; } = new(StringComparer.Ordinal);
}

/// <summary>Whether a session can still answer pages.</summary>
internal enum SessionState
{
    Active,
    Completed,
    Terminated,
}

/// <summary>What a respondent call answers, and the token to send with it (none for errors).</summary>
internal sealed record RespondentOutcome(Microsoft.AspNetCore.Http.IResult Result, string? Token = null);
