using System.Text.Json;
using CampaignOrchestrator.Sandbox.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Common;

/// <summary>Writes the QuestionPro error envelope (as valid JSON) with the request path as <c>resourceUrl</c>.</summary>
internal sealed class QuestionProErrorResult(QuestionProError error) : IResult
{
    public const string DocsUrl = "www.questionpro.com/api/error-codes.html";

    public QuestionProError Error { get; } = error;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var envelope = new
        {
            response = new
            {
                error = new
                {
                    docs = DocsUrl,
                    name = Error.Name,
                    httpStatusCode = Error.StatusCode,
                    id = Error.Id,
                    message = Error.Message,
                    resourceUrl = ResourceUrl(httpContext.Request),
                },
            },
        };
        httpContext.Response.StatusCode = Error.StatusCode;
        return httpContext.Response.WriteAsJsonAsync(envelope, SandboxJson.Options);
    }

    public static string ResourceUrl(HttpRequest request) => (request.PathBase + request.Path).ToString();

    /// <summary>The error envelope exactly as the vendor documents print it: <c>docs</c> unquoted, so not valid JSON.</summary>
    public static string NotQuiteJson(QuestionProError error, string resourceUrl) =>
        $$"""
        {
            "response": {
             "error": {
                 "docs": {{DocsUrl}}
                 "name": "{{error.Name}}",
                 "httpStatusCode": {{error.StatusCode}},
                 "id" : "{{error.Id}}",
                 "message": "{{error.Message}}",
                 "resourceUrl":{{JsonSerializer.Serialize(resourceUrl)}}
                }
            }
        }
        """;
}
