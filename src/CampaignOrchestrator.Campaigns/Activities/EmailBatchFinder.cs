using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>Reads every page of a survey's email batches.</summary>
internal static class EmailBatchFinder
{
    /// <summary>The page size asked for.</summary>
    public const int PageSize = 100;

    /// <summary>The most pages read (100,000 batches), so a vendor that pages wrongly cannot keep an activity busy forever.</summary>
    public const int MaxPages = 1000;

    /// <summary>Finds the first batch whose name contains <paramref name="nameContains"/> (ordinal).</summary>
    /// <param name="client">The client.</param>
    /// <param name="surveyId">The survey.</param>
    /// <param name="nameContains">The text to look for.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The batch, or <see langword="null"/> when none has it.</returns>
    public static async Task<EmailBatch?> FindAsync(QuestionProEmailBatchClient client, long surveyId, string nameContains, CancellationToken cancellationToken)
    {
        await foreach (var batch in ListAsync(client, surveyId, cancellationToken))
        {
            if (batch.BatchName?.Contains(nameContains, StringComparison.Ordinal) == true)
            {
                return batch;
            }
        }

        return null;
    }

    /// <summary>Lists every batch of a survey, page after page.</summary>
    /// <param name="client">The client.</param>
    /// <param name="surveyId">The survey.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The batches in the vendor's order.</returns>
    public static async IAsyncEnumerable<EmailBatch> ListAsync(
        QuestionProEmailBatchClient client,
        long surveyId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; page <= MaxPages; page++)
        {
            var batches = await client.ListAsync(surveyId, page, PageSize, cancellationToken);
            foreach (var batch in batches)
            {
                yield return batch;
            }

            if (batches.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
