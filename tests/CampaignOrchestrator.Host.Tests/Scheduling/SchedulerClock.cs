using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>Moves a fake clock from one scheduler pass to the next, waiting for each pass instead of sleeping.</summary>
internal static class SchedulerClock
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sets the clock to each wake-up time the running processes asked for, up to <paramref name="until"/>, and waits
    /// for the passes it causes; finally sets the clock to <paramref name="until"/>.
    /// </summary>
    public static async Task RunUntilAsync(FakeTimeProvider clock, DateTimeOffset until, params SchedulerProcess[] processes)
    {
        while (true)
        {
            var running = processes.Where(p => p.IsRunning).ToList();
            var wake = running.Select(p => p.Ticks.Last!.WakeAt).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            if (wake > until)
            {
                if (until > clock.GetUtcNow())
                {
                    clock.SetUtcNow(until);
                }

                return;
            }

            // A clock already past the wake-up time (a test simulating a pause) has fired the timer already.
            var target = wake > clock.GetUtcNow() ? wake : clock.GetUtcNow();
            if (target > clock.GetUtcNow())
            {
                clock.SetUtcNow(target);
            }

            await Task.WhenAll(running.Where(p => p.Ticks.Last!.WakeAt <= target).Select(p => p.Ticks.WaitForPassAsync(target))).WaitAsync(Timeout);
        }
    }
}
