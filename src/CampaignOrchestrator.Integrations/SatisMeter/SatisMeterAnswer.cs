namespace CampaignOrchestrator.Integrations.SatisMeter;

/// <summary>One answer: a question id and an integer (rating questions) or a string (text and choice questions).</summary>
public sealed record SatisMeterAnswer
{
    private SatisMeterAnswer(string id, long? rating, string? text)
    {
        Id = id;
        Rating = rating;
        Text = text;
    }

    /// <summary>Gets the question id.</summary>
    public string Id { get; }

    /// <summary>Gets the integer value of a rating answer.</summary>
    public long? Rating { get; }

    /// <summary>Gets the string value of a text or choice answer.</summary>
    public string? Text { get; }

    /// <summary>Creates a rating answer.</summary>
    /// <param name="questionId">The question id.</param>
    /// <param name="value">The rating.</param>
    /// <returns>The answer.</returns>
    public static SatisMeterAnswer FromRating(string questionId, long value) => new(questionId, value, null);

    /// <summary>Creates a text or choice answer.</summary>
    /// <param name="questionId">The question id.</param>
    /// <param name="value">The text.</param>
    /// <returns>The answer.</returns>
    public static SatisMeterAnswer FromText(string questionId, string value) => new(questionId, null, value);
}
