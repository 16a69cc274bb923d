using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;
using CampaignOrchestrator.Integrations.Tests.TestSupport;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Integrations.Tests.AgainstSandbox;

public sealed class MicropanelClientSandboxTests
{
    private static CreateMicropanelBatchRequest Request(MicropanelRecipients recipients, long surveyId = SampleAccount.SurveyId) => new()
    {
        Compose = new MicropanelCompose
        {
            SurveyId = surveyId,
            SurveyLanguageId = 486,
            TemplateId = 118632,
            TemplateLanguageId = 1,
            AllowMultipleResponses = false,
            Incentives = new MicropanelIncentives(20, 30, 40),
        },
        Recipients = recipients,
        Send = new MicropanelSendOptions(
            new MicropanelDeliveryOptions(AutomaticClosure.At(new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Unspecified), 50)),
            new MicropanelNotification(true)),
    };

    public static TheoryData<string> FilterTypes => ["all", "member", "filter"];

    [Theory]
    [MemberData(nameof(FilterTypes))]
    public async Task CreateBatchAsync_EachFilterType_CreatesOneBatch(string filterType)
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var recipients = filterType switch
        {
            "all" => MicropanelRecipients.AllVerifiedMembers(),
            "member" => MicropanelRecipients.Member("member@example.com"),
            _ => MicropanelRecipients.Filter(SampleAccount.MicropanelFilterId),
        };

        var created = await sandbox.Clients.Micropanel.CreateBatchAsync(Request(recipients));

        Assert.True(created.CampaignBatchId > 0);
        Assert.StartsWith("Invitation request submitted successfully", created.Message, StringComparison.Ordinal);
        Assert.Single(sandbox.Server.GetLedger(LedgerKinds.MicropanelBatchCreated));
    }

    [Fact]
    public async Task GetBatchAsync_StatusProgressesToClosed()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var client = sandbox.Clients.Micropanel;
        var created = await client.CreateBatchAsync(Request(MicropanelRecipients.AllVerifiedMembers()));

        var first = await client.GetBatchAsync(created.CampaignBatchId);
        sandbox.SandboxTime.Advance(TimeSpan.FromHours(1));
        var delivered = await client.GetBatchAsync(created.CampaignBatchId);
        sandbox.SandboxTime.Advance(TimeSpan.FromDays(7));
        var closed = await client.GetBatchAsync(created.CampaignBatchId);

        Assert.Equal(SampleAccount.SurveyId, first.SurveyId);
        Assert.Equal("Queued", first.Status);
        Assert.Equal("Delivery Successful", delivered.Status);
        Assert.Equal("Closed", closed.Status);
    }

    [Fact]
    public async Task GetFilterAsync_SeededFilter_IsReturned()
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var filter = await sandbox.Clients.Micropanel.GetFilterAsync(SampleAccount.MicropanelFilterId);

        Assert.False(string.IsNullOrEmpty(filter.Name));
    }

    [Fact]
    public async Task CreateBatchAsync_UnknownSurvey_Is400InvalidSchemaFromTheVendor()
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var error = await Assert.ThrowsAsync<QuestionProException>(() => sandbox.Clients.Micropanel.CreateBatchAsync(Request(MicropanelRecipients.AllVerifiedMembers(), 424242)));

        Assert.Equal((400, "BAD_REQUEST", "1002"), (error.HttpStatusCode, error.Name, error.ErrorId));
        Assert.Contains("surveyID", error.VendorMessage, StringComparison.Ordinal);
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Fact]
    public async Task CreateBatchAsync_UnknownFilter_Is404()
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var error = await Assert.ThrowsAsync<QuestionProException>(() => sandbox.Clients.Micropanel.CreateBatchAsync(Request(MicropanelRecipients.Filter(77777))));

        Assert.Equal(404, error.HttpStatusCode);
    }
}
