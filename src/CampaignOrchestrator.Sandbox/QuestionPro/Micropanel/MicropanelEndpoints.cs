using System.Text.Json.Serialization;
using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Data;
using CampaignOrchestrator.Sandbox.QuestionPro.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Micropanel;

/// <summary>The micropanel routes: create an invitation batch, get its status, get a member filter.</summary>
internal static class MicropanelEndpoints
{
    private const string SubmittedMessage =
        "Invitation request submitted successfully. Please note down the campaign batchID to check the progress.";

    public static void MapMicropanel(this IEndpointRouteBuilder api)
    {
        api.MapPost("/micropanel/batches", CreateAsync);
        api.MapGet("/micropanel/batches/{batchId}", GetBatch);
        api.MapGet("/micropanel/filters/{filterId}", GetFilter);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SandboxCatalog catalog, MicropanelStore store)
    {
        if (await SandboxJson.TryReadBodyAsync(request) is not { } body)
        {
            return QuestionProError.BodyNotJson().ToResult();
        }

        if (MicropanelBatchRequest.Parse(body, catalog, out var problem) is not { } batchRequest)
        {
            return QuestionProError.InvalidSchema(problem!).ToResult();
        }

        if (batchRequest.ExistingFilterId is { } filterId && catalog.FindFilter(filterId) is null)
        {
            return QuestionProError.NotFound($"micropanel filter {filterId}").ToResult();
        }

        var batch = store.Create(batchRequest);
        return QuestionProResults.Ok(new CreatedPayload(batch.Id, SubmittedMessage));
    }

    private static IResult GetBatch(string batchId, MicropanelStore store, SimulatedClock clock)
    {
        if (!RouteIds.TryParse(batchId, "batchId", out var id, out var error))
        {
            return error.ToResult();
        }

        return store.Find(id) is { } batch
            ? QuestionProResults.Ok(new BatchPayload(batch.Id, batch.SurveyId, batch.SenderUserId, batch.StatusAt(clock.SimulatedNow), VendorDates.Format(batch.CreatedAt)))
            : QuestionProError.NotFound($"micropanel batch {id}").ToResult();
    }

    private static IResult GetFilter(string filterId, SandboxCatalog catalog)
    {
        if (!RouteIds.TryParse(filterId, "filterId", out var id, out var error))
        {
            return error.ToResult();
        }

        return catalog.FindFilter(id) is { } filter
            ? QuestionProResults.Ok(new FilterPayload(filter.Id, filter.Name, filter.Criteria))
            : QuestionProError.NotFound($"micropanel filter {id}").ToResult();
    }

    private sealed record CreatedPayload([property: JsonPropertyName("campaignBatchID")] long CampaignBatchId, string Message);

    private sealed record BatchPayload(
        long Id,
        [property: JsonPropertyName("surveyID")] long SurveyId,
        [property: JsonPropertyName("senderUserID")] long SenderUserId,
        string Status,
        string CreationTimestamp);

    private sealed record FilterPayload(long PanelSegmentId, string Name, string Criteria);
}
