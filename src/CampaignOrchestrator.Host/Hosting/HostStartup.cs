namespace CampaignOrchestrator.Host.Hosting;

/// <summary>Where the host looks for its files and which address it listens on when none is configured.</summary>
internal static class HostStartup
{
    /// <summary>The port of Azure Functions Core Tools, used unless <c>urls</c> or <c>Host:LocalHttpPort</c> say otherwise.</summary>
    public const int DefaultPort = 7071;

    private static readonly string[] AddressSettings = ["urls", "http_ports", "https_ports"];

    /// <summary>
    /// Creates the builder options. The content root (host.json, local.settings.json) is the application's folder,
    /// because <c>dotnet run --project</c> keeps the caller's current directory; an explicit <c>contentRoot</c> wins.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <returns>The options.</returns>
    public static WebApplicationOptions CreateOptions(string[] args)
    {
        var explicitRoot = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = string.IsNullOrEmpty(explicitRoot) ? AppContext.BaseDirectory : null,
        };
    }

    /// <summary>Listens on loopback port 7071 (or <c>Host:LocalHttpPort</c>) unless addresses are configured.</summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder UseDefaultAddress(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = AddressSettings.Any(key => !string.IsNullOrEmpty(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            var port = configuration.GetValue("Host:LocalHttpPort", DefaultPort);
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        return builder;
    }
}
