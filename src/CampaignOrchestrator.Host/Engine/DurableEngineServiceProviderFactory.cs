using CampaignOrchestrator.Durable.AzureStorage;
using CampaignOrchestrator.Durable.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Engine;

/// <summary>
/// Registers the durable engine once every registration is in: the engine's registry of names is fixed when it is
/// registered, and orchestrations come from several places (the application, and tests through
/// <c>WebApplicationFactory</c>, whose service changes apply after <c>Program</c> has run). This factory runs when the
/// container is built, after all of them.
/// </summary>
/// <param name="configuration">The configuration (read for <c>Storage</c> when the container is built).</param>
/// <param name="providerOptions">How the container validates itself (strict in Development, as by default).</param>
internal sealed class DurableEngineServiceProviderFactory(IConfiguration configuration, ServiceProviderOptions providerOptions)
    : IServiceProviderFactory<IServiceCollection>
{
    /// <inheritdoc />
    /// <exception cref="OptionsValidationException">The configured storage is not one this build can run; the message names the setting.</exception>
    public IServiceCollection CreateBuilder(IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(DurableRegistry)))
        {
            throw new InvalidOperationException(
                "The durable engine was registered directly; in the host, register orchestrations and activities with AddDurableOrchestrations.");
        }

        // The backend decides what is registered, so it is checked now rather than with the other options at start-up.
        var storage = new StorageOptions();
        configuration.GetSection(StorageOptions.SectionName).Bind(storage);
        var result = new StorageOptionsValidator().Validate(null, storage);
        if (result.Failed)
        {
            throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), result.Failures);
        }

        var registrations = services
            .Where(descriptor => descriptor.ServiceType == typeof(DurableOrchestrationRegistration))
            .Select(descriptor => (DurableOrchestrationRegistration)descriptor.ImplementationInstance!)
            .ToList();
        var engine = services.AddDurableEngine(builder =>
        {
            foreach (var registration in registrations)
            {
                registration.Register(builder);
            }
        });
        if (StorageOptions.IsSqlite(storage.Provider))
        {
            engine.UseSqlite();
        }
        else
        {
            // Read now, so a missing or malformed account fails the start with the key's name.
            var azure = new AzureStorageOptions();
            AzureStorageConnection.Apply(configuration, azure);
            azure.Validate();
            engine.UseAzureStorage(options => AzureStorageConnection.Apply(configuration, options, azure.Credential));
        }

        return services;
    }

    /// <inheritdoc />
    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => containerBuilder.BuildServiceProvider(providerOptions);
}
