using System.Globalization;

namespace CampaignOrchestrator.Durable.CrashWorker;

/// <summary>The worker's command line.</summary>
public sealed class CrashWorkerSettings
{
    /// <summary>The usage text printed for a bad command line.</summary>
    public const string Usage =
        "usage: CampaignOrchestrator.Durable.CrashWorker --database <path> [--max-activities <n>] [--activity-delay-ms <n>] [--lock-seconds <n>]";

    /// <summary>Gets the SQLite file.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Gets how many activities run at once.</summary>
    public int MaxConcurrentActivities { get; init; } = 4;

    /// <summary>Gets the pause inside each activity execution, so a fan-out lasts long enough to be killed in the middle.</summary>
    public TimeSpan ActivityDelay { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Gets the lock duration. A killed worker's locks are only freed when they lapse, so a short one lets the next worker
    /// pick up the killed worker's activities and episode within seconds instead of the default two minutes.
    /// </summary>
    public TimeSpan LockDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Reads the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The settings, or null (with a message on stderr) when the command line is not valid.</returns>
    public static CrashWorkerSettings? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? database = null;
        var maxActivities = 4;
        var delayMs = 10;
        var lockSeconds = 5;
        for (var i = 0; i < args.Count; i++)
        {
            if (i + 1 >= args.Count)
            {
                return Invalid($"'{args[i]}' needs a value");
            }

            var name = args[i];
            var value = args[++i];
            switch (name)
            {
                case "--database":
                    database = value;
                    break;
                case "--max-activities" when TryParse(value, 1, out maxActivities):
                case "--activity-delay-ms" when TryParse(value, 0, out delayMs):
                case "--lock-seconds" when TryParse(value, 1, out lockSeconds):
                    break;
                default:
                    return Invalid($"unknown option or bad value: {name} {value}");
            }
        }

        if (string.IsNullOrWhiteSpace(database))
        {
            return Invalid("--database is required");
        }

        return new CrashWorkerSettings
        {
            DatabasePath = Path.GetFullPath(database),
            MaxConcurrentActivities = maxActivities,
            ActivityDelay = TimeSpan.FromMilliseconds(delayMs),
            LockDuration = TimeSpan.FromSeconds(lockSeconds),
        };
    }

    private static bool TryParse(string value, int minimum, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= minimum;

    private static CrashWorkerSettings? Invalid(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return null;
    }
}
