using System.ComponentModel;
using System.Diagnostics;
using CampaignOrchestrator.Tests.Shared;

namespace CampaignOrchestrator.Benchmarks.Engine.AzureStorage;

/// <summary>
/// The emulator the Azure Storage scenarios use: <c>--azurite &lt;connection string&gt;</c>, else
/// <c>AZURITE_CONNECTION_STRING</c>, else one this process starts from <c>tools/azurite</c> (installing the pinned
/// package first when missing) on free loopback ports, as the tests do; it is stopped by its PID when the process ends.
/// </summary>
internal static class AzuriteConnection
{
    public const string Option = "azurite";

    private static readonly Lazy<Task<string>> Started = new(InstallAndStartAsync);

    public static Task<string> GetAsync(BenchmarkArguments arguments) =>
        arguments.Text(Option, string.Empty) is { Length: > 0 } given ? Task.FromResult(given)
        : Environment.GetEnvironmentVariable(Azurite.ConnectionStringVariable) is { Length: > 0 } ? Azurite.ConnectionStringAsync()
        : Started.Value;

    private static async Task<string> InstallAndStartAsync()
    {
        var folder = Path.Combine(Azurite.RepositoryRoot(), "tools", "azurite");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "azurite")))
        {
            await InstallAsync(folder);
        }

        return await Azurite.ConnectionStringAsync();
    }

    private static async Task InstallAsync(string folder)
    {
        await Console.Error.WriteLineAsync($"Installing Azurite: npm ci --prefix {folder}");
        var start = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "ci", "--prefix", folder, "--loglevel=error", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started.");
            var output = npm.StandardOutput.ReadToEndAsync();
            var errors = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"'npm ci --prefix {folder}' failed with exit code {npm.ExitCode}:\n{await output}{await errors}");
            }
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException(
                $"npm was not found: install Node.js 18 or later, or pass --{Option} <connection string> (or set {Azurite.ConnectionStringVariable}) for a running emulator.");
        }
    }
}
