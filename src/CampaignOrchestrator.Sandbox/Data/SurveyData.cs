namespace CampaignOrchestrator.Sandbox.Data;

/// <summary>A survey: its availability and its pages of questions.</summary>
internal sealed record SurveyData
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary><c>open</c>, <c>closed</c>, <c>paused</c> or <c>suspended</c>.</summary>
    public string Status { get; init; } = SurveyStatuses.Open;

    /// <summary>The most completes the survey accepts; <see langword="null"/> for no quota.</summary>
    public int? Quota { get; init; }

    /// <summary>Completes recorded before the sandbox started (counts towards <see cref="Quota"/>).</summary>
    public int Completes { get; init; }

    public string? CompletionRedirectUrl { get; init; }

    public string? TerminationRedirectUrl { get; init; }

    public ThemeData Theme { get; init; } = new();

    public IReadOnlyList<PageData> Pages { get; init; } = [];
}

/// <summary>The values of <see cref="SurveyData.Status"/>.</summary>
internal static class SurveyStatuses
{
    public const string Open = "open";
    public const string Closed = "closed";
    public const string Paused = "paused";
    public const string Suspended = "suspended";

    public static readonly IReadOnlyList<string> All = [Open, Closed, Paused, Suspended];
}

/// <summary>The survey theme's stylesheets and scripts.</summary>
internal sealed record ThemeData
{
    public IReadOnlyList<string> CssUrls { get; init; } = [];

    public IReadOnlyList<string> JsUrls { get; init; } = [];
}

/// <summary>One page of a survey.</summary>
internal sealed record PageData
{
    public IReadOnlyList<QuestionData> Questions { get; init; } = [];
}

/// <summary>A question; <see cref="Type"/> is the QuestionPro type letter (U, M, T, R, S, D, C).</summary>
internal sealed record QuestionData
{
    public long Id { get; init; }

    public string Type { get; init; } = "";

    public string Text { get; init; } = "";

    public bool Required { get; init; }

    public IReadOnlyList<AnswerData> Answers { get; init; } = [];

    /// <summary>The sum a constant-sum (S) question's values must reach.</summary>
    public decimal? Total { get; init; }

    /// <summary>Whether a date (D) question also asks for hour, minute and AM/PM.</summary>
    public bool IncludeTime { get; init; }
}

/// <summary>An answer option of a question.</summary>
internal sealed record AnswerData
{
    public long Id { get; init; }

    public string? Text { get; init; }

    /// <summary>Choosing this answer ends the survey with status <c>terminated</c>.</summary>
    public bool Terminates { get; init; }

    /// <summary>An "other" answer that may come with free text in <c>t_{answerId}</c>.</summary>
    public bool IsOther { get; init; }
}
