namespace CampaignOrchestrator.Host.Queues;

/// <summary>One running queue trigger: its queue, its handler and what its listener and processor share.</summary>
/// <param name="QueueName">The queue, validated with its poison queue.</param>
/// <param name="HandlerType">The <see cref="IQueueMessageHandler"/> resolved per delivery.</param>
/// <param name="Options">The queue settings.</param>
/// <param name="Wakeup">Wakes the listener when a message becomes visible in this process.</param>
internal sealed record QueueTriggerContext(string QueueName, Type HandlerType, QueueOptions Options, QueueWakeup Wakeup);
