using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Binds options to a configuration section when the container has configuration at all.</summary>
internal static class OptionsBuilderConfigurationExtensions
{
    // A host always registers IConfiguration; a bare ServiceCollection (a tool, a test) need not, and must still work.
    public static OptionsBuilder<TOptions> BindSectionIfConfigured<TOptions>(this OptionsBuilder<TOptions> builder, string section)
        where TOptions : class =>
        builder.Configure<IServiceProvider>((options, services) => services.GetService<IConfiguration>()?.GetSection(section).Bind(options));
}
