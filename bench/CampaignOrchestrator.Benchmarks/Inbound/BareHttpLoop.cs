using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Benchmarks.Inbound;

/// <summary>
/// The ceiling the orchestration is compared with: a plain <see cref="HttpClient"/> posting SatisMeter bodies with a
/// fixed number of requests in flight, and nothing else (no engine, no idempotency records, no client pipeline).
/// </summary>
internal static class BareHttpLoop
{
    /// <summary>Posts every body once, <paramref name="concurrency"/> at a time; returns the seconds it took.</summary>
    public static async Task<double> PostAllAsync(Uri baseAddress, IReadOnlyList<JsonObject> bodies, int concurrency)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (body, cancellationToken) =>
        {
            using var response = await http.PostAsJsonAsync("api/responses", body, cancellationToken);
            await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
            }
        });
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        if (failures > 0)
        {
            throw new InvalidOperationException($"The bare HTTP loop had {failures} of {bodies.Count} posts refused.");
        }

        return seconds;
    }
}
