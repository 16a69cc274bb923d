using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Definitions.Rules;

/// <summary>
/// Moves the QuestionPro client validators' findings (paths relative to a request body, vendor property names such as
/// <c>templateID</c>) under the definition's paths and names, so the vendor rules live only in the client.
/// </summary>
internal static class VendorFailureMapper
{
    private static readonly (string Vendor, string Definition)[] VendorNames =
    [
        ("emailListID", "emailListId"),
        ("templateID", "templateId"),
        ("surveyLanguageID", "surveyLanguageId"),
        ("templateLanguageID", "templateLanguageId"),
        ("existingFilterID", "existingFilterId"),
    ];

    /// <summary>Maps findings: drops those at <paramref name="ignoredPaths"/>, rewrites path prefixes, renames vendor names.</summary>
    /// <param name="failures">The client validator's findings.</param>
    /// <param name="prefixes">Vendor path prefix to definition path prefix, most specific first.</param>
    /// <param name="ignoredPaths">Vendor paths the definition checks elsewhere (e.g. the survey id).</param>
    /// <returns>The findings in definition terms.</returns>
    public static IEnumerable<ValidationFailure> Map(
        IEnumerable<ValidationFailure> failures,
        IReadOnlyList<(string Vendor, string Definition)> prefixes,
        IReadOnlyCollection<string> ignoredPaths)
    {
        foreach (var failure in failures)
        {
            if (ignoredPaths.Any(ignored => JsonPath.IsWithin(failure.Path, ignored)))
            {
                continue;
            }

            var path = failure.Path;
            foreach (var (vendor, definition) in prefixes)
            {
                if (JsonPath.IsWithin(path, vendor))
                {
                    path = definition + path[vendor.Length..];
                    break;
                }
            }

            yield return new ValidationFailure(Rename(path), Rename(failure.Message));
        }
    }

    private static string Rename(string text)
    {
        foreach (var (vendor, definition) in VendorNames)
        {
            text = text.Replace(vendor, definition, StringComparison.Ordinal);
        }

        return text;
    }
}
