using System.Globalization;
using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>
/// The names a run gives its sends: idempotency keys, the same for every attempt of one send (durable retries schedule
/// each attempt as a new task, so the engine's per-task key would differ), and the tag each email batch name carries so
/// an ambiguous create can be found among the survey's batches.
/// </summary>
internal static class RunKeys
{
    /// <summary>Makes a run's tag: 12 hex digits of a replay-safe GUID, so a restarted instance gets a new one.</summary>
    /// <param name="guid">A GUID from <c>context.NewGuid()</c>.</param>
    /// <returns>The tag.</returns>
    public static string RunTag(Guid guid) => guid.ToString("N")[..12];

    /// <summary>The key of a wave's batch creation.</summary>
    /// <param name="instanceId">The run's instance id (never contains '/').</param>
    /// <param name="runTag">The run's tag.</param>
    /// <param name="wave">The wave's index.</param>
    /// <returns>The key.</returns>
    public static string Wave(string instanceId, string runTag, int wave) => Invariant($"{instanceId}/{runTag}/wave-{wave + 1}");

    /// <summary>The key of a reminder.</summary>
    /// <param name="instanceId">The run's instance id.</param>
    /// <param name="runTag">The run's tag.</param>
    /// <param name="wave">The wave's index.</param>
    /// <param name="number">The reminder's number, from 1.</param>
    /// <returns>The key.</returns>
    public static string Reminder(string instanceId, string runTag, int wave, int number) => Invariant($"{Wave(instanceId, runTag, wave)}/reminder-{number}");

    /// <summary>The key of the micropanel batch creation.</summary>
    /// <param name="instanceId">The run's instance id.</param>
    /// <param name="runTag">The run's tag.</param>
    /// <returns>The key.</returns>
    public static string Micropanel(string instanceId, string runTag) => $"{instanceId}/{runTag}/micropanel";

    /// <summary>The tag of a wave's batch name, e.g. <c>[co:3f9a1c2b7d4e:w1]</c>.</summary>
    /// <param name="runTag">The run's tag.</param>
    /// <param name="wave">The wave's index.</param>
    /// <returns>The tag, brackets included so <c>w1</c> never matches <c>w10</c>.</returns>
    public static string BatchTag(string runTag, int wave) => Invariant($"[co:{runTag}:w{wave + 1}]");

    /// <summary>The batch name of a wave: its <c>batchName</c> (or campaign and wave name) followed by the tag.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="wave">The wave.</param>
    /// <param name="tag">The batch tag.</param>
    /// <returns>The batch name.</returns>
    public static string BatchName(CampaignDefinition campaign, EmailWave wave, string tag) =>
        $"{(string.IsNullOrWhiteSpace(wave.BatchName) ? $"{campaign.Name} - {wave.Name}" : wave.BatchName)} {tag}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
