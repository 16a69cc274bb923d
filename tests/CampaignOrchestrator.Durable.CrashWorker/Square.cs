using System.Globalization;
using CampaignOrchestrator.Durable.Activities;

namespace CampaignOrchestrator.Durable.CrashWorker;

/// <summary>
/// Returns the square of its index after a short pause, and prints <c>executed &lt;index&gt;</c> on stdout before it
/// returns, so the parent process can count executions and kill the worker part-way through a fan-out.
/// </summary>
/// <param name="settings">The pause.</param>
public sealed class Square(CrashWorkerSettings settings) : Activity<int, long>
{
    /// <summary>The prefix of the progress line.</summary>
    public const string ExecutedPrefix = "executed ";

    /// <inheritdoc />
    public override async Task<long> RunAsync(ActivityContext context, int input, CancellationToken cancellationToken)
    {
        if (settings.ActivityDelay > TimeSpan.Zero)
        {
            await Task.Delay(settings.ActivityDelay, cancellationToken).ConfigureAwait(false);
        }

        // Console.Out is synchronized and flushes on every write, so each line reaches the pipe whole and at once.
        await Console.Out.WriteLineAsync(ExecutedPrefix + input.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return (long)input * input;
    }
}
