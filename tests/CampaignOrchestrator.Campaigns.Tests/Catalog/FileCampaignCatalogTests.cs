using System.Text;
using CampaignOrchestrator.Campaigns.Catalog;
using CampaignOrchestrator.Campaigns.Tests.Definitions;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Campaigns.Tests.Catalog;

public sealed class FileCampaignCatalogTests : IDisposable
{
    private readonly TempCatalogDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private FileCampaignCatalog CreateSut() => new(Options.Create(new CampaignCatalogOptions { Directory = _directory.Path }));

    private static string Definition(string name) => DefinitionDocuments.Edit($"$.name=\"{name}\"");

    [Fact]
    public async Task FindAsync_ValidFile_ReturnsDefinition()
    {
        var path = _directory.Write("spring-nps.json", Definition("spring-nps"));

        var entry = await CreateSut().FindAsync("spring-nps");

        Assert.NotNull(entry);
        Assert.True(entry.IsValid, string.Join(Environment.NewLine, entry.Failures));
        Assert.Equal("spring-nps", entry.Definition.Name);
        Assert.Equal(path, entry.Source);
        Assert.Equal(64, entry.ContentHash.Length);
    }

    [Fact]
    public async Task FindAsync_MissingFile_ReturnsNull()
    {
        Assert.Null(await CreateSut().FindAsync("nowhere"));
    }

    [Theory]
    [InlineData("../secrets")]
    [InlineData("Spring-NPS")]
    [InlineData("")]
    [InlineData("a/b")]
    public async Task FindAsync_NameThatIsNotACampaignName_ReturnsNullWithoutReading(string name)
    {
        _directory.Write("Spring-NPS.json", Definition("spring-nps"));

        Assert.Null(await CreateSut().FindAsync(name));
    }

    [Fact]
    public async Task FindAsync_InvalidFile_ReturnsEntryWithFailures()
    {
        _directory.Write("broken.json", DefinitionDocuments.Edit("$.name=\"broken\"|$.survey.id=0|$.apiKey=\"do-not-echo\""));

        var entry = await CreateSut().FindAsync("broken");

        Assert.NotNull(entry);
        Assert.False(entry.IsValid);
        Assert.Null(entry.Definition);
        Assert.Equal(["$.apiKey", "$.survey.id"], entry.Failures.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entry.Failures, f => f.Message.Contains("do-not-echo", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("$.name=\"weekly\"", true, true)]
    [InlineData("$.name=\"weekly\"|$.schedule=-", true, false)]
    [InlineData("$.name=\"weekly\"|$.survey.id=0", false, true)]
    [InlineData("$.name=\"weekly\"|$.survey.id=0|$.schedule=-", false, false)]
    [InlineData("$.name=\"weekly\"|$.schedule.cron=\"0 9 30 2 *\"", false, true)]
    public async Task FindAsync_AnyDefinition_TellsWhetherItHasASchedule(string edits, bool valid, bool hasSchedule)
    {
        _directory.Write("weekly.json", DefinitionDocuments.Edit(edits));

        var entry = await CreateSut().FindAsync("weekly");

        Assert.NotNull(entry);
        Assert.Equal((valid, hasSchedule), (entry.IsValid, entry.HasSchedule));
    }

    [Fact]
    public async Task FindAsync_MalformedFile_ReturnsEntryWithOneFailure()
    {
        _directory.Write("torn.json", "{ \"name\": \"torn\", ");

        var entry = await CreateSut().FindAsync("torn");

        Assert.NotNull(entry);
        var failure = Assert.Single(entry.Failures);
        Assert.StartsWith("malformed JSON at line 1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_NameDiffersFromFileName_ReportsIt()
    {
        _directory.Write("spring-nps.json", Definition("autumn-nps"));

        var entry = await CreateSut().FindAsync("spring-nps");

        Assert.NotNull(entry);
        Assert.Null(entry.Definition);
        var failure = Assert.Single(entry.Failures);
        Assert.Equal(("$.name", "must equal the file name (spring-nps.json)"), (failure.Path, failure.Message));
    }

    [Fact]
    public async Task FindAsync_FileWithByteOrderMark_IsRead()
    {
        File.WriteAllText(Path.Combine(_directory.Path, "bom.json"), Definition("bom"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var entry = await CreateSut().FindAsync("bom");

        Assert.True(entry?.IsValid);
    }

    [Fact]
    public async Task FindAsync_FileOverSizeLimit_ReportsItWithoutParsing()
    {
        _directory.Write("huge.json", new string(' ', CampaignCatalogOptions.MaxFileBytes + 1));

        var entry = await CreateSut().FindAsync("huge");

        Assert.NotNull(entry);
        Assert.Equal("$: the file is larger than 1048576 bytes", Assert.Single(entry.Failures).ToString());
    }

    [Fact]
    public async Task ListAsync_MixedFiles_ListsEveryJsonFileByName()
    {
        _directory.Write("b-campaign.json", Definition("b-campaign"));
        _directory.Write("a-campaign.json", Definition("a-campaign"));
        _directory.Write("c-campaign.json", DefinitionDocuments.Edit("$.name=\"c-campaign\"|$.colour=1"));
        _directory.Write("Bad Name.json", Definition("bad-name"));
        _directory.Write("notes.txt", "not a campaign");

        var entries = await CreateSut().ListAsync();

        Assert.Equal(["Bad Name", "a-campaign", "b-campaign", "c-campaign"], entries.Select(e => e.Name));
        Assert.Equal([false, true, true, false], entries.Select(e => e.IsValid));
        Assert.StartsWith("the file name Bad Name.json is not", entries[0].Failures[0].Message, StringComparison.Ordinal);
        Assert.Equal("$.colour", Assert.Single(entries[3].Failures).Path);
    }

    [Fact]
    public async Task ListAsync_MissingDirectory_ReturnsEmpty()
    {
        var sut = new FileCampaignCatalog(Options.Create(new CampaignCatalogOptions { Directory = Path.Combine(_directory.Path, "absent") }));

        Assert.Empty(await sut.ListAsync());
    }

    [Fact]
    public async Task FindAsync_FileEditedBetweenCalls_ReadsTheNewVersion()
    {
        _directory.Write("spring-nps.json", Definition("spring-nps"));
        var sut = CreateSut();
        var first = await sut.FindAsync("spring-nps");

        _directory.Write("spring-nps.json", DefinitionDocuments.Edit("$.name=\"spring-nps\"|$.survey.id=1002"));
        var second = await sut.FindAsync("spring-nps");

        Assert.Equal(1002, second?.Definition?.Survey.Id);
        Assert.NotEqual(first?.ContentHash, second?.ContentHash);
    }

    [Fact]
    public async Task Samples_AsCatalog_AreAllValid()
    {
        var sut = new FileCampaignCatalog(Options.Create(new CampaignCatalogOptions { Directory = RepositoryFiles.PathOf("samples", "campaigns") }));

        var entries = await sut.ListAsync();

        Assert.NotEmpty(entries);
        Assert.All(entries, entry => Assert.True(entry.IsValid, entry.Name + ": " + string.Join("; ", entry.Failures)));
    }
}
