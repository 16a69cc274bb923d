using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;
using CampaignOrchestrator.Integrations.SatisMeter;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CampaignOrchestrator.Integrations.Tests.TestSupport;

/// <summary>Builds the real client registrations over a stub handler (or a real server) and a fake clock.</summary>
internal sealed class ClientHarness : IDisposable
{
    public const string ApiKey = "qp-secret-key-123";
    public const string WriteKey = "sm-secret-write-key-456";

    private readonly ServiceProvider _services;

    public ClientHarness(
        HttpMessageHandler? handler = null,
        TimeProvider? time = null,
        Uri? baseUrl = null,
        Action<QuestionProOptions>? questionPro = null,
        Action<SatisMeterOptions>? satisMeter = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddQuestionPro(o =>
        {
            o.ApiKey = ApiKey;
            o.BaseUrl = baseUrl ?? new Uri("http://questionpro.test");
            o.Resilience.BaseDelay = TimeSpan.Zero;
            questionPro?.Invoke(o);
        });
        services.AddSatisMeter(o =>
        {
            o.WriteKey = WriteKey;
            o.BaseUrl = baseUrl ?? new Uri("http://satismeter.test");
            o.Resilience.BaseDelay = TimeSpan.Zero;
            satisMeter?.Invoke(o);
        });
        if (handler is not null)
        {
            foreach (var client in new[] { typeof(QuestionProEmailBatchClient), typeof(QuestionProMicropanelClient), typeof(QuestionProRespondentClient), typeof(SatisMeterClient) })
            {
                services.AddHttpClient(client.Name).ConfigurePrimaryHttpMessageHandler(() => handler);
            }
        }

        _services = services.BuildServiceProvider();
    }

    public FakeLoggerProvider Logs { get; } = new();

    public QuestionProEmailBatchClient EmailBatches => _services.GetRequiredService<QuestionProEmailBatchClient>();

    public QuestionProMicropanelClient Micropanel => _services.GetRequiredService<QuestionProMicropanelClient>();

    public QuestionProRespondentClient Respondent => _services.GetRequiredService<QuestionProRespondentClient>();

    public SatisMeterClient SatisMeter => _services.GetRequiredService<SatisMeterClient>();

    public IServiceProvider Services => _services;

    public void Dispose()
    {
        _services.Dispose();
        Logs.Dispose();
    }
}
