using System.Collections.Frozen;

namespace CampaignOrchestrator.Sandbox.Data;

/// <summary>Read-only lookups over the sandbox data (surveys, lists, templates, keys, campaigns).</summary>
internal sealed class SandboxCatalog(SandboxData data)
{
    private readonly FrozenDictionary<string, ApiKeyData> _apiKeys = data.ApiKeys.ToFrozenDictionary(key => key.Key, StringComparer.Ordinal);
    private readonly FrozenDictionary<long, SurveyData> _surveys = data.Surveys.ToFrozenDictionary(survey => survey.Id);
    private readonly FrozenDictionary<long, EmailListData> _lists = data.EmailLists.ToFrozenDictionary(list => list.Id);
    private readonly FrozenDictionary<long, EmailTemplateData> _templates = data.EmailTemplates.ToFrozenDictionary(template => template.Id);
    private readonly FrozenDictionary<long, MicropanelFilterData> _filters = data.MicropanelFilters.ToFrozenDictionary(filter => filter.Id);
    private readonly FrozenSet<string> _writeKeys = data.SatisMeter.WriteKeys.ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, SatisMeterCampaignData> _campaigns =
        data.SatisMeter.Campaigns.ToFrozenDictionary(campaign => campaign.Id, StringComparer.Ordinal);

    public SandboxData Data { get; } = data;

    public AccountData Account => Data.Account;

    public ApiKeyData? FindApiKey(string key) => _apiKeys.GetValueOrDefault(key);

    public SurveyData? FindSurvey(long id) => _surveys.GetValueOrDefault(id);

    public EmailListData? FindEmailList(long id) => _lists.GetValueOrDefault(id);

    public EmailTemplateData? FindTemplate(long id) => _templates.GetValueOrDefault(id);

    public MicropanelFilterData? FindFilter(long id) => _filters.GetValueOrDefault(id);

    public bool IsWriteKey(string key) => _writeKeys.Contains(key);

    public SatisMeterCampaignData? FindCampaign(string id) => _campaigns.GetValueOrDefault(id);
}
