using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

/// <summary>Who receives a micropanel invitation.</summary>
public sealed record MicropanelRecipients
{
    /// <summary>Gets the kind of selection.</summary>
    public required MicropanelFilterType FilterType { get; init; }

    /// <summary>Gets the member's address (filter type 2).</summary>
    public string? EmailAddress { get; init; }

    /// <summary>Gets the existing filter (filter type 3).</summary>
    [JsonPropertyName("existingFilterID")]
    public long? ExistingFilterId { get; init; }

    /// <summary>Selects every verified member.</summary>
    /// <returns>The recipients.</returns>
    public static MicropanelRecipients AllVerifiedMembers() => new() { FilterType = MicropanelFilterType.AllVerifiedMembers };

    /// <summary>Selects one member by address.</summary>
    /// <param name="emailAddress">The member's address.</param>
    /// <returns>The recipients.</returns>
    public static MicropanelRecipients Member(string emailAddress) =>
        new() { FilterType = MicropanelFilterType.SingleMember, EmailAddress = emailAddress };

    /// <summary>Selects the members of an existing filter.</summary>
    /// <param name="filterId">The filter.</param>
    /// <returns>The recipients.</returns>
    public static MicropanelRecipients Filter(long filterId) =>
        new() { FilterType = MicropanelFilterType.ExistingFilter, ExistingFilterId = filterId };
}

/// <summary>The <c>recipients.filterType</c> values.</summary>
public enum MicropanelFilterType
{
    /// <summary>Every verified member (1).</summary>
    AllVerifiedMembers = 1,

    /// <summary>One member, by <c>emailAddress</c> (2).</summary>
    SingleMember = 2,

    /// <summary>An existing filter, by <c>existingFilterID</c> (3).</summary>
    ExistingFilter = 3,
}
