using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>
/// Turns the vendor clients' exceptions into <see cref="VendorCallException"/>s whose transience the durable retry
/// policies understand; other exceptions pass through unchanged.
/// </summary>
internal static class VendorFailureTranslator
{
    /// <summary>The error code of a request the client refused to send because it breaks a documented rule.</summary>
    public const string InvalidRequestCode = "QuestionPro.InvalidRequest";

    /// <summary>Runs a vendor call and translates its failure.</summary>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="call">The call.</param>
    /// <param name="guarded">
    /// Whether the call runs under an <see cref="Durable.Activities.EffectGuard"/>: then a failure that may have had an
    /// effect is transient even when the vendor's answer alone is not, because the next attempt reconciles it.
    /// </param>
    /// <returns>The call's result.</returns>
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, bool guarded = false)
    {
        try
        {
            return await call();
        }
        catch (QuestionProException exception)
        {
            throw Translate(exception, guarded);
        }
        catch (RequestValidationException exception)
        {
            throw new VendorCallException($"The request breaks a QuestionPro rule and was not sent: {exception.Message}", InvalidRequestCode, false, exception);
        }
    }

    /// <summary>Translates one QuestionPro failure.</summary>
    /// <param name="exception">The client's exception.</param>
    /// <param name="guarded">Whether the call runs under an effect guard (see <see cref="RunAsync{T}"/>).</param>
    /// <returns>The translated exception.</returns>
    public static VendorCallException Translate(QuestionProException exception, bool guarded)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var transient = exception.IsTransient || (guarded && exception.Effect != VendorEffect.None);
        var code = exception.HttpStatusCode is { } status
            ? $"QuestionPro.{status}{(exception.ErrorId is { } id ? "." + id : string.Empty)}"
            : $"QuestionPro.{exception.Failure.Kind}";
        return new VendorCallException(exception.Message, code, transient, exception);
    }
}
