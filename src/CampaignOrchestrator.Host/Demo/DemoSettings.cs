using System.Globalization;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>
/// The demo's own settings (section <c>Demo</c>, from the command line after <c>demo</c>: <c>--scale 7200</c> or
/// <c>--Demo:TimeScale=7200</c>).
/// </summary>
internal sealed class DemoSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Demo";

    /// <summary>The default time scale: one simulated hour per real second.</summary>
    public const double DefaultTimeScale = 3600;

    /// <summary>Short command-line switches and the settings they set.</summary>
    public static readonly IReadOnlyDictionary<string, string> Switches = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--scale"] = $"{SectionName}:{nameof(TimeScale)}",
        ["--timeout"] = $"{SectionName}:{nameof(Timeout)}",
        ["--port"] = $"{SectionName}:{nameof(Port)}",
        ["--data"] = $"{SectionName}:{nameof(DataDirectory)}",
    };

    /// <summary>Gets or sets how many simulated seconds pass per real second.</summary>
    /// <value>Default 3600; at least 1.</value>
    public double TimeScale { get; set; } = DefaultTimeScale;

    /// <summary>Gets or sets how long (real time) the run may take before the demo gives up.</summary>
    /// <value>Default 3 minutes.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Gets or sets the loopback port of the host.</summary>
    /// <value>Default <see langword="null"/>: 7071 when it is free, else any free port; 0 for any free port.</value>
    public int? Port { get; set; }

    /// <summary>Gets or sets the folder of the demo's database and campaign file, relative to the current directory.</summary>
    /// <value>Default <c>.data</c>.</value>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>Gets or sets how often (real time) the demo polls the run's status.</summary>
    /// <value>Default 200 ms.</value>
    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Reads the settings from the demo's command line.</summary>
    /// <param name="args">The arguments after <c>demo</c>.</param>
    /// <returns>The settings, or the problems found.</returns>
    public static (DemoSettings? Settings, IReadOnlyList<string> Problems) Read(string[] args)
    {
        var settings = new DemoSettings();
        try
        {
            new ConfigurationBuilder()
                .AddCommandLine(args, new Dictionary<string, string>(Switches))
                .Build()
                .GetSection(SectionName)
                .Bind(settings);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            return (null, [exception.InnerException?.Message ?? exception.Message]);
        }

        var problems = settings.Validate();
        return (problems.Count == 0 ? settings : null, problems);
    }

    private List<string> Validate()
    {
        var problems = new List<string>();
        if (!double.IsFinite(TimeScale) || TimeScale < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Demo:TimeScale (--scale) must be a finite number of at least 1 (was {TimeScale})."));
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add($"Demo:Timeout (--timeout) must be positive (was {Timeout}).");
        }

        if (Port is < 0 or > 65535)
        {
            problems.Add($"Demo:Port (--port) must be from 0 to 65535 (was {Port}).");
        }

        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            problems.Add("Demo:DataDirectory (--data) must not be empty.");
        }

        if (StatusPollInterval <= TimeSpan.Zero)
        {
            problems.Add($"Demo:StatusPollInterval must be positive (was {StatusPollInterval}).");
        }

        return problems;
    }
}
