using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace CampaignOrchestrator.Host.Tests.NodeClient;

/// <summary>Runs a Node.js script as a child process and waits for it to exit; the process is killed if it outlives the timeout.</summary>
public static class NodeScript
{
    /// <summary>What the script printed and how it exited.</summary>
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
    {
        public override string ToString() =>
            $"node exited with {ExitCode} after {Duration.TotalSeconds:F1} s{Environment.NewLine}" +
            $"--- stdout ---{Environment.NewLine}{StandardOutput}--- stderr ---{Environment.NewLine}{StandardError}";
    }

    public static async Task<Result> RunAsync(
        string workingDirectory, string script, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var started = Stopwatch.GetTimestamp();
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"Could not run `node` ({exception.Message}): install Node.js 18 or later and put it on PATH.", exception);
        }

        using (process)
        {
            var standardOutput = process.StandardOutput.ReadToEndAsync();
            var standardError = process.StandardError.ReadToEndAsync();
            var timedOut = false;
            using var deadline = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                timedOut = true;
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None);
                }
            }

            var result = new Result(process.ExitCode, await standardOutput, await standardError, Stopwatch.GetElapsedTime(started));
            return timedOut
                ? throw new TimeoutException($"node {script} (pid {process.Id}) did not exit within {timeout.TotalSeconds:F0} s and was killed.{Environment.NewLine}{result}")
                : result;
        }
    }
}
