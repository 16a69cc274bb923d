using CampaignOrchestrator.Host.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Host.Tests.NodeClient;

/// <summary>
/// The test host served by real Kestrel on 127.0.0.1 and a port the OS picks (<c>urls</c> = <c>http://127.0.0.1:0</c>,
/// so the host's default address, port 7071, is not used), for clients in other processes. The server starts with
/// <see cref="StartServerAndGetAddress"/> and stops when the factory is disposed.
/// </summary>
public sealed class KestrelHostFactory : HostFactory
{
    public KestrelHostFactory()
        : base(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" }) => UseKestrel();

    /// <summary>Starts the server and returns its address, e.g. <c>http://127.0.0.1:49152</c>.</summary>
    public Uri StartServerAndGetAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(Assert.Single(addresses));
    }
}
