using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Integrations.SatisMeter;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>The <c>satismeter</c> target.</summary>
internal static partial class InboundResponseReader
{
    private static readonly KeyValuePair<string, SatisMeterMethod>[] Methods =
        [.. Enum.GetValues<SatisMeterMethod>().Select(method => KeyValuePair.Create(method.ToWire(), method))];

    private static SatisMeterInboundResponse? ReadSatisMeter(ObjectReader reader, DefinitionReadContext context, string id)
    {
        var project = reader.String("project");
        if (project is not null && string.IsNullOrWhiteSpace(project))
        {
            context.Failures.Add(reader.PathOf("project"), "must not be blank; leave it out for the default project");
        }

        var campaign = RequiredText(reader, context, "campaign");
        var method = reader.Choice("method", Methods) ?? SatisMeterMethod.InApp;
        var answers = ReadSatisMeterAnswers(reader, context);
        var userId = ReadIdentity(reader, context, "userId");
        var anonymousId = ReadIdentity(reader, context, "anonymousId");
        if ((userId is null) == (anonymousId is null) && !context.UnreadablePaths.Contains(reader.PathOf("userId"))
            && !context.UnreadablePaths.Contains(reader.PathOf("anonymousId")))
        {
            context.Failures.Add(reader.Path, "exactly one of userId and anonymousId is required");
        }

        var traits = ReadTraits(reader, context);
        return campaign is null || answers is null
            ? null
            : new SatisMeterInboundResponse
            {
                Id = id,
                Project = project,
                Campaign = campaign,
                Method = method,
                Answers = answers,
                UserId = userId,
                AnonymousId = anonymousId,
                Traits = traits,
            };
    }

    private static List<SatisMeterInboundAnswer>? ReadSatisMeterAnswers(ObjectReader reader, DefinitionReadContext context)
    {
        var path = reader.PathOf("answers");
        var items = reader.Array("answers", item =>
        {
            var answerId = RequiredText(item, context, "id");
            var value = item.Element("value", required: true);
            var valuePath = item.PathOf("value");
            item.Finish();
            return value switch
            {
                { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var rating) => answerId is null ? null : new SatisMeterInboundAnswer(answerId, rating, null),
                { ValueKind: JsonValueKind.String } text when !string.IsNullOrWhiteSpace(text.GetString()) => answerId is null ? null : new SatisMeterInboundAnswer(answerId, null, text.GetString()),
                null => null,
                _ => Invalid<SatisMeterInboundAnswer>(context, valuePath, "expected an integer (a rating) or a non-blank string (a text or choice)"),
            };
        });

        if (items.Count == 0 && !context.UnreadablePaths.Contains(path))
        {
            context.Unreadable(path, "required; at least one answer {\"id\", \"value\"}");
            return null;
        }

        return items.Any(answer => answer is null) ? null : [.. items.Select(answer => answer!)];
    }

    private static string? ReadIdentity(ObjectReader reader, DefinitionReadContext context, string name)
    {
        // SatisMeter takes numeric user ids too; they are sent as the text they are.
        return reader.Element(name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } text when !string.IsNullOrWhiteSpace(text.GetString()) => text.GetString(),
            { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
            _ => Invalid<string>(context, reader.PathOf(name), "expected a non-blank string or a number"),
        };
    }

    private static T? Invalid<T>(DefinitionReadContext context, string path, string message)
        where T : class
    {
        context.Unreadable(path, message);
        return null;
    }
}
