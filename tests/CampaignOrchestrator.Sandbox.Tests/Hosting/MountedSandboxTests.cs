using System.Net;
using CampaignOrchestrator.Sandbox.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Sandbox.Tests.Hosting;

public sealed class MountedSandboxTests
{
    [Fact]
    public async Task MapUnderPrefix_ConfiguredFromConfiguration_ServesEveryApiUnderThePrefix()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:Seed"] = "9",
            ["Sandbox:QuestionProRateLimit:PermitLimit"] = "50",
            ["Sandbox:SessionTimeout"] = "00:05:00",
        });
        var time = new FakeTimeProvider(SandboxHarness.Start);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddVendorSandbox(builder.Configuration.GetSection(SandboxOptions.SectionName));
        await using var app = builder.Build();
        app.MapQuestionProSandbox("/sandbox");
        app.MapSatisMeterSandbox("sandbox/");
        app.MapSandboxControl("/sandbox");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var take = new HttpRequestMessage(HttpMethod.Get, "/sandbox/a/api/v2/surveys/1001/take");
        take.Headers.Add("api-key", SampleAccount.ApiKey);
        using var page = await client.SendAsync(take);
        var body = await SandboxHarness.JsonOf(page);
        using var unknown = await client.GetAsync(new Uri("/sandbox/a/api/v2/nothing", UriKind.Relative));
        var unknownBody = await SandboxHarness.JsonOf(unknown);
        using var ledger = await client.GetAsync(new Uri("/sandbox/_sandbox/ledger", UriKind.Relative));
        using var satisMeter = await client.PostAsync(new Uri("/sandbox/api/responses", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/sandbox/a/api/v2/surveys/1001/submit-page", body.GetProperty("response").GetProperty("navigation").GetProperty("nextPageSubmitUrl").GetString());
        Assert.Equal("/sandbox/a/api/v2/nothing", unknownBody.GetProperty("response").GetProperty("error").GetProperty("resourceUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, satisMeter.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task FaultPathPrefix_IsMatchedAgainstTheVendorPath()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddVendorSandbox();
        await using var app = builder.Build();
        app.MapQuestionProSandbox("/sandbox");
        await app.StartAsync();
        app.Services.GetRequiredService<VendorSandbox>().SetFaults(new FaultSettings { ServerErrorRate = 1, PathPrefix = "/a/api/v2/micropanel" });
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("api-key", SampleAccount.ApiKey);

        using var faulted = await client.GetAsync(new Uri("/sandbox/a/api/v2/micropanel/filters/5001", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, faulted.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task VendorSandboxServer_BaseAddress_IsLoopbackWithAFreePort()
    {
        await using var first = await VendorSandboxServer.StartAsync();
        await using var second = await VendorSandboxServer.StartAsync();

        Assert.Equal("127.0.0.1", first.BaseAddress.Host);
        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
        Assert.EndsWith("/", first.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
        using var client = first.CreateClient();
        using var response = await client.GetAsync(new Uri("_sandbox/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
