using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.SatisMeter;
using CampaignOrchestrator.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Integrations.Tests.TestSupport;

/// <summary>A real sandbox on a loopback port (its own fake clock) and the real clients pointed at it.</summary>
internal sealed class SandboxSession : IAsyncDisposable
{
    private SandboxSession(VendorSandboxServer server, ClientHarness clients, FakeTimeProvider sandboxTime)
    {
        Server = server;
        Clients = clients;
        SandboxTime = sandboxTime;
    }

    public VendorSandboxServer Server { get; }

    public ClientHarness Clients { get; }

    /// <summary>The sandbox's clock (statistics, session expiry, rate windows); the clients run on real time.</summary>
    public FakeTimeProvider SandboxTime { get; }

    public static async Task<SandboxSession> StartAsync(
        Action<SandboxOptions>? sandbox = null,
        Action<QuestionProOptions>? questionPro = null,
        Action<SatisMeterOptions>? satisMeter = null,
        HttpMessageHandler? handler = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var server = await VendorSandboxServer.StartAsync(sandbox, time);
        var clients = new ClientHarness(
            handler,
            TimeProvider.System,
            server.BaseAddress,
            o =>
            {
                o.ApiKey = SampleAccount.ApiKey;
                o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(1);
                o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(20);
                o.Resilience.MaxRetryAttempts = 6;
                o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(2);
                questionPro?.Invoke(o);
            },
            o =>
            {
                o.WriteKey = SampleAccount.WriteKey;
                o.RateLimit.PermitLimit = 1000;
                o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(1);
                o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(2);
                satisMeter?.Invoke(o);
            });
        return new SandboxSession(server, clients, time);
    }

    public async ValueTask DisposeAsync()
    {
        Clients.Dispose();
        await Server.DisposeAsync();
    }
}
