using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace CampaignOrchestrator.Tests.Shared;

/// <summary>
/// The Azurite emulator every test of a test assembly shares (linked as source into the projects that need it).
/// <c>./test.sh</c> starts it and passes its connection string in <c>AZURITE_CONNECTION_STRING</c>; without it (a developer running <c>dotnet test</c> alone) the first test starts
/// one from <c>tools/azurite</c> on free loopback ports and it is stopped by its PID when the test run ends.
/// </summary>
internal static class Azurite
{
    /// <summary>The variable <c>./test.sh</c> sets.</summary>
    public const string ConnectionStringVariable = "AZURITE_CONNECTION_STRING";

    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const int SigTerm = 15;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // Starts the server in the background and prints its PID; when the test process (or the server) is gone, stops the
    // server by that PID: SIGTERM, up to 10 seconds' grace, then SIGKILL, since SIGTERM does not always stop Azurite.
    private const string Watchdog = """
        owner="$1"; shift
        node "$@" >/dev/null 2>&1 &
        server=$!
        echo "$server"
        while kill -0 "$owner" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1; done
        kill -TERM "$server" 2>/dev/null
        for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$server" 2>/dev/null || exit 0; sleep 1; done
        kill -KILL "$server" 2>/dev/null
        """;
    private static readonly Lazy<Task<string>> Started = new(StartAsync);

    /// <summary>Gets the connection string of the running emulator, starting it first if needed.</summary>
    /// <returns>The connection string.</returns>
    public static Task<string> ConnectionStringAsync() =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } given ? Task.FromResult(given) : Started.Value;

    /// <summary>Makes a connection string for an emulator listening on the given ports.</summary>
    /// <param name="blobPort">The blob port.</param>
    /// <param name="queuePort">The queue port.</param>
    /// <param name="tablePort">The table port.</param>
    /// <returns>The connection string.</returns>
    public static string ConnectionString(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AccountKey + ";" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    private static async Task<string> StartAsync()
    {
        var root = RepositoryRoot();
        var script = Path.Combine(root, "tools", "azurite", "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({script} is missing) and {ConnectionStringVariable} is not set. " +
                "Run ./test.sh, or install it with 'npm ci --prefix tools/azurite' (Node.js 18 or later), or set " +
                $"{ConnectionStringVariable} to a running emulator's connection string.");
        }

        var location = Directory.CreateTempSubdirectory("azurite-");
        int[] ports = [FreePort(), FreePort(), FreePort()];
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-c", Watchdog, "azurite-watchdog", $"{Environment.ProcessId}", script, "--silent", "--skipApiVersionCheck", "--location", location.FullName,
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", $"{ports[0]}", "--queuePort", $"{ports[1]}", "--tablePort", $"{ports[2]}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var watchdog = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started.");
        var serverPid = int.Parse(await watchdog.StandardOutput.ReadLineAsync() ?? "0", CultureInfo.InvariantCulture);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(serverPid, location);
        await WaitUntilListeningAsync(watchdog, ports);
        return ConnectionString(ports[0], ports[1], ports[2]);
    }

    private static async Task WaitUntilListeningAsync(Process process, int[] ports)
    {
        var waited = Stopwatch.StartNew();
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before it listened on port {port}.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (waited.Elapsed < StartTimeout)
                {
                    // Not listening yet: a connection attempt is the signal, retried shortly.
                    await Task.Delay(TimeSpan.FromMilliseconds(100));
                }
            }
        }
    }

    // The watchdog follows up with SIGKILL if SIGTERM is not enough; this process may not live long enough to.
    private static void Stop(int serverPid, DirectoryInfo location)
    {
        _ = Kill(serverPid, SigTerm);
        try
        {
            location.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Still in use by the stopping server: a temporary folder left behind is harmless.
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Gets the repository root (the folder holding CampaignOrchestrator.sln) above the running assembly.</summary>
    /// <returns>The folder.</returns>
    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CampaignOrchestrator.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"The repository root (with CampaignOrchestrator.sln) was not found above {AppContext.BaseDirectory}.");
    }
}
