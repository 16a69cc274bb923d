using System.Globalization;
using System.Text.Json;
using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.Data;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Sandbox.SatisMeter;

/// <summary>Recorded SatisMeter responses, with the duplicate and targeting checks (skipped by <c>forceSurvey</c>).</summary>
internal sealed class SatisMeterResponseStore(SimulatedClock clock, Ledger ledger, IOptions<SandboxOptions> options)
{
    private readonly TimeSpan _duplicateWindow = options.Value.DuplicateWindow;
    private readonly Dictionary<(string Campaign, string Identity), DateTimeOffset> _lastResponse = [];
    private readonly Dictionary<(string WriteKey, string Identity), Dictionary<string, JsonElement>> _traits = [];
    private readonly Lock _gate = new();
    private long _count;

    /// <summary>Records the response and returns its id, or <see langword="null"/> for a duplicate (or a user the campaign does not target).</summary>
    public string? Record(SatisMeterCampaignData campaign, InsertResponseRequest request)
    {
        lock (_gate)
        {
            var now = clock.SimulatedNow;
            var known = _traits.GetValueOrDefault((campaign.WriteKey, request.Identity)) ?? [];
            var traits = new Dictionary<string, JsonElement>(known, StringComparer.Ordinal);
            foreach (var (name, value) in request.Traits)
            {
                traits[name] = value;
            }

            if (!request.ForceSurvey && (IsRecent(campaign.Id, request.Identity, now) || !IsTargeted(campaign, traits)))
            {
                return null;
            }

            _traits[(campaign.WriteKey, request.Identity)] = traits;
            _lastResponse[(campaign.Id, request.Identity)] = now;
            var id = string.Create(CultureInfo.InvariantCulture, $"{now.ToUnixTimeSeconds():x8}{++_count:x16}");
            ledger.Record(LedgerKinds.SatisMeterResponseRecorded, new
            {
                responseId = id,
                campaign = campaign.Id,
                method = request.Method,
                userId = request.UserId,
                anonymousId = request.AnonymousId,
                answers = request.Answers,
                traits = request.Traits,
                forceSurvey = request.ForceSurvey,
            });
            return id;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _lastResponse.Clear();
            _traits.Clear();
            _count = 0;
        }
    }

    private bool IsRecent(string campaign, string identity, DateTimeOffset now) =>
        _lastResponse.TryGetValue((campaign, identity), out var last) && now - last < _duplicateWindow;

    private static bool IsTargeted(SatisMeterCampaignData campaign, Dictionary<string, JsonElement> traits) =>
        campaign.Targeting.All(rule => traits.TryGetValue(rule.Key, out var value) && TextOf(value) == rule.Value);

    private static string TextOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
}
