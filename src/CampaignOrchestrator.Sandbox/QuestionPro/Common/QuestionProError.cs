
namespace CampaignOrchestrator.Sandbox.QuestionPro.Common;

/// <summary>A QuestionPro error: HTTP status, error name, error id and message, as in the vendor's error envelope.</summary>
internal sealed record QuestionProError(int StatusCode, string Name, string Id, string Message)
{
    private const string NotFoundMessage = "The resource that you're trying to access doesn't exist";

    public static QuestionProError InvalidUrlParameters(string detail) =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", "1000", $"Invalid URL parameters: {detail}");

    /// <summary>A 400 with id 1000 for a request that is well-formed but not allowed now.</summary>
    public static QuestionProError BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", "1000", message);

    public static QuestionProError InvalidSurveyToken() =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", "1000", "Invalid x-survey-token");

    public static QuestionProError BodyNotJson() =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", "1001", "The request body is not proper JSON");

    /// <summary>An invalid body; <paramref name="problem"/> names the field and the rule it breaks.</summary>
    public static QuestionProError InvalidSchema(string problem) =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", "1002", problem);

    public static QuestionProError IncorrectApiKey() =>
        new(StatusCodes.Status401Unauthorized, "UNAUTHORIZED", "1010", "Incorrect API Key");

    public static QuestionProError Forbidden() =>
        new(StatusCodes.Status403Forbidden, "FORBIDDEN", "1013", "The user does not have permission to access the resource");

    public static QuestionProError NotFound(string? what = null) =>
        new(StatusCodes.Status404NotFound, "NOT_FOUND", "1040", what is null ? NotFoundMessage : $"{NotFoundMessage}: {what}");

    public static QuestionProError ServerError() =>
        new(StatusCodes.Status500InternalServerError, "INTERNAL_SERVER_ERROR", "1026", "We are not able to process your request");

    // The vendor uses id 1013 for 429 as well as for 403: clients branch on the HTTP status.
    public static QuestionProError TooManyRequests(string message) =>
        new(StatusCodes.Status429TooManyRequests, "TOO_MANY_REQUESTS", "1013", message);

    public IResult ToResult() => new QuestionProErrorResult(this);
}
