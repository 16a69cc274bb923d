using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CampaignOrchestrator.Sandbox.Data;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Common;

/// <summary>Parses numeric ids from the URL; anything but a positive integer is error 1000.</summary>
internal static class RouteIds
{
    public static bool TryParse(string value, string name, out long id, [NotNullWhen(false)] out QuestionProError? error)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0)
        {
            error = null;
            return true;
        }

        error = QuestionProError.InvalidUrlParameters($"{name} must be a positive integer (was '{value}')");
        return false;
    }

    /// <summary>Parses a survey id and finds the survey: 1000 when malformed, 404 when unknown.</summary>
    public static bool TryFindSurvey(
        string value,
        SandboxCatalog catalog,
        [NotNullWhen(true)] out SurveyData? survey,
        [NotNullWhen(false)] out QuestionProError? error)
    {
        survey = null;
        if (!TryParse(value, "surveyId", out var surveyId, out error))
        {
            return false;
        }

        survey = catalog.FindSurvey(surveyId);
        error = survey is null ? QuestionProError.NotFound($"survey {surveyId}") : null;
        return survey is not null;
    }
}
