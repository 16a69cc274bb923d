using System.Text.Json;

namespace CampaignOrchestrator.Host.Configuration;

/// <summary>One Azure Functions <c>host.json</c> setting and the configuration key it sets.</summary>
/// <param name="HostJsonPath">The setting's path in host.json, with Azure Functions' names (e.g. <c>extensions.durableTask.hubName</c>).</param>
/// <param name="ConfigurationKey">The configuration key it sets (e.g. <c>Durable:HubName</c>).</param>
/// <param name="Convert">Turns the JSON value into the configuration value; null leaves the key unset.</param>
internal sealed record HostJsonSetting(string HostJsonPath, string ConfigurationKey, Func<JsonElement, string?> Convert)
{
    /// <summary>Gets the settings read from host.json. Anything else in the file is ignored.</summary>
    public static IReadOnlyList<HostJsonSetting> All { get; } =
    [
        new("extensions.durableTask.hubName", "Durable:HubName", AsText),
        new("extensions.durableTask.maxConcurrentOrchestratorFunctions", "Durable:Worker:MaxConcurrentOrchestrations", AsText),
        new("extensions.durableTask.maxConcurrentActivityFunctions", "Durable:Worker:MaxConcurrentActivities", AsText),

        // Durable Functions keeps no orchestration in memory unless extended sessions are on; ours does by default.
        new("extensions.durableTask.extendedSessionsEnabled", "Durable:Worker:MaxCachedOrchestrations", ExtendedSessions),
        new("extensions.durableTask.storageProvider.type", "Storage:Provider", AsText),
        new("extensions.durableTask.storageProvider.maxQueuePollingInterval", "Durable:Worker:MaxPollingInterval", AsText),
        new("extensions.durableTask.storageProvider.workItemQueueVisibilityTimeout", "Durable:Worker:LockDuration", AsText),

        // The queue trigger's settings, with Azure Functions' names (see docs/queues.md).
        new("extensions.queues.batchSize", "Queues:BatchSize", AsText),
        new("extensions.queues.newBatchThreshold", "Queues:NewBatchThreshold", AsText),
        new("extensions.queues.maxDequeueCount", "Queues:MaxDequeueCount", AsText),
        new("extensions.queues.visibilityTimeout", "Queues:VisibilityTimeout", AsText),
        new("extensions.queues.maxPollingInterval", "Queues:MaxPollingInterval", AsText),
        new("extensions.queues.messageEncoding", "Queues:MessageEncoding", AsText),
    ];

    /// <summary>Describes where a configuration key can also come from, for validation messages.</summary>
    /// <param name="configurationKey">The configuration key.</param>
    /// <returns>The key, followed by its host.json name when it has one.</returns>
    public static string Describe(string configurationKey)
    {
        var setting = All.FirstOrDefault(s => string.Equals(s.ConfigurationKey, configurationKey, StringComparison.OrdinalIgnoreCase));
        return setting is null ? configurationKey : $"{configurationKey} (host.json {setting.HostJsonPath})";
    }

    /// <summary>Returns a JSON value as configuration text: strings unquoted, numbers and booleans as written.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text; null for JSON null.</returns>
    public static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    private static string? ExtendedSessions(JsonElement value) => value.ValueKind == JsonValueKind.False ? "0" : null;
}
