using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace CampaignOrchestrator.Host.Configuration;

/// <summary>Adds Azure Functions' configuration files to the standard .NET configuration.</summary>
internal static class FunctionsConfigurationExtensions
{
    /// <summary>The name of Azure Functions' host settings file.</summary>
    public const string HostJsonFileName = "host.json";

    /// <summary>The name of Azure Functions' local settings file.</summary>
    public const string LocalSettingsFileName = "local.settings.json";

    /// <summary>
    /// Adds <c>host.json</c> and <c>local.settings.json</c> from the content root. Precedence, lowest first:
    /// host.json, appsettings.json (and its environment variant and user secrets), local.settings.json, environment
    /// variables, command line.
    /// </summary>
    /// <param name="configuration">The configuration to extend.</param>
    /// <param name="contentRoot">The folder holding the files.</param>
    /// <returns>The configuration.</returns>
    public static IConfigurationBuilder AddFunctionsConfigurationFiles(this IConfigurationBuilder configuration, string contentRoot)
    {
        var sources = configuration.Sources;
        var environment = LastIndexOf(sources, source => source is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        sources.Insert(environment < 0 ? sources.Count : environment, new LocalSettingsConfigurationSource(Path.Combine(contentRoot, LocalSettingsFileName)));

        var firstFile = IndexOf(sources, source => source is FileConfigurationSource);
        var localSettings = IndexOf(sources, source => source is LocalSettingsConfigurationSource);
        sources.Insert(firstFile < 0 ? localSettings : firstFile, new HostJsonConfigurationSource(Path.Combine(contentRoot, HostJsonFileName)));
        return configuration;
    }

    private static int IndexOf(IList<IConfigurationSource> sources, Func<IConfigurationSource, bool> match)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (match(sources[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOf(IList<IConfigurationSource> sources, Func<IConfigurationSource, bool> match)
    {
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (match(sources[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
