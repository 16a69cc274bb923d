using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the embedded SQLite backend.</summary>
public static class SqliteDurableEngineBuilderExtensions
{
    /// <summary>
    /// Uses one SQLite file for everything the engine stores: instances, histories, messages and timers, application
    /// queues, leases and idempotency records. Options (<see cref="SqliteStoreOptions"/>) are validated at first use.
    /// </summary>
    /// <param name="builder">The engine builder.</param>
    /// <param name="configure">Sets the file path and durability settings.</param>
    /// <returns>The builder.</returns>
    public static DurableEngineBuilder UseSqlite(this DurableEngineBuilder builder, Action<SqliteStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<SqliteStoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new SqliteDatabase(
            provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<SqliteDatabase>>()));
        services.TryAddSingleton<IOrchestrationStore>(provider => new SqliteOrchestrationStore(
            provider.GetRequiredService<SqliteDatabase>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IAppQueueStore>(provider => new SqliteAppQueueStore(
            provider.GetRequiredService<SqliteDatabase>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ILeaseStore>(provider => new SqliteLeaseStore(
            provider.GetRequiredService<SqliteDatabase>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IIdempotencyStore>(provider => new SqliteIdempotencyStore(
            provider.GetRequiredService<SqliteDatabase>(), provider.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
