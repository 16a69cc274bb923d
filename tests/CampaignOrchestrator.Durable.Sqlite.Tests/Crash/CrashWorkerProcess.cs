using System.Diagnostics;
using System.Globalization;
using System.Text;
using CampaignOrchestrator.Tests.Shared;
using CampaignOrchestrator.Durable.CrashWorker;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Crash;

/// <summary>
/// A <c>CampaignOrchestrator.Durable.CrashWorker</c> child process on a database file. Its stdout is read as it comes:
/// <c>ready</c> completes <see cref="Ready"/>, each <c>executed &lt;index&gt;</c> line goes to the shared
/// <see cref="ExecutionLog"/>. Disposing kills the process (by its id) if it still runs and waits for it, so it is reaped.
/// </summary>
internal sealed class CrashWorkerProcess : IAsyncDisposable
{
    private const string WorkerAssembly = "CampaignOrchestrator.Durable.CrashWorker.dll";

    private readonly Process _process;
    private readonly ExecutionLog _log;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly StringBuilder _diagnostics = new();
    private readonly TaskCompletionSource<int> _killed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _stdout;
    private readonly Task _stderr;
    private int _executions;
    private int _killAfter;

    private CrashWorkerProcess(Process process, ExecutionLog log, string name)
    {
        _process = process;
        _log = log;
        Name = name;
        ProcessId = process.Id;

        // Reads block a thread each; on dedicated threads, they cannot starve the thread pool the test continues on.
        _stderr = Task.Factory.StartNew(ReadStderr, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _stdout = Task.Factory.StartNew(ReadStdout, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public string Name { get; }

    public int ProcessId { get; }

    /// <summary>Gets a task that completes when the worker has printed <c>ready</c>, and fails if its stdout ends first.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Gets the executions this process reported.</summary>
    public int Executions
    {
        get
        {
            lock (_gate)
            {
                return _executions;
            }
        }
    }

    /// <summary>Gets the worker's lines other than executions, and its stderr.</summary>
    public string Diagnostics
    {
        get
        {
            lock (_gate)
            {
                return _diagnostics.ToString();
            }
        }
    }

    /// <summary>Starts a worker on a database file, with <c>dotnet</c> and the worker assembly copied next to the test assembly.</summary>
    public static CrashWorkerProcess Start(string name, string databasePath, ExecutionLog log, params string[] options)
    {
        var worker = Path.Combine(AppContext.BaseDirectory, WorkerAssembly);
        var runtimeConfig = Path.ChangeExtension(worker, ".runtimeconfig.json");
        if (!File.Exists(worker) || !File.Exists(runtimeConfig))
        {
            throw new FileNotFoundException(
                $"The crash worker is not next to the test assembly ({worker} and its runtimeconfig.json); the test project must reference CampaignOrchestrator.Durable.CrashWorker.",
                worker);
        }

        var start = new ProcessStartInfo(ChildProcesses.DotnetHost())
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(worker);
        start.ArgumentList.Add("--database");
        start.ArgumentList.Add(databasePath);
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        return new CrashWorkerProcess(process, log, name);
    }

    /// <summary>
    /// Sends SIGKILL to the worker (and any process it started) as soon as it has reported <paramref name="executions"/>
    /// executions. The stdout reader sends it, so it goes out within a line of the count whatever the test thread is doing.
    /// </summary>
    /// <returns>The executions reported when the kill was sent; fails if the worker's stdout ends first.</returns>
    public Task<int> KillAfterAsync(int executions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(executions);
        lock (_gate)
        {
            _killAfter = executions;
            KillIfDue();
        }

        return _killed.Task;
    }

    /// <summary>Closes the worker's stdin, which asks it to stop its worker and exit.</summary>
    public void RequestStop() => _process.StandardInput.Close();

    /// <summary>Waits for the process to exit and for its stdout to be read to the end.</summary>
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
            while (_process.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith(Square.ExecutedPrefix, StringComparison.Ordinal)
                    && int.TryParse(line.AsSpan(Square.ExecutedPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    _log.Record(index);
                    lock (_gate)
                    {
                        _executions++;
                        KillIfDue();
                    }
                }
                else if (line == "ready")
                {
                    _ready.TrySetResult();
                }
                else
                {
                    AddDiagnostic("stdout: " + line);
                }
            }
        }
        finally
        {
            // Let stderr catch up, so a worker that failed to start explains why in the exceptions below.
            _stderr.Wait(TimeSpan.FromSeconds(5));
            _ready.TrySetException(new InvalidOperationException($"{Name} (pid {ProcessId}) ended before it was ready.{Environment.NewLine}{Diagnostics}"));
            _killed.TrySetException(new InvalidOperationException(
                $"{Name} (pid {ProcessId}) ended after {Executions} executions, before it was killed.{Environment.NewLine}{Diagnostics}"));
        }
    }

    private void ReadStderr()
    {
        while (_process.StandardError.ReadLine() is { } line)
        {
            AddDiagnostic("stderr: " + line);
        }
    }

    // Called under the lock.
    private void KillIfDue()
    {
        if (_killAfter > 0 && _executions >= _killAfter && !_killed.Task.IsCompleted)
        {
            try
            {
                // SIGKILL on Unix: the worker gets no chance to release locks or finish writes.
                _process.Kill(entireProcessTree: true);
                _killed.TrySetResult(_executions);
            }
            catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                _killed.TrySetException(exception);
            }
        }
    }

    private void AddDiagnostic(string line)
    {
        lock (_gate)
        {
            _diagnostics.AppendLine(line);
        }
    }
}
