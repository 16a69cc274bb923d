using System.Diagnostics;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Benchmarks;

/// <summary>
/// A burst of GETs from parallel callers against the sandbox, with the sandbox and the client set to the same call
/// budget: counts the sandbox's 429s and compares the achieved rate with the allowed one.
/// </summary>
internal static class QuestionProRateLimitScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        var calls = arguments.Int("calls", 1000);
        var budget = new RateLimitOptions { PermitLimit = arguments.Int("limit", 1200), Window = TimeSpan.FromSeconds(arguments.Int("window", 60)) };
        var parallel = arguments.Int("parallel", 32);

        await using var sandbox = await VendorSandboxServer.StartAsync(o => o.QuestionProRateLimit = budget);
        var services = new ServiceCollection()
            .AddLogging()
            .AddQuestionPro(o =>
            {
                o.ApiKey = SampleAccount.ApiKey;
                o.BaseUrl = sandbox.BaseAddress;
                o.RateLimit = new CallRateLimitOptions { PermitLimit = budget.PermitLimit, Window = budget.Window };

                // No retries: a 429 must show, not be absorbed.
                o.Resilience.MaxRetryAttempts = 0;
            })
            .BuildServiceProvider();
        await using var _ = services;
        var client = services.GetRequiredService<QuestionProEmailBatchClient>();

        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < calls)
            {
                try
                {
                    await client.GetAsync(SampleAccount.SurveyId, SampleAccount.EmailBatchId);
                }
                catch (QuestionProException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        clock.Stop();

        var allowedPerSecond = budget.PermitLimit / budget.Window.TotalSeconds;
        var seconds = clock.Elapsed.TotalSeconds;

        // A sliding window lets the first PermitLimit calls through at once; the fastest any client could finish is
        // when the last full window opens, so that bound is what "efficiency" compares with.
        var fastestPossible = Math.Max(0, Math.Ceiling(calls / (double)budget.PermitLimit) - 1) * budget.Window.TotalSeconds;
        return new BenchmarkResult("questionpro-ratelimit", "none", calls, seconds, new JsonObject
        {
            ["limit"] = budget.PermitLimit,
            ["windowSeconds"] = budget.Window.TotalSeconds,
            ["parallel"] = parallel,
            ["allowedPerSecond"] = Math.Round(allowedPerSecond, 3),
            ["rateToAllowed"] = Math.Round(calls / seconds / allowedPerSecond, 3),
            ["windowEfficiency"] = fastestPossible == 0 ? null : Math.Round(fastestPossible / seconds, 3),
            ["sandbox429"] = sandbox.GetMetrics().RateLimiterRejections,
            ["clientFailures"] = failures,
        });
    }
}
