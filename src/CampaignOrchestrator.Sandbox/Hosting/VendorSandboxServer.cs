using System.Net;
using CampaignOrchestrator.Sandbox.Control;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace CampaignOrchestrator.Sandbox;

/// <summary>
/// A sandbox on a real Kestrel server on a free loopback port, with QuestionPro, SatisMeter and the control routes
/// mapped at the root. Tests of vendor clients talk to it over real HTTP.
/// </summary>
public sealed class VendorSandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private VendorSandboxServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The server's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Control of the sandbox: ledger, faults, metrics, reset.</summary>
    public VendorSandbox Sandbox => Services.GetRequiredService<VendorSandbox>();

    /// <summary>Starts a sandbox.</summary>
    /// <param name="configure">Changes to the default <see cref="SandboxOptions"/>.</param>
    /// <param name="timeProvider">The clock of domain time (e.g. a fake one in tests); the system clock if <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static async Task<VendorSandboxServer> StartAsync(
        Action<SandboxOptions>? configure = null,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }

        builder.Services.AddVendorSandbox(configure);
        var app = builder.Build();
        app.MapQuestionProSandbox();
        app.MapSatisMeterSandbox();
        app.MapSandboxControl();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new VendorSandboxServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>An <see cref="HttpClient"/> whose base address is <see cref="BaseAddress"/>; the caller disposes it.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <inheritdoc cref="VendorSandbox.GetLedger"/>
    public IReadOnlyList<LedgerEntry> GetLedger(string? kindPrefix = null) => Sandbox.GetLedger(kindPrefix);

    /// <inheritdoc cref="VendorSandbox.SetFaults"/>
    public void SetFaults(FaultSettings settings) => Sandbox.SetFaults(settings);

    /// <inheritdoc cref="VendorSandbox.GetMetrics"/>
    public SandboxMetricsSnapshot GetMetrics() => Sandbox.GetMetrics();

    /// <inheritdoc cref="VendorSandbox.Reset"/>
    public void Reset() => Sandbox.Reset();

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
