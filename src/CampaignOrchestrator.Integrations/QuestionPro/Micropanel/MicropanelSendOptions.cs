using System.Globalization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

/// <summary>The <c>send</c> part of a micropanel batch.</summary>
/// <param name="DeliveryOptions">When the batch closes.</param>
/// <param name="Notification">Whether an email invitation goes out.</param>
public sealed record MicropanelSendOptions(MicropanelDeliveryOptions? DeliveryOptions, MicropanelNotification? Notification);

/// <summary>Delivery options.</summary>
/// <param name="AutomaticClosure">Closes the batch at a time or a response count.</param>
public sealed record MicropanelDeliveryOptions(AutomaticClosure? AutomaticClosure);

/// <summary>Notification options.</summary>
/// <param name="EnableEmailInvitation">Whether members also get an email.</param>
public sealed record MicropanelNotification(bool EnableEmailInvitation);

/// <summary>Closes a batch automatically.</summary>
/// <param name="Enabled">Whether closure is on.</param>
/// <param name="ClosureDateTime">When it closes, as <c>MM/dd/yyyy HH:mm</c>.</param>
/// <param name="ResponseQuota">Closes after this many responses.</param>
public sealed record AutomaticClosure(bool Enabled, string? ClosureDateTime, int? ResponseQuota)
{
    /// <summary>The vendor's closure time format.</summary>
    public const string ClosureFormat = "MM/dd/yyyy HH:mm";

    /// <summary>Creates an enabled closure at a time, formatted as the vendor expects.</summary>
    /// <param name="closesAt">When the batch closes (the account's time zone).</param>
    /// <param name="responseQuota">An optional response count that closes it earlier.</param>
    /// <returns>The closure.</returns>
    public static AutomaticClosure At(DateTime closesAt, int? responseQuota = null) =>
        new(true, closesAt.ToString(ClosureFormat, CultureInfo.InvariantCulture), responseQuota);

    /// <summary>Returns whether a text is a valid closure time.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> when it matches <see cref="ClosureFormat"/>.</returns>
    public static bool IsValidClosureDateTime(string? value) =>
        DateTime.TryParseExact(value, ClosureFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
