namespace CampaignOrchestrator.Host.Demo;

/// <summary>
/// <c>dotnet run --project src/CampaignOrchestrator.Host -- demo [--scale 3600] [--timeout 00:03:00] [--port 0] [--data .data]</c>:
/// runs the sample campaign to completion on embedded defaults and prints its report.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Name = "demo";

    /// <summary>Returns whether the command line asks for the demo.</summary>
    /// <param name="args">The command line.</param>
    /// <returns><see langword="true"/> when the first argument is <c>demo</c>.</returns>
    public static bool IsRequested(string[] args) => args is [var first, ..] && string.Equals(first, Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs the demo on the console; Ctrl+C stops it.</summary>
    /// <param name="args">The command line, <c>demo</c> first.</param>
    /// <returns>The exit code (see <see cref="DemoExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            var result = await DemoRunner.RunAsync(args[1..], DemoOutput.ForConsole(), cancel.Token);
            return result.ExitCode;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
