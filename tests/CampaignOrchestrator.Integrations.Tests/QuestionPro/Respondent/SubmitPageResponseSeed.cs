namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

/// <summary>Response bodies of <c>POST /submit-page</c>. Copied verbatim from seed <c>000_2a09095001ef341c.txt</c>.</summary>
internal static class SubmitPageResponseSeed
{
    /// <summary>The next page after a successful submit (multiple choice question).</summary>
    public const string NextPage = """
        {
        "response": {
        "status": "success",
        "meta": {
        "isFinalPage": false,
        "progressPercentage": 50
        },
        "navigation": {
        "previousPageUrl": "/a/api/v2/surveys/123456/previous-page",
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
        "id": 10002,
        "type": "M",
        "text": "Which features do you use?",
        "answers": [
        { "id": 60001, "text": "Dashboard" },
        { "id": 60002, "text": "Reports" },
        { "id": 60003, "text": "Integrations" }
        ],
        "formParam": {
        "paramPrefix": "m_",
        "paramIdType": "questionId"
        }
        }
        }
        ]
        },
        "requestID": "9023abcd-f9df-59bf-c900-7r6df398098b"
        }
        """;

    /// <summary>The page returned again with a validation error.</summary>
    public const string ValidationErrors = """
        {
        "response": {
        "status": "validation_errors",
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
        "text": "How satisfied are you?",
        "answers": [],
        "formParam": {
        "paramPrefix": "u_",
        "paramIdType": "questionId"
        }
        }
        }
        ],
        "validationErrors": [
        {
        "questionId": 10001,
        "message": "This question is required.",
        "answerErrors": null
        }
        ]
        },
        "requestID": "9023abcd-f9df-59bf-c900-7r6df398098b"
        }
        """;

    /// <summary>The last page of the survey (text question whose answer has no text).</summary>
    public const string FinalPage = """
        {
        "response": {
        "status": "success",
        "meta": {
        "isFinalPage": true,
        "progressPercentage": 90
        },
        "navigation": {
        "previousPageUrl": "/a/api/v2/surveys/123456/previous-page",
        "nextPageSubmitUrl": "/a/api/v2/surveys/123456/submit-page"
        },
        "themeConfig": {
        "cssUrls": [],
        "jsUrls": []
        },
        "questions": [
        {
        "html": "<div class='qstn-row'>...last page question HTML...</div>",
        "json": {
        "id": 10099,
        "type": "T",
        "text": "Any final comments?",
        "answers": [{ "id": 99001 }],
        "formParam": {
        "paramPrefix": "t_",
        "paramIdType": "answerId"
        }
        }
        }
        ]
        },
        "requestID": "9023abcd-f9df-59bf-c900-7r6df398098b"
        }
        """;

    /// <summary>Survey complete without redirect.</summary>
    public const string SurveyComplete = """
        {
        "response": {
        "status": "survey_complete"
        },
        "requestID": "9023abcd-f9df-59bf-c900-7r6df398098b"
        }
        """;

    /// <summary>Survey complete with a redirect URL.</summary>
    public const string SurveyCompleteWithRedirect = """
        {
        "response": {
        "status": "survey_complete",
        "redirectUrl": "https://www.questionpro.com/a/TakeSurvey?tt=abc123"
        },
        "requestID": "9023abcd-f9df-59bf-c900-7r6df398098b"
        }
        """;

    /// <summary>Terminated without redirect.</summary>
    public const string Terminated = """
        {
        "response": {
        "status": "terminated"
        },
        "requestID": "9023abcd-f9df-59bf-c900-7r6df398098b"
        }
        """;

    /// <summary>Terminated with a panel redirect URL.</summary>
    public const string TerminatedWithRedirect = """
        {
        "response": {
        "status": "terminated",
        "redirectUrl": "https://panel.example.com/complete?status=disqualified&ref=456"
        },
        "requestID": "9023abcd-f9df-59bf-c900-7r6df398098b"
        }
        """;

    /// <summary>The 400 error envelope, which is not valid JSON (unquoted <c>docs</c>).</summary>
    public const string BadRequestEnvelope = """
        {
        "response": {
        "error": {
        "docs": www.questionpro.com/api/error-codes.html
        "name": "BAD_REQUEST",
        "httpStatusCode": 400,
        "id" : "1000",
        "message": "Invalid URL parameters",
        "resourceUrl":"resource_url"
        }
        }
        }
        """;

    /// <summary>The respondent API session-expired error.</summary>
    public const string SessionExpired = """
        {
        "error": {
        "code": 1002,
        "message": "Session expired. Please load the survey page before submitting."
        },
        "requestID": "9023abcd-f9df-59bf-c900-7r6df398098b"
        }
        """;
}
