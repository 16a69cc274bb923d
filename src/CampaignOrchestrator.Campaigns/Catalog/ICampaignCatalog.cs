namespace CampaignOrchestrator.Campaigns.Catalog;

/// <summary>The stored campaign definitions, by campaign name.</summary>
public interface ICampaignCatalog
{
    /// <summary>Finds a campaign by name.</summary>
    /// <param name="name">The campaign name (as in <c>POST /api/campaigns/{name}/runs</c>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>
    /// The entry (with its failures when the stored definition is invalid), or <see langword="null"/> when no campaign
    /// has that name (including names that are not valid campaign names).
    /// </returns>
    Task<CampaignCatalogEntry?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Lists every stored campaign, valid or not, ordered by name.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<CampaignCatalogEntry>> ListAsync(CancellationToken cancellationToken = default);
}
