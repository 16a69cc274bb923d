namespace CampaignOrchestrator.Host.Demo;

/// <summary>Where the demo writes, and whether it may redraw progress in place (a terminal) or writes line by line.</summary>
/// <param name="Writer">The output.</param>
/// <param name="Live">Whether progress is redrawn in place with ANSI escapes.</param>
/// <param name="Width">The width lines are cut to when <paramref name="Live"/>.</param>
internal sealed record DemoOutput(TextWriter Writer, bool Live, int Width = 120)
{
    /// <summary>The console: live when standard output is a terminal, line by line when it is redirected.</summary>
    /// <returns>The output.</returns>
    public static DemoOutput ForConsole()
    {
        var live = !Console.IsOutputRedirected && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        var width = 120;
        if (live)
        {
            try
            {
                width = Console.WindowWidth > 20 ? Console.WindowWidth : width;
            }
            catch (IOException)
            {
            }
        }

        return new DemoOutput(Console.Out, live, width);
    }

    /// <summary>Writes a line.</summary>
    /// <param name="line">The text.</param>
    public void Line(string line = "") => Writer.WriteLine(line);
}
