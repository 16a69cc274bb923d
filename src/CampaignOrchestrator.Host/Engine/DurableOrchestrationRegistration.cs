using CampaignOrchestrator.Durable.DependencyInjection;

namespace CampaignOrchestrator.Host.Engine;

/// <summary>Orchestrators and activities one part of the application contributes to the engine (see <c>AddDurableOrchestrations</c>).</summary>
/// <param name="Register">Adds them to the engine builder.</param>
internal sealed record DurableOrchestrationRegistration(Action<DurableEngineBuilder> Register);
