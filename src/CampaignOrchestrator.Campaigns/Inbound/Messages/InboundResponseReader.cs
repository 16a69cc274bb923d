using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions.Reading;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>Reads one response of an inbound message by its <c>target</c>.</summary>
internal static partial class InboundResponseReader
{
    public const string SecretMessage =
        "secrets are not allowed in an inbound message; write keys come from configuration (SatisMeter:WriteKey, SatisMeter:Projects:{name}:WriteKey)";

    private static readonly string[] Targets = [InboundTargets.SatisMeter, InboundTargets.QuestionPro];

    /// <summary>Reads a response; <see langword="null"/> when it has problems (all reported to the context).</summary>
    public static InboundResponse? Read(JsonElement element, string path, DefinitionReadContext context)
    {
        var reader = ObjectReader.Open(element, path, context);
        if (!reader.IsObject)
        {
            return null;
        }

        var failuresBefore = context.Failures.Failures.Count;
        var id = ReadId(reader, element, context);
        var target = reader.String("target", required: true);
        InboundResponse? response = target switch
        {
            InboundTargets.SatisMeter => ReadSatisMeter(reader, context, id),
            InboundTargets.QuestionPro => ReadQuestionPro(reader, context, id),
            null => null,
            _ => Unknown(reader, context),
        };

        // Without a known target the other properties cannot be judged; reporting them as unknown would only mislead.
        if (response is not null || target is InboundTargets.SatisMeter or InboundTargets.QuestionPro)
        {
            reader.Finish();
        }

        return context.Failures.Failures.Count == failuresBefore ? response : null;
    }

    private static string ReadId(ObjectReader reader, JsonElement element, DefinitionReadContext context)
    {
        var id = reader.String("id");
        if (id is null)
        {
            return ResponseIds.Derive(element);
        }

        if (!InboundLimits.IsValidId(id))
        {
            context.Failures.Add(reader.PathOf("id"), InboundLimits.IdRule);
        }

        return id;
    }

    private static InboundResponse? Unknown(ObjectReader reader, DefinitionReadContext context)
    {
        context.Unreadable(reader.PathOf("target"), "must be " + ObjectReader.DescribeChoices(Targets));
        return null;
    }

    private static string? RequiredText(ObjectReader reader, DefinitionReadContext context, string name)
    {
        var text = reader.String(name, required: true);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            context.Failures.Add(reader.PathOf(name), "must not be blank");
            return null;
        }

        return text;
    }
}
