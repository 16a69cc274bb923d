using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Durable.Testing;

/// <summary>How a <see cref="DurableTestHost"/> is set up.</summary>
public sealed class DurableTestHostOptions
{
    /// <summary>Gets or sets the clock the engine reads; a <c>FakeTimeProvider</c> lets a test move durable timers on.</summary>
    /// <value>Default <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the SQLite file; a new file in a temporary folder, deleted on dispose, when null.</summary>
    /// <value>Default null.</value>
    public string? DatabasePath { get; set; }

    /// <summary>Gets or sets a replacement backend registration (for another backend's tests); SQLite when null.</summary>
    /// <value>Default null.</value>
    public Action<DurableEngineBuilder>? UseBackend { get; set; }

    /// <summary>Gets or sets extra service registrations (activity dependencies, logger providers, fakes).</summary>
    /// <value>Default null.</value>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Gets or sets changes to the worker options.</summary>
    /// <value>Default: short polling so tests run fast; everything else as in production.</value>
    public Action<DurableWorkerOptions>? ConfigureWorker { get; set; }

    /// <summary>Gets or sets whether the worker starts with the host.</summary>
    /// <value>Default <see langword="true"/>; false to queue work first and start it with <see cref="DurableTestHost.StartWorkerAsync"/>.</value>
    public bool StartWorker { get; set; } = true;
}
