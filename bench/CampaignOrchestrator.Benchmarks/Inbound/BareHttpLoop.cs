using System.Diagnostics;
using System.Net.Http.Headers;

namespace CampaignOrchestrator.Benchmarks.Inbound;

/// <summary>
/// The ceiling the orchestration is compared with: a plain <see cref="HttpClient"/> posting SatisMeter bodies with a
/// fixed number of requests in flight, and nothing else (no engine, no idempotency records, no client pipeline).
/// </summary>
internal static class BareHttpLoop
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    /// <summary>Posts every body once, <paramref name="concurrency"/> at a time; returns the seconds it took.</summary>
    public static async Task<double> PostAllAsync(Uri baseAddress, IReadOnlyList<byte[]> bodies, int concurrency)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (body, cancellationToken) =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = JsonContentType;
            using var response = await http.PostAsync("api/responses", content, cancellationToken);
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
