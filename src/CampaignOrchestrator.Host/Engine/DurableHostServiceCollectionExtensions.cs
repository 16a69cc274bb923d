using Microsoft.Extensions.DependencyInjection.Extensions;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Sqlite;
using CampaignOrchestrator.Durable.Worker;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Engine;

/// <summary>Registers the durable engine in the host, configured from configuration and host.json.</summary>
internal static class DurableHostServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine (client, worker, registry) and its backend, with options bound from <c>Storage</c>,
    /// <c>Storage:Sqlite</c>, <c>Durable</c> and <c>Durable:Worker</c> and validated at start-up. Orchestrations and
    /// activities come from <see cref="AddDurableOrchestrations"/> calls, made before or after this one.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddDurableHost(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddOptions<SqliteStoreOptions>()
            .Configure(sqlite => sqlite.Path = StorageOptions.DefaultSqlitePath)
            .Bind(configuration.GetSection($"{StorageOptions.SectionName}:{StorageOptions.Sqlite}"))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<DurableHostOptions>().Bind(configuration.GetSection(DurableHostOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DurableHostOptions>, DurableHostOptionsValidator>();
        services.AddOptions<DurableWorkerSettings>().Bind(configuration.GetSection(DurableWorkerSettings.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DurableWorkerSettings>, DurableWorkerSettingsValidator>();
        services.AddOptions<DurableWorkerOptions>().Configure<IOptions<DurableWorkerSettings>, IOptions<StorageOptions>>((worker, settings, storage) =>
        {
            if (!StorageOptions.IsSqlite(storage.Value.Provider))
            {
                worker.MaxPollingInterval = DurableWorkerSettings.AzureStorageMaxPollingInterval;
            }

            settings.Value.ApplyTo(worker);
        });

        services.AddHostedService<DurableHostStartupLog>();

        var development = builder.Environment.IsDevelopment();
        builder.ConfigureContainer(new DurableEngineServiceProviderFactory(
            configuration,
            new ServiceProviderOptions { ValidateScopes = development, ValidateOnBuild = development }));
        return builder;
    }

    /// <summary>
    /// Adds orchestrators and activities to the engine. Call it from any part of the application (and from tests'
    /// service changes) before the host is built; the engine is registered once, with all of them.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="register">Adds orchestrators and activities, e.g. <c>engine =&gt; engine.AddOrchestrator&lt;CampaignRun&gt;()</c>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddDurableOrchestrations(this IServiceCollection services, Action<DurableEngineBuilder> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return services.AddSingleton(new DurableOrchestrationRegistration(register));
    }
}
