namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

/// <summary>Response bodies of <c>GET /take</c>. Copied verbatim from seed <c>001_af25f50b7dd5e3fa.txt</c>.</summary>
internal static class TakeResponseSeed
{
    /// <summary>The first page of a new session (single choice question).</summary>
    public const string FirstPage = """
        {
        "response": {
        "status": "success",
        "meta": {
        "isFinalPage": false,
        "progressPercentage": 0
        },
        "navigation": {
        "previousPageUrl": null,
        "nextPageSubmitUrl": "/a/api/v2/surveys/123456/submit-page"
        },
        "themeConfig": {
        "cssUrls": ["https://cdn.questionpro.com/themes/corporate.css"],
        "jsUrls": []
        },
        "questions": [
        {
        "html": "<div class='qstn-row'>...rendered HTML...</div>",
        "json": {
        "id": 10001,
        "type": "U",
        "text": "How satisfied are you with our service?",
        "answers": [
        { "id": 50001, "text": "Very satisfied" },
        { "id": 50002, "text": "Satisfied" },
        { "id": 50003, "text": "Neutral" },
        { "id": 50004, "text": "Dissatisfied" }
        ],
        "formParam": {
        "paramPrefix": "u_",
        "paramIdType": "questionId"
        }
        }
        }
        ]
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>Authentication required.</summary>
    public const string AuthenticationRequired = """
        {
        "response": {
        "status": "authentication_required"
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>Already completed.</summary>
    public const string AlreadyCompleted = """
        {
        "response": {
        "status": "already_completed"
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>Quota full.</summary>
    public const string QuotaFull = """
        {
        "response": {
        "status": "quota_full"
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>Survey complete without redirect.</summary>
    public const string SurveyComplete = """
        {
        "response": {
        "status": "survey_complete"
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>Survey complete with a redirect URL.</summary>
    public const string SurveyCompleteWithRedirect = """
        {
        "response": {
        "status": "survey_complete",
        "redirectUrl": "https://www.questionpro.com/a/TakeSurvey?tt=abc123"
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>Terminated without redirect.</summary>
    public const string Terminated = """
        {
        "response": {
        "status": "terminated"
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>Terminated with a panel redirect URL.</summary>
    public const string TerminatedWithRedirect = """
        {
        "response": {
        "status": "terminated",
        "redirectUrl": "https://panel.example.com/complete?status=disqualified&ref=456"
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>Survey closed.</summary>
    public const string SurveyClosed = """
        {
        "response": {
        "status": "survey_closed"
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>Language selection required.</summary>
    public const string LanguageSelectionRequired = """
        {
        "response": {
        "status": "language_selection_required"
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>Redirect to another survey.</summary>
    public const string Redirect = """
        {
        "response": {
        "status": "redirect",
        "redirectUrl": "https://www.questionpro.com/a/TakeSurvey?tt=xyz789"
        },
        "requestID": "8012fedc-e8ce-48ae-b800-6q5ce287987a"
        }
        """;

    /// <summary>The 401 error envelope, which is not valid JSON (unquoted <c>docs</c>).</summary>
    public const string UnauthorizedEnvelope = """
        {
        "response": {
        "error": {
        "docs": www.questionpro.com/api/error-codes.html
        "name": "UNAUTHORIZED",
        "httpStatusCode": 401,
        "id" : "1010",
        "message": "Incorrect API Key",
        "resourceUrl":"resource_url"
        }
        }
        }
        """;
}
