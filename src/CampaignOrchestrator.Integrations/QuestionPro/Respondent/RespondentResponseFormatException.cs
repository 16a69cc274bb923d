namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>Thrown when a respondent API body is not a respondent page.</summary>
public sealed class RespondentResponseFormatException : FormatException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public RespondentResponseFormatException()
        : this("The body is not a respondent page.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What was wrong.</param>
    public RespondentResponseFormatException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Initializes a new instance with a message and the underlying error.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The underlying error, such as a JSON syntax error.</param>
    public RespondentResponseFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
        JsonPath = "$";
        Excerpt = string.Empty;
    }

    /// <summary>Initializes a new instance describing where the body went wrong.</summary>
    /// <param name="problem">What was wrong.</param>
    /// <param name="jsonPath">Where in the body it went wrong, for example <c>$.response.questions[0].json</c>.</param>
    /// <param name="excerpt">The start of the body.</param>
    /// <param name="isErrorEnvelope">Whether the body is a vendor error envelope rather than a page.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public RespondentResponseFormatException(
        string problem,
        string jsonPath,
        string excerpt,
        bool isErrorEnvelope = false,
        Exception? innerException = null)
        : base($"{problem} (at {jsonPath}). Body starts with: {excerpt}", innerException)
    {
        JsonPath = jsonPath;
        Excerpt = excerpt;
        IsErrorEnvelope = isErrorEnvelope;
    }

    /// <summary>Gets where in the body the problem was found.</summary>
    public string JsonPath { get; }

    /// <summary>Gets the start of the body, for logs.</summary>
    public string Excerpt { get; }

    /// <summary>Gets a value indicating whether the body is a vendor error envelope (<c>error</c> object) rather than a page.</summary>
    public bool IsErrorEnvelope { get; }
}
