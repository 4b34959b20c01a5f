using System.Net;
using System.Text.Json.Nodes;

namespace ConformanceHarness.TestSupport.Peers;

/// <summary>
/// Orthanc 1.10.1 running inside a network namespace with TCP_NODELAY=1 (its own <c>TcpNoDelay</c> covers only HTTP;
/// real-peers.md §7), storage in a temporary folder, configured by <see cref="OrthancConfiguration"/>. Ready when
/// <c>GET /system</c> answers 200. REST helpers (in <c>OrthancPeer.Rest.cs</c>) go through sockets made inside.
/// Disposing stops it (SIGTERM, then SIGKILL after 10 s) and deletes the folder.
/// </summary>
public sealed partial class OrthancPeer : IAsyncDisposable
{
    private static readonly TimeSpan HttpTimeout = TimeSpan.FromSeconds(30);

    private OrthancPeer(ToolProcess process, HttpClient http, int dicomPort, int httpPort, DirectoryInfo folder)
    {
        Process = process;
        Http = http;
        DicomPort = dicomPort;
        HttpPort = httpPort;
        Folder = folder;
    }

    public ToolProcess Process { get; }

    /// <summary>A client for Orthanc's REST API whose connections are made inside the namespace.</summary>
    public HttpClient Http { get; }

    public string AeTitle => OrthancConfiguration.AeTitle;

    /// <summary>DICOM port on 127.0.0.1 inside the namespace.</summary>
    public int DicomPort { get; }

    public int HttpPort { get; }

    public DirectoryInfo Folder { get; }

    /// <summary>Orthanc's log so far.</summary>
    public string Output => Process.Output;

    public static Task<OrthancPeer> StartAsync(NetworkNamespace inside, CancellationToken cancellationToken) =>
        StartAsync(inside, new Dictionary<string, OrthancModality>(), cancellationToken);

    /// <summary>Starts Orthanc knowing <paramref name="modalities"/> (name → AE title, host, port; C-MOVE destinations) and waits for its REST API.</summary>
    public static Task<OrthancPeer> StartAsync(NetworkNamespace inside, IReadOnlyDictionary<string, OrthancModality> modalities,
        CancellationToken cancellationToken) =>
        StartAsync(inside, modalities, null, cancellationToken);

    /// <summary>As above, with <paramref name="configure"/> changing the <see cref="OrthancConfiguration"/> before it is written
    /// (e.g. <c>DicomCheckCalledAet</c>).</summary>
    public static async Task<OrthancPeer> StartAsync(NetworkNamespace inside, IReadOnlyDictionary<string, OrthancModality> modalities,
        Action<JsonObject>? configure, CancellationToken cancellationToken)
    {
        var orthanc = ExternalTool.Find("Orthanc");
        ExternalTool.Require(orthanc is not null, "Orthanc is not installed (apt-get install orthanc)");
        var (dicomPort, httpPort) = (inside.FreePort(), inside.FreePort());
        var folder = Directory.CreateTempSubdirectory("hx-orthanc-");
        var configuration = Path.Combine(folder.FullName, "orthanc.json");
        var storage = Directory.CreateDirectory(Path.Combine(folder.FullName, "db")).FullName;
        var settings = OrthancConfiguration.Create(storage, dicomPort, httpPort, modalities);
        configure?.Invoke(settings);
        await File.WriteAllTextAsync(configuration, settings.ToJsonString(), cancellationToken);
        var process = inside.Start(orthanc!, [configuration], Dcmtk.Environment, folder.FullName);
        var peer = new OrthancPeer(process, inside.CreateHttpClient(httpPort, HttpTimeout), dicomPort, httpPort, folder);
        try
        {
            await PeerStartup.WaitAsync(process, peer.WaitForSystemAsync, cancellationToken);
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Process.DisposeAsync();
        Folder.Delete(recursive: true);
    }

    private async Task WaitForSystemAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + PeerStartup.Timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await Http.GetAsync("system", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
        throw new TimeoutException($"Orthanc's GET /system did not answer 200 within {PeerStartup.Timeout.TotalSeconds} s");
    }
}
