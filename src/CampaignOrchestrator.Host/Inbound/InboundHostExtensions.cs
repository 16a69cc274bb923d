using CampaignOrchestrator.Host.Engine;
using CampaignOrchestrator.Host.Queues;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Inbound;

/// <summary>Registers inbound responses: the orchestration, the SatisMeter client, the queue trigger and the HTTP endpoint's services.</summary>
internal static class InboundHostExtensions
{
    /// <summary>
    /// Registers the <c>InboundResponses</c> orchestration and its activity, the SatisMeter client (section
    /// <c>SatisMeter</c>), the inbound settings (section <c>Inbound</c>) and, unless <c>Inbound:ListenerEnabled</c> is
    /// false, the trigger of the inbound queue.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddInboundResponses(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InboundOptions>().BindConfiguration(InboundOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<InboundOptions>, InboundOptionsValidator>();
        builder.Services.AddSatisMeter();
        builder.Services.AddDurableOrchestrations(engine => engine.AddInboundResponses());
        builder.Services.AddSingleton<InboundMessageStarter>();
        builder.Services.AddQueues();
        var listen = builder.Configuration.GetValue($"{InboundOptions.SectionName}:{nameof(InboundOptions.ListenerEnabled)}", true);
        if (listen)
        {
            builder.Services.AddQueueTrigger<InboundQueueHandler>(
                provider => provider.GetRequiredService<IOptions<InboundOptions>>().Value.QueueName,
                $"{InboundOptions.SectionName}:{nameof(InboundOptions.QueueName)}");
        }

        return builder;
    }
}
