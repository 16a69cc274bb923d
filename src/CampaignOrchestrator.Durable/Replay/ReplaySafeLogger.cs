using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Durable.Replay;

/// <summary>A logger that stays silent while the orchestration replays history, so each line is written once.</summary>
internal sealed class ReplaySafeLogger(ReplayOrchestrationContext context, ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => !context.Replaying && inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!context.Replaying)
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
