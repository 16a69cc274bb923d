using Azure.Data.Tables;
using CampaignOrchestrator.Durable.AzureStorage.Orchestrations;
using CampaignOrchestrator.Durable.Backend.Orchestrations;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>
/// Listing instances: one filtered query of the Instances table, paged with the service's continuation tokens. A page may
/// hold fewer instances than asked for (even none) while a token remains: the service stops a page at its own limits.
/// </summary>
public sealed partial class AzureOrchestrationStore
{
    /// <inheritdoc/>
    public async Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        await _account.EnsureCreatedAsync(cancellationToken);
        var filter = InstanceFilter(query.Statuses, query.CreatedFrom, query.CreatedTo, query.InstanceIdPrefix);
        await foreach (var page in _instances.QueryAsync<TableEntity>(filter, maxPerPage: query.PageSize, cancellationToken: cancellationToken)
            .AsPages(query.ContinuationToken, query.PageSize))
        {
            var states = new List<InstanceState>(page.Values.Count);
            foreach (var entity in page.Values)
            {
                states.Add(await ToStateAsync(InstanceRow.From(entity), query.IncludeInput, null, cancellationToken));
            }

            return new InstancePage(states, string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
        }

        return new InstancePage([], null);
    }

    /// <summary>Builds an OData filter over instance rows.</summary>
    /// <param name="statuses">Only these statuses; all when empty.</param>
    /// <param name="createdFrom">Created at or after.</param>
    /// <param name="createdTo">Created at or before.</param>
    /// <param name="prefix">Ids starting with this.</param>
    /// <returns>The filter.</returns>
    internal static string InstanceFilter(IReadOnlyCollection<RuntimeStatus>? statuses, DateTimeOffset? createdFrom, DateTimeOffset? createdTo, string? prefix)
    {
        var clauses = new List<string> { TableClient.CreateQueryFilter($"RowKey eq {InstanceRow.RowKey}") };
        if (statuses is { Count: > 0 })
        {
            clauses.Add("(" + string.Join(" or ", statuses.Select(status => TableClient.CreateQueryFilter($"Status eq {status.ToString()}"))) + ")");
        }

        if (createdFrom is { } from)
        {
            clauses.Add(TableClient.CreateQueryFilter($"CreatedAt ge {from}"));
        }

        if (createdTo is { } to)
        {
            clauses.Add(TableClient.CreateQueryFilter($"CreatedAt le {to}"));
        }

        if (!string.IsNullOrEmpty(prefix))
        {
            // Every id with the prefix sorts from the prefix itself up to (not including) the prefix with its last character bumped.
            var upper = prefix[..^1] + (char)(prefix[^1] + 1);
            clauses.Add(TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {upper}"));
        }

        return string.Join(" and ", clauses);
    }
}
