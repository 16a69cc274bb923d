using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CampaignOrchestrator.Integrations.Tests.TestSupport;

/// <summary>A scripted primary handler: each call takes the next step of the script (the last step repeats).</summary>
internal sealed class StubHttpHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] script) : HttpMessageHandler
{
    private readonly Channel<RecordedRequest> _calls = Channel.CreateUnbounded<RecordedRequest>();
    private int _count;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int CallCount => Volatile.Read(ref _count);

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Respond(int status, string body = "{}", Action<HttpResponseMessage>? configure = null) =>
        (_, _) =>
        {
            var response = new HttpResponseMessage((System.Net.HttpStatusCode)status) { Content = new StringContent(body) };
            configure?.Invoke(response);
            return Task.FromResult(response);
        };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Throw(Exception exception) =>
        (_, _) => Task.FromException<HttpResponseMessage>(exception);

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        };

    /// <summary>Waits until the <paramref name="n"/>th call has arrived.</summary>
    public async Task WaitForCallAsync(int n)
    {
        while (Requests.Count < n)
        {
            await _calls.Reader.WaitToReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            _calls.Reader.TryRead(out _);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _count) - 1;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), body);
        Requests.Enqueue(recorded);
        _calls.Writer.TryWrite(recorded);
        return await script[Math.Min(index, script.Length - 1)](request, cancellationToken);
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);
