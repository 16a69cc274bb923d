using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Integrations.Validation;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Campaigns.Catalog;

/// <summary>
/// The campaign catalog as a directory of <c>&lt;name&gt;.json</c> files (<c>Campaigns:Directory</c>), read on every
/// call so that edits apply to the next run. An invalid file yields an entry with its failures; a definition whose
/// <c>name</c> differs from its file name is invalid.
/// </summary>
/// <param name="options">Where the files are.</param>
public sealed class FileCampaignCatalog(IOptions<CampaignCatalogOptions> options) : ICampaignCatalog
{
    private const string Extension = ".json";

    /// <summary>Gets the full path of the catalog directory.</summary>
    public string DirectoryPath { get; } = Path.GetFullPath(options?.Value.Directory ?? throw new ArgumentNullException(nameof(options)));

    /// <inheritdoc />
    public async Task<CampaignCatalogEntry?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!CampaignDefinitionValidator.IsValidName(name))
        {
            return null;
        }

        var path = Path.Combine(DirectoryPath, name + Extension);
        return File.Exists(path) ? await ReadAsync(name, path, cancellationToken) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CampaignCatalogEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(DirectoryPath))
        {
            return [];
        }

        var entries = new List<CampaignCatalogEntry>();
        foreach (var path in Directory.EnumerateFiles(DirectoryPath, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var entry = await ReadAsync(Path.GetFileNameWithoutExtension(path), path, cancellationToken);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static async Task<CampaignCatalogEntry?> ReadAsync(string name, string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > CampaignCatalogOptions.MaxFileBytes)
            {
                return Invalid(name, path, string.Empty, $"the file is larger than {CampaignCatalogOptions.MaxFileBytes} bytes");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Invalid(name, path, string.Empty, $"the file could not be read ({exception.GetType().Name})");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var json = WithoutByteOrderMark(bytes);
        var result = CampaignDefinitionParser.Parse(json);
        var failures = new List<ValidationFailure>(result.Failures);
        if (!CampaignDefinitionValidator.IsValidName(name))
        {
            failures.Insert(0, new ValidationFailure("$", $"the file name {name}{Extension} is not <campaign name>{Extension}; a campaign name {CampaignDefinitionValidator.NameRule}"));
        }
        else if (result.Definition is { } definition && definition.Name != name)
        {
            failures.Add(new ValidationFailure("$.name", $"must equal the file name ({name}{Extension})"));
        }

        return new CampaignCatalogEntry
        {
            Name = name,
            Source = path,
            ContentHash = hash,
            Definition = failures.Count == 0 ? result.Definition : null,
            Failures = failures,
            HasSchedule = result.Definition is { } read ? read.Schedule is not null : DeclaresSchedule(json),
        };
    }

    // An invalid definition is not read into the model, so whether it has a schedule is looked up in the document.
    private static bool DeclaresSchedule(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("schedule", out var schedule)
                && schedule.ValueKind != JsonValueKind.Null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ReadOnlyMemory<byte> WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsMemory(Encoding.UTF8.Preamble.Length) : bytes;

    private static CampaignCatalogEntry Invalid(string name, string path, string hash, string message) => new()
    {
        Name = name,
        Source = path,
        ContentHash = hash,
        Failures = [new ValidationFailure("$", message)],
    };
}
