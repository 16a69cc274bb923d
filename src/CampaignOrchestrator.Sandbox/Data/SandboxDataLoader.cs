using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.Data;

/// <summary>Loads the sample account and overlays the optional data file: items with the same id are replaced, new ones added.</summary>
internal static class SandboxDataLoader
{
    private static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static SandboxData Load(string? dataFile)
    {
        var data = SampleAccountData.Create();
        if (!string.IsNullOrWhiteSpace(dataFile))
        {
            data = Overlay(data, File.ReadAllText(dataFile), dataFile);
        }

        SandboxDataValidator.ThrowIfInvalid(data, dataFile);
        return data;
    }

    public static SandboxData Overlay(SandboxData data, string json, string source)
    {
        JsonElement root;
        SandboxData overlay;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(json, FileOptions);
            overlay = root.Deserialize<SandboxData>(FileOptions)
                ?? throw new InvalidDataException($"Sandbox data file '{source}' is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Sandbox data file '{source}' is not valid: {exception.Message}", exception);
        }

        return new SandboxData
        {
            Account = root.TryGetProperty("account", out _) ? overlay.Account : data.Account,
            ApiKeys = MergeBy(data.ApiKeys, overlay.ApiKeys, key => key.Key),
            Surveys = MergeBy(data.Surveys, overlay.Surveys, survey => survey.Id),
            EmailLists = MergeBy(data.EmailLists, overlay.EmailLists, list => list.Id),
            EmailTemplates = MergeBy(data.EmailTemplates, overlay.EmailTemplates, template => template.Id),
            EmailBatches = MergeBy(data.EmailBatches, overlay.EmailBatches, batch => batch.Id),
            MicropanelFilters = MergeBy(data.MicropanelFilters, overlay.MicropanelFilters, filter => filter.Id),
            SatisMeter = new SatisMeterData
            {
                WriteKeys = MergeBy(data.SatisMeter.WriteKeys, overlay.SatisMeter.WriteKeys, key => key),
                Campaigns = MergeBy(data.SatisMeter.Campaigns, overlay.SatisMeter.Campaigns, campaign => campaign.Id),
            },
        };
    }

    private static List<T> MergeBy<T, TKey>(IReadOnlyList<T> items, IReadOnlyList<T> replacements, Func<T, TKey> keyOf)
        where TKey : notnull
    {
        var byKey = replacements.ToDictionary(keyOf);
        var merged = items.Select(item => byKey.Remove(keyOf(item), out var replacement) ? replacement : item).ToList();
        merged.AddRange(replacements.Where(item => byKey.ContainsKey(keyOf(item))));
        return merged;
    }
}
