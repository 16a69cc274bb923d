using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Campaigns.Definitions.Reading;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>A SatisMeter response's <c>traits</c>: any properties, kept as given.</summary>
internal static partial class InboundResponseReader
{
    private static JsonObject? ReadTraits(ObjectReader reader, DefinitionReadContext context)
    {
        var path = reader.PathOf("traits");
        var traits = reader.Element("traits");
        if (traits is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Unreadable(path, "expected an object");
            return null;
        }

        // A JsonObject cannot hold a property twice (it throws when read), so such traits are refused here, at their path.
        return HasNoDuplicateProperties(value, path, context) ? JsonNode.Parse(value.GetRawText())!.AsObject() : null;
    }

    private static bool HasNoDuplicateProperties(JsonElement element, string path, DefinitionReadContext context)
    {
        var valid = true;
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var propertyPath = JsonPath.Property(path, property.Name);
                if (!seen.Add(property.Name))
                {
                    context.Failures.Add(propertyPath, "duplicate property");
                    valid = false;
                }

                valid &= HasNoDuplicateProperties(property.Value, propertyPath, context);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                valid &= HasNoDuplicateProperties(item, JsonPath.Index(path, index++), context);
            }
        }

        return valid;
    }
}
