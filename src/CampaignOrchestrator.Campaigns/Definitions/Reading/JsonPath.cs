using System.Buffers;

namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>Builds JSON paths (<c>$.emailInvites[1].emailTemplate.content</c>) for failure messages.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    private static readonly SearchValues<char> PlainNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$");

    public static string Property(string parent, string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && !name.AsSpan().ContainsAnyExcept(PlainNameChars)
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>Returns whether <paramref name="path"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path.StartsWith(ancestor, StringComparison.Ordinal)
        && (path.Length == ancestor.Length || path[ancestor.Length] is '.' or '[');
}
