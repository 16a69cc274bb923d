namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>Which vendor API a call is for (decides the error body format).</summary>
internal enum VendorKind
{
    QuestionPro,
    SatisMeter,
}
