using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Data;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

/// <summary>The email batch routes: create, send again (reminder), get one, list.</summary>
internal static class EmailBatchEndpoints
{
    private const int DefaultPerPage = 100;

    public static void MapEmailBatches(this IEndpointRouteBuilder api)
    {
        api.MapPost("/surveys/{surveyId}/batches", CreateAsync);
        api.MapPut("/surveys/{surveyId}/batches/{batchId}", SendAgainAsync);
        api.MapGet("/surveys/{surveyId}/batches/{batchId}", Get);
        api.MapGet("/surveys/{surveyId}/batches", List);
    }

    private static async Task<IResult> CreateAsync(string surveyId, HttpRequest request, SandboxCatalog catalog, EmailBatchStore store)
    {
        if (!RouteIds.TryFindSurvey(surveyId, catalog, out var survey, out var error))
        {
            return error.ToResult();
        }

        if (await SandboxJson.TryReadBodyAsync(request) is not { } body)
        {
            return QuestionProError.BodyNotJson().ToResult();
        }

        if (EmailBatchRequest.Parse(body, existingBatch: false, out var problem) is not { } batchRequest)
        {
            return QuestionProError.InvalidSchema(problem!).ToResult();
        }

        return EmailBatchDraft.Resolve(survey.Id, batchRequest, catalog, out var notFound) is { } draft
            ? QuestionProResults.Ok(store.Create(draft))
            : notFound!.ToResult();
    }

    private static async Task<IResult> SendAgainAsync(string surveyId, string batchId, HttpRequest request, SandboxCatalog catalog, EmailBatchStore store)
    {
        if (!RouteIds.TryFindSurvey(surveyId, catalog, out var survey, out var error))
        {
            return error.ToResult();
        }

        if (!RouteIds.TryParse(batchId, "batchId", out var batch, out error))
        {
            return error.ToResult();
        }

        var batchList = store.EmailListOf(survey.Id, batch, out var exists);
        if (!exists)
        {
            return QuestionProError.NotFound($"email batch {batch} of survey {survey.Id}").ToResult();
        }

        if (await SandboxJson.TryReadBodyAsync(request) is not { } body)
        {
            return QuestionProError.BodyNotJson().ToResult();
        }

        if (EmailBatchRequest.Parse(body, existingBatch: true, out var problem) is not { } batchRequest)
        {
            return QuestionProError.InvalidSchema(problem!).ToResult();
        }

        if (EmailBatchDraft.Resolve(survey.Id, batchRequest, catalog, out var notFound) is null)
        {
            return notFound!.ToResult();
        }

        if (batchList is { } listId && batchRequest.EmailListId != listId)
        {
            return QuestionProError.InvalidSchema($"emailListID must be the batch's email list ({listId})").ToResult();
        }

        return store.Remind(survey.Id, batch, batchRequest) is { } payload
            ? QuestionProResults.Ok(payload)
            : QuestionProError.NotFound($"email batch {batch} of survey {survey.Id}").ToResult();
    }

    private static IResult Get(string surveyId, string batchId, SandboxCatalog catalog, EmailBatchStore store)
    {
        if (!RouteIds.TryFindSurvey(surveyId, catalog, out var survey, out var error) || !RouteIds.TryParse(batchId, "batchId", out var batch, out error))
        {
            return error.ToResult();
        }

        return store.Get(survey.Id, batch) is { } payload
            ? QuestionProResults.Ok(payload)
            : QuestionProError.NotFound($"email batch {batch} of survey {survey.Id}").ToResult();
    }

    private static IResult List(string surveyId, HttpRequest request, SandboxCatalog catalog, EmailBatchStore store)
    {
        if (!RouteIds.TryFindSurvey(surveyId, catalog, out var survey, out var error))
        {
            return error.ToResult();
        }

        if (!TryReadPaging(request.Query["page"], "page", 1, out var page, out error)
            || !TryReadPaging(request.Query["perPage"], "perPage", DefaultPerPage, out var perPage, out error))
        {
            return error.ToResult();
        }

        return QuestionProResults.Ok(store.List(survey.Id, page, perPage));
    }

    private static bool TryReadPaging(string? value, string name, int fallback, out int number, [NotNullWhen(false)] out QuestionProError? error)
    {
        error = null;
        number = fallback;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0)
        {
            return true;
        }

        error = QuestionProError.InvalidUrlParameters($"{name} must be a positive integer (was '{value}')");
        return false;
    }
}
