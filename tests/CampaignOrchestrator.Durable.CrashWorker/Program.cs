using System.Runtime.InteropServices;
using CampaignOrchestrator.Durable.CrashWorker;
using CampaignOrchestrator.Durable.Testing;
using Microsoft.Extensions.DependencyInjection;

// Runs a worker on the given SQLite file and prints "ready" once it is taking work. It runs until its stdin closes or
// it gets SIGTERM/SIGINT, then stops the worker; a test kills it with SIGKILL instead to simulate a crash.
var settings = CrashWorkerSettings.Parse(args);
if (settings is null)
{
    return 2;
}

var stopSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stopSignal.TrySetResult();
}

using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);

await using (var host = await DurableTestHost.StartAsync(
    engine => engine.AddOrchestrator<FanOutSquares>().AddActivity<Square>(),
    options =>
    {
        options.DatabasePath = settings.DatabasePath;
        options.ConfigureServices = services => services.AddSingleton(settings);
        options.ConfigureWorker = worker =>
        {
            worker.MaxConcurrentActivities = settings.MaxConcurrentActivities;
            worker.LockDuration = settings.LockDuration;
            worker.ShutdownTimeout = TimeSpan.FromSeconds(5);
        };
    }))
{
    await Console.Out.WriteLineAsync("ready");

    // A blocked read of a pipe does not see cancellation, so the read is left running when a signal comes first.
    var stdinClosed = Task.Run(async () =>
    {
        await using var stdin = Console.OpenStandardInput();
        await stdin.CopyToAsync(Stream.Null);
    });
    await Task.WhenAny(stdinClosed, stopSignal.Task);
}

await Console.Out.WriteLineAsync("stopped");
return 0;
