using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Data;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Respondent;

/// <summary>The respondent routes: take, submit-page, previous-page. Every answer carries a fresh <c>x-survey-token</c>.</summary>
internal static class RespondentEndpoints
{
    public static void MapRespondent(this IEndpointRouteBuilder api)
    {
        api.MapGet("/surveys/{surveyId}/take", Take);
        api.MapPost("/surveys/{surveyId}/submit-page", SubmitPageAsync);
        api.MapGet("/surveys/{surveyId}/previous-page", PreviousPage);
    }

    private static IResult Take(string surveyId, HttpContext context, SandboxCatalog catalog, RespondentService service) =>
        RouteIds.TryFindSurvey(surveyId, catalog, out var survey, out var error)
            ? Send(context, service.Take(survey, TokenOf(context.Request), UrlRootOf(context.Request)))
            : error.ToResult();

    private static IResult PreviousPage(string surveyId, HttpContext context, SandboxCatalog catalog, RespondentService service) =>
        RouteIds.TryFindSurvey(surveyId, catalog, out var survey, out var error)
            ? Send(context, service.PreviousPage(survey, TokenOf(context.Request), UrlRootOf(context.Request)))
            : error.ToResult();

    private static async Task<IResult> SubmitPageAsync(string surveyId, HttpContext context, SandboxCatalog catalog, RespondentService service)
    {
        if (!RouteIds.TryFindSurvey(surveyId, catalog, out var survey, out var error))
        {
            return error.ToResult();
        }

        var body = await SandboxJson.TryReadBodyAsync(context.Request);
        return Send(context, service.Submit(survey, TokenOf(context.Request), body, UrlRootOf(context.Request)));
    }

    private static IResult Send(HttpContext context, RespondentOutcome outcome)
    {
        if (outcome.Token is { } token)
        {
            context.Response.Headers[SurveyTokenSigner.HeaderName] = token;
        }

        return outcome.Result;
    }

    private static string? TokenOf(HttpRequest request) =>
        request.Headers[SurveyTokenSigner.HeaderName] is { Count: 1 } values && !string.IsNullOrWhiteSpace(values[0]) ? values[0] : null;

    private static string UrlRootOf(HttpRequest request) => SurveyPageRenderer.UrlRootOf((request.PathBase + request.Path).ToString());
}
