using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Conformance.Workflows;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>
/// The behaviour of the whole engine — worker, client and backend together — that every backend must have. A backend's
/// test project subclasses this and, if it is not the default SQLite backend, supplies it in <see cref="ConfigureBackend"/>.
/// Tests that move durable time use a fake clock; the rest run on the real one and await signals with a timeout.
/// </summary>
public abstract partial class OrchestrationConformanceTests : IAsyncLifetime
{
    /// <summary>The longest any test waits for the engine.</summary>
    protected static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The fake clock's start.</summary>
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly List<DurableTestHost> _hosts = [];

    /// <summary>Gets the attempt counter the test activities and orchestrators use.</summary>
    protected AttemptCounter Attempts { get; } = new();

    /// <summary>Gets the switch that "changes the code" of <see cref="Changing"/>.</summary>
    protected CodeChange Change { get; } = new();

    /// <summary>
    /// Gets how many activities the large fan-out test runs. 10,000 unless a backend's emulator cannot move that many
    /// messages within <see cref="Timeout"/>; a backend that lowers it says why.
    /// </summary>
    protected virtual int LargeFanOutCount => 10_000;

    /// <summary>Registers the backend under test; the default leaves the host's temporary SQLite file.</summary>
    /// <param name="options">The host options.</param>
    protected virtual void ConfigureBackend(DurableTestHostOptions options)
    {
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public virtual async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>Starts a host with every test workflow registered.</summary>
    /// <param name="time">The clock; the real one when null.</param>
    /// <param name="configure">Further changes.</param>
    /// <returns>The host, disposed with the test.</returns>
    protected async Task<DurableTestHost> StartHostAsync(TimeProvider? time = null, Action<DurableTestHostOptions>? configure = null)
    {
        var host = await DurableTestHost.StartAsync(Register, options =>
        {
            options.TimeProvider = time ?? TimeProvider.System;
            options.ConfigureServices = services => services.AddSingleton(Attempts).AddSingleton(Change);
            ConfigureBackend(options);
            configure?.Invoke(options);
        });
        _hosts.Add(host);
        return host;
    }

    /// <summary>Starts a host on a fake clock.</summary>
    /// <param name="startWorker">Whether the worker starts with the host.</param>
    /// <returns>The host and its clock.</returns>
    protected async Task<(DurableTestHost Host, FakeTimeProvider Time)> StartHostOnFakeClockAsync(bool startWorker = true)
    {
        var time = new FakeTimeProvider(Start);
        return (await StartHostAsync(time, options => options.StartWorker = startWorker), time);
    }

    /// <summary>
    /// Moves the fake clock on a minute at a time until a signal completes, for waits whose due time the test cannot
    /// know exactly (retry delays computed by the worker). Between steps it waits a moment for the signal.
    /// </summary>
    /// <param name="time">The fake clock.</param>
    /// <param name="signal">Starts the wait for the signal.</param>
    /// <returns>A task that completes when the signal has.</returns>
    protected static async Task AdvanceUntilAsync(FakeTimeProvider time, Func<Task> signal)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var reached = signal();
        while (await Task.WhenAny(reached, Task.Delay(TimeSpan.FromMilliseconds(100))) != reached)
        {
            if (waited.Elapsed > Timeout)
            {
                throw new TimeoutException("The signal did not arrive while the fake clock moved on.");
            }

            time.Advance(TimeSpan.FromMinutes(1));
        }

        await reached;
    }

    /// <summary>Starts an orchestration and waits for it to finish.</summary>
    /// <param name="host">The host.</param>
    /// <param name="name">The orchestrator.</param>
    /// <param name="input">The input.</param>
    /// <returns>The finished state.</returns>
    protected static Task<InstanceState> RunAsync(DurableTestHost host, string name, object? input = null) =>
        host.RunAsync(name, input).WaitAsync(Timeout);

    /// <summary>Waits until an instance's state (with history) satisfies a condition.</summary>
    /// <param name="host">The host.</param>
    /// <param name="instanceId">The instance.</param>
    /// <param name="condition">The condition.</param>
    /// <returns>The state.</returns>
    protected static Task<InstanceState> WaitUntilAsync(DurableTestHost host, string instanceId, Func<InstanceState, bool> condition) =>
        host.Client.WaitUntilAsync(instanceId, true, condition).WaitAsync(Timeout);

    /// <summary>Waits for an instance to finish.</summary>
    /// <param name="host">The host.</param>
    /// <param name="instanceId">The instance.</param>
    /// <returns>The state with its history.</returns>
    protected static Task<InstanceState> WaitForCompletionAsync(DurableTestHost host, string instanceId) =>
        host.Client.WaitForCompletionAsync(instanceId, includeHistory: true).WaitAsync(Timeout);

    private static void Register(DurableEngineBuilder engine) => engine
        .AddActivity<Echo>()
        .AddActivity<Increment>()
        .AddActivity<Flaky>()
        .AddOrchestrator<Sequence>()
        .AddOrchestrator<FanOut>()
        .AddOrchestrator<Sleeper>()
        .AddOrchestrator<EventOrTimer>()
        .AddOrchestrator<Approval>()
        .AddOrchestrator<Child>()
        .AddOrchestrator<Parent>()
        .AddOrchestrator<Broken>()
        .AddOrchestrator<Rounds>()
        .AddOrchestrator<Retrying>()
        .AddOrchestrator<Changing>()
        .AddOrchestrator<WaitingParent>()
        .AddOrchestrator<Waiter>()
        .AddOrchestrator<CallThenWait>()
        .AddOrchestrator<Unconstructible>();
}
