using System.Diagnostics;

namespace CampaignOrchestrator.Tests.Shared;

/// <summary>
/// What tests that run a .NET program as a child process share: which <c>dotnet</c> to launch it with, and how to end it
/// for good (kill if still running, reap it so no zombie is left, let its output readers finish). Linked as source into
/// the test projects that need it.
/// </summary>
internal static class ChildProcesses
{
    private static readonly TimeSpan ReapTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Gets the host running the tests when it is <c>dotnet</c>; otherwise the one the CLI names, or <c>dotnet</c> on the PATH.</summary>
    /// <returns>The executable to start a framework-dependent program with.</returns>
    public static string DotnetHost()
    {
        if (Environment.ProcessPath is { } processPath && Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            return processPath;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        return "dotnet";
    }

    /// <summary>Kills the process tree if it still runs, waits for it and its output readers, and disposes it.</summary>
    /// <param name="process">The child.</param>
    /// <param name="readers">The tasks reading its output.</param>
    /// <returns>A task that completes when the child is gone.</returns>
    public static async ValueTask EndAsync(Process process, params Task[] readers)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        try
        {
            // Waiting reaps the process, so no zombie is left behind.
            await process.WaitForExitAsync().WaitAsync(ReapTimeout);
            await Task.WhenAll(readers).WaitAsync(ReapTimeout);
        }
        catch (TimeoutException)
        {
            // Nothing more can be done; the process object is released below.
        }
        finally
        {
            process.Dispose();
        }
    }
}
