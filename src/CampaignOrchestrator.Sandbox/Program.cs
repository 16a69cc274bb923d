
namespace CampaignOrchestrator.Sandbox;

/// <summary>Runs the sandbox on its own: <c>dotnet run --project src/CampaignOrchestrator.Sandbox -- --urls http://127.0.0.1:7072</c>.</summary>
internal static class SandboxProgram
{
    private const string DefaultUrl = "http://127.0.0.1:7072";

    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddVendorSandbox(builder.Configuration.GetSection(SandboxOptions.SectionName));
        var app = builder.Build();
        app.MapQuestionProSandbox();
        app.MapSatisMeterSandbox();
        app.MapSandboxControl();
        await app.RunAsync();
    }
}
