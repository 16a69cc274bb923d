using System.Diagnostics;
using System.Text;
using CampaignOrchestrator.Tests.Shared;

namespace CampaignOrchestrator.Host.Tests.Crash;

/// <summary>
/// The host (<c>CampaignOrchestrator.Host.dll</c>, copied next to the test assembly by the project reference) as a child
/// process: <c>dotnet CampaignOrchestrator.Host.dll --urls http://127.0.0.1:0</c>, configured by environment variables.
/// Kestrel picks a free loopback port; its <c>Now listening on:</c> line completes <see cref="Listening"/>. Output is read
/// on dedicated threads. Disposing kills the process (by its id) if it still runs and waits for it, so it is reaped.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private const string HostAssembly = "CampaignOrchestrator.Host.dll";
    private const string ListeningPrefix = "Now listening on: ";

    // Settings of the test process's environment that would change the child's address or configuration.
    private static readonly string[] InheritedSettingsToDrop =
    [
        "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT",
        "OTEL_EXPORTER_OTLP_ENDPOINT", "Host__", "Storage__", "Durable__", "QuestionPro__", "SatisMeter__", "Campaigns__", "Kestrel__", "Logging__",
    ];

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _stdout;
    private readonly Task _stderr;

    private HostProcess(Process process, string name)
    {
        _process = process;
        Name = name;
        ProcessId = process.Id;

        // Reads block a thread each; on dedicated threads, they cannot starve the thread pool the test continues on.
        _stderr = Task.Factory.StartNew(() => Read(_process.StandardError, "stderr"), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _stdout = Task.Factory.StartNew(ReadStdout, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public string Name { get; }

    public int ProcessId { get; }

    /// <summary>Gets a task that completes with the host's address once Kestrel listens, and fails if its stdout ends first.</summary>
    public Task<Uri> Listening => _listening.Task;

    public bool HasExited => _process.HasExited;

    /// <summary>Gets everything the host wrote so far (stdout and stderr, in arrival order per stream).</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the host with <c>dotnet</c>, in <paramref name="workingDirectory"/>, with these settings as environment variables.</summary>
    public static HostProcess Start(string name, string workingDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var host = Path.Combine(AppContext.BaseDirectory, HostAssembly);
        var runtimeConfig = Path.ChangeExtension(host, ".runtimeconfig.json");
        var deps = Path.ChangeExtension(host, ".deps.json");
        if (!File.Exists(host) || !File.Exists(runtimeConfig) || !File.Exists(deps))
        {
            throw new FileNotFoundException(
                $"The host is not next to the test assembly ({host} with its runtimeconfig.json and deps.json); the test project must reference CampaignOrchestrator.Host.",
                host);
        }

        var start = new ProcessStartInfo(ChildProcesses.DotnetHost())
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(host);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");

        foreach (var key in start.Environment.Keys.ToList())
        {
            if (InheritedSettingsToDrop.Any(drop => key.StartsWith(drop, StringComparison.OrdinalIgnoreCase)))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        return new HostProcess(process, name);
    }

    /// <summary>Sends SIGKILL to the host (and anything it started), then waits for it to exit and its output to end.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> KillAsync(TimeSpan timeout)
    {
        // SIGKILL on Unix: the host gets no chance to release locks, finish writes or answer held requests.
        _process.Kill(entireProcessTree: true);
        return await WaitForExitAsync(timeout);
    }

    /// <summary>Waits for the process to exit and for its output to be read to the end.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        await Task.WhenAll(_stdout, _stderr).WaitAsync(timeout);
        return _process.ExitCode;
    }

    public ValueTask DisposeAsync() => ChildProcesses.EndAsync(_process, _stdout, _stderr);

    private void ReadStdout()
    {
        try
        {
            Read(_process.StandardOutput, "stdout");
        }
        finally
        {
            // Let stderr catch up, so a host that failed to start explains why in the exception below.
            _stderr.Wait(TimeSpan.FromSeconds(5));
            _listening.TrySetException(new InvalidOperationException($"{Name} (pid {ProcessId}) ended before it listened.{Environment.NewLine}{Output}"));
        }
    }

    private void Read(StreamReader reader, string stream)
    {
        while (reader.ReadLine() is { } line)
        {
            lock (_gate)
            {
                _output.Append(stream).Append(": ").AppendLine(line);
            }

            var listening = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
            if (listening >= 0 && Uri.TryCreate(line[(listening + ListeningPrefix.Length)..].Trim(), UriKind.Absolute, out var address))
            {
                _listening.TrySetResult(address);
            }
        }
    }
}
