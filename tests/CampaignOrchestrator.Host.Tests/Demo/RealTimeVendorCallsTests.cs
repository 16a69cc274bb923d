using System.Net;
using CampaignOrchestrator.Host.Demo;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Demo;

/// <summary>
/// Under a compressed clock, a vendor call's timeouts run in real time only with <c>AddRealTimeVendorCalls</c>: the
/// call below is held while an hour of simulated time (one real second) passes, far beyond the 30 s attempt timeout.
/// </summary>
public sealed class RealTimeVendorCallsTests
{
    [Fact]
    public async Task WithRealTimeVendorCalls_ASlowCallOutlivesTheSimulatedTimeouts()
    {
        var failure = await CallHeldForOneRealSecondAsync(realTimeVendorCalls: true);

        Assert.Equal(QuestionProFailureKind.VendorError, failure.Kind);
        Assert.Equal(404, failure.HttpStatusCode);
    }

    [Fact]
    public async Task WithoutRealTimeVendorCalls_TheSimulatedTimeoutsCutTheCallShort()
    {
        var failure = await CallHeldForOneRealSecondAsync(realTimeVendorCalls: false);

        Assert.Equal(QuestionProFailureKind.Timeout, failure.Kind);
    }

    private static async Task<QuestionProFailure> CallHeldForOneRealSecondAsync(bool realTimeVendorCalls)
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var vendor = new HeldVendor();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new ScaledTimeProvider(3600, real));
        services.AddQuestionPro(options =>
        {
            options.ApiKey = "test-key";
            options.BaseUrl = new Uri("http://127.0.0.1:9/");
        });
        services.AddHttpClient<QuestionProEmailBatchClient>().ConfigurePrimaryHttpMessageHandler(() => vendor);
        if (realTimeVendorCalls)
        {
            services.AddRealTimeVendorCalls();
        }

        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<QuestionProEmailBatchClient>();

        var call = client.GetAsync(1001, 4001);
        await vendor.Received.WaitAsync(TimeSpan.FromSeconds(10));
        real.Advance(TimeSpan.FromSeconds(1));
        vendor.Answer.TrySetResult();

        var exception = await Assert.ThrowsAsync<QuestionProException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        return exception.Failure;
    }

    /// <summary>A vendor that holds the first call until told to answer, then answers 404 in QuestionPro's envelope.</summary>
    private sealed class HeldVendor : HttpMessageHandler
    {
        private readonly TaskCompletionSource _received = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Received => _received.Task;

        public TaskCompletionSource Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _received.TrySetResult();
            await Answer.Task.WaitAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent(
                    """{"response":{"error":{"name":"NOT_FOUND","httpStatusCode":404,"id":"1040","message":"Batch not found"}}}""",
                    System.Text.Encoding.UTF8,
                    "application/json"),
            };
        }
    }
}
