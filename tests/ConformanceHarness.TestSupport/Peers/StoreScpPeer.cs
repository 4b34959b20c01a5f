using System.Globalization;

namespace ConformanceHarness.TestSupport.Peers;

/// <summary>
/// DCMTK storescp listening inside a network namespace on a free port, with TCP_NODELAY=1, writing what it receives
/// into its own temporary folder (<c>-od</c>). Disposing stops it (SIGTERM) and deletes the folder.
/// </summary>
public sealed class StoreScpPeer : IAsyncDisposable
{
    private StoreScpPeer(ToolProcess process, string aeTitle, int port, DirectoryInfo folder)
    {
        Process = process;
        AeTitle = aeTitle;
        Port = port;
        Folder = folder;
    }

    public ToolProcess Process { get; }

    public string AeTitle { get; }

    /// <summary>The port on 127.0.0.1 inside the namespace.</summary>
    public int Port { get; }

    public DirectoryInfo Folder { get; }

    /// <summary>The files received so far (storescp names them <c>&lt;modality&gt;.&lt;SOP Instance UID&gt;</c>), in name order.</summary>
    public IReadOnlyList<string> ReceivedFiles => [.. Directory.GetFiles(Folder.FullName).Order(StringComparer.Ordinal)];

    /// <summary>storescp's log so far.</summary>
    public string Output => Process.Output;

    /// <summary>
    /// Starts storescp with <c>--aetitle</c> <paramref name="aeTitle"/> and <c>-od</c>, plus <paramref name="extraArguments"/>
    /// (e.g. <c>+xa</c> to accept every transfer syntax, <c>-pm</c>, <c>--ignore</c>), and waits until it listens.
    /// </summary>
    public static async Task<StoreScpPeer> StartAsync(NetworkNamespace inside, string aeTitle, IEnumerable<string> extraArguments,
        CancellationToken cancellationToken)
    {
        var storescp = Dcmtk.Require("storescp");
        var port = inside.FreePort();
        var folder = Directory.CreateTempSubdirectory("hx-storescp-");
        string[] arguments = ["--aetitle", aeTitle, "-od", folder.FullName, .. extraArguments, port.ToString(CultureInfo.InvariantCulture)];
        var peer = new StoreScpPeer(inside.Start(storescp, arguments, Dcmtk.Environment, folder.FullName), aeTitle, port, folder);
        try
        {
            await PeerStartup.WaitAsync(peer.Process, ready => inside.WaitForPortAsync(port, PeerStartup.Timeout, ready), cancellationToken);
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    public static Task<StoreScpPeer> StartAsync(NetworkNamespace inside, CancellationToken cancellationToken) =>
        StartAsync(inside, "STORESCP", [], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        Folder.Delete(recursive: true);
    }
}
