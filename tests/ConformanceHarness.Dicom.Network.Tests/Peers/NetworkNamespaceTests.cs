using System.Net;
using System.Net.Sockets;
using System.Text;

using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Dicom.Network.Tests.Peers;

[Collection(PeersCollection.Name)]
public sealed class NetworkNamespaceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateSocket_ListeningInside_ReachedFromInsideButRefusedFromTheRootNamespace()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        var port = Ports.FreeOnLoopback();
        using var listener = inside.CreateSocket();
        listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
        listener.Listen();
        var accepted = listener.AcceptAsync(Cancel);

        var sent = await inside.RunAsync("bash", ["-c", $"echo hi > /dev/tcp/127.0.0.1/{port}"], Timeout, Cancel);
        Assert.True(sent.ExitCode == 0, sent.ToString());
        using var connection = await accepted.AsTask().WaitAsync(Timeout, Cancel);
        var received = new byte[16];
        var count = await connection.ReceiveAsync(received, Cancel);

        Assert.Equal("hi\n", Encoding.ASCII.GetString(received, 0, count));
        using var outsider = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var refused = await Assert.ThrowsAsync<SocketException>(() => outsider.ConnectAsync(IPAddress.Loopback, port, Cancel).AsTask());
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    [Fact]
    public async Task RunAsync_Inside_SeesOnlyLoopbackAndReportsExitCodeAndBothStreams()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);

        var links = await inside.RunAsync("ip", ["-o", "link"], Timeout, Cancel);
        var script = await inside.RunAsync("sh", ["-c", "echo out; echo err >&2; exit 3"], Timeout, Cancel);

        var link = Assert.Single(links.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(": lo: <LOOPBACK,UP,LOWER_UP>", link);
        Assert.Equal(new ToolResult(3, "out\n", "err\n"), script);
    }

    [Fact]
    public async Task RunAsync_PastTheTimeout_KillsAndThrowsTimeout()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => inside.RunAsync("sh", ["-c", "echo started; exec sleep 60"], TimeSpan.FromMilliseconds(500), Cancel));

        Assert.Contains("started", error.Message);
    }

    [Fact]
    public async Task DisposeAsync_WithAServerRunning_KillsItAndDeletesTheNamespace()
    {
        var inside = await NetworkNamespace.CreateAsync(Cancel);
        var server = inside.Start("sleep", ["600"], null, Path.GetTempPath());
        var grandchild = await inside.RunAsync("sh", ["-c", "setsid sleep 600 > /dev/null 2>&1 < /dev/null & echo $!"], Timeout, Cancel);

        await inside.DisposeAsync();

        Assert.False(IsRunning(server.Id.ToString()), $"the server {server.Id} is still running");
        Assert.False(IsRunning(grandchild.StandardOutput.Trim()), $"the detached process {grandchild.StandardOutput.Trim()} is still running");
        Assert.False(File.Exists(inside.Path), $"{inside.Path} is still there");
        Assert.DoesNotContain(inside.Name, await ListNamespacesAsync());
    }

    [Fact]
    public async Task CreateAsync_WithAnEmptyLeftoverOfADeadRun_DeletesIt()
    {
        await using var first = await NetworkNamespace.CreateAsync(Cancel);
        var leftover = $"{NetworkNamespace.Prefix}999999999-0badf00d";
        await ToolProcess.RunAsync("ip", ["netns", "add", leftover], null, "/", Timeout, Cancel);

        await using var second = await NetworkNamespace.CreateAsync(Cancel);

        Assert.DoesNotContain(leftover, await ListNamespacesAsync());
    }

    [Fact]
    public async Task WaitForPortAsync_NothingListening_ThrowsTimeoutNamingThePort()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        var port = inside.FreePort();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => inside.WaitForPortAsync(port, TimeSpan.FromMilliseconds(300), Cancel));

        Assert.Contains($"127.0.0.1:{port}", error.Message);
    }

    /// <summary>Alive and not a zombie: a killed orphan stays a zombie where PID 1 does not reap (as in some containers).</summary>
    private static bool IsRunning(string pid)
    {
        var stat = $"/proc/{pid}/stat";
        return File.Exists(stat) && File.ReadAllText(stat).Split(") ")[^1][0] != 'Z';
    }

    private static async Task<string> ListNamespacesAsync() =>
        (await ToolProcess.RunAsync("ip", ["netns", "list"], null, "/", Timeout, Cancel)).StandardOutput;
}
