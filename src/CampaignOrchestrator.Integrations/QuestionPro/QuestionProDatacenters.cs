using System.Collections.Frozen;

namespace CampaignOrchestrator.Integrations.QuestionPro;

/// <summary>The QuestionPro datacenters and their API hosts.</summary>
public static class QuestionProDatacenters
{
    /// <summary>The datacenter used when none is configured.</summary>
    public const string Default = "US";

    /// <summary>Gets the API host of each datacenter, by its configuration name (case-insensitive).</summary>
    public static FrozenDictionary<string, string> Hosts { get; } = new Dictionary<string, string>
    {
        ["US"] = "api.questionpro.com",
        ["EU"] = "api.questionpro.eu",
        ["CA"] = "api.questionpro.ca",
        ["SG"] = "api.questionpro.sg",
        ["AU"] = "api.questionpro.au",
        ["AE"] = "api.questionpro.ae",
        ["SA"] = "api.surveyanalytics.com",
        ["KSA"] = "api.questionprosa.com",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
