using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

/// <summary>
/// Runs a server that can only listen on 0.0.0.0 (DCMTK 3.6.7 storescp) inside a network namespace of its own that holds
/// only loopback (shared/docs/real-peers.md), and connects to it from this process: one dedicated thread enters the
/// namespace with setns(2), which affects that thread only, opens the socket there, and ends.
/// </summary>
internal static class PrivateNetworkNamespace
{
    private const int CloneNewNet = 0x40000000;

    /// <summary>Skips the test locally (fails it in CI) unless this process may create and enter network namespaces.</summary>
    public static void Require()
    {
        ExternalTool.Require(OperatingSystem.IsLinux() && Environment.UserName == "root", "entering a network namespace needs root on Linux");
        ExternalTool.Require(ExternalTool.Find("unshare") is not null && ExternalTool.Find("ip") is not null,
            "unshare (util-linux) and ip (iproute2) are needed for a private network namespace");
    }

    /// <summary>Starts <paramref name="tool"/> in a new network namespace whose loopback is up.</summary>
    public static PeerProcess Start(string tool, IEnumerable<string> arguments) =>
        PeerProcess.Start("unshare", ["-n", "sh", "-c", "ip link set lo up && exec \"$0\" \"$@\"", tool, .. arguments]);

    /// <summary>Connects to 127.0.0.1:<paramref name="port"/> inside the namespace of <paramref name="peer"/>, retrying
    /// while the server is not yet listening.</summary>
    public static async Task<NetworkStream> ConnectAsync(PeerProcess peer, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var (socket, error) = ConnectInside(peer.Id, port);
            if (socket is not null) return new NetworkStream(socket, ownsSocket: true);
            if (peer.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"could not connect to port {port} in the namespace of {peer.Id}: {error}\n{peer.Output}");
            await Task.Delay(100, cancellationToken);
        }
    }

    private static (Socket? Socket, string? Error) ConnectInside(int pid, int port)
    {
        (Socket?, string?) result = (null, "not tried");
        var thread = new Thread(() => result = ConnectOnThisThread(pid, port));
        thread.Start();
        thread.Join();
        return result;
    }

    private static (Socket?, string?) ConnectOnThisThread(int pid, int port)
    {
        using var ns = File.OpenHandle($"/proc/{pid}/ns/net");
        if (SetNs((int)ns.DangerousGetHandle(), CloneNewNet) != 0) return (null, $"setns failed with errno {Marshal.GetLastPInvokeError()}");
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Connect(IPAddress.Loopback, port);
            return (socket, null);
        }
        catch (SocketException error)
        {
            socket.Dispose();
            return (null, error.Message);
        }
    }

    [DllImport("libc", EntryPoint = "setns", SetLastError = true)]
    private static extern int SetNs(int fd, int nsType);
}
