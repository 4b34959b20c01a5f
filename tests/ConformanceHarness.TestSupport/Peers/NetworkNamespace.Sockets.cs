using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ConformanceHarness.TestSupport.Peers;

public sealed partial class NetworkNamespace
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// A TCP/IPv4 socket that lives in this namespace: made on a new thread that setns(2)-es into it, creates the socket
    /// and returns to its own namespace before ending. A socket keeps its namespace for life, so binding, listening and
    /// connecting it later from any thread happen inside. No thread-pool thread ever changes namespace.
    /// </summary>
    public Socket CreateSocket()
    {
        Socket? socket = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { socket = CreateSocketInside(); }
            catch (Exception e) { failure = e; }
        }) { IsBackground = true, Name = $"setns {Name}" };
        thread.Start();
        thread.Join();
        return socket ?? throw new InvalidOperationException($"cannot create a socket in network namespace {Name}: {failure?.Message}", failure);
    }

    /// <summary>A port in 20000–60000 that a socket inside could bind on 127.0.0.1 just now.</summary>
    public int FreePort() => Ports.Pick(CreateSocket);

    /// <summary>Connects to 127.0.0.1:<paramref name="port"/> from inside until something accepts; <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task WaitForPortAsync(int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        for (var left = timeout; left > TimeSpan.Zero; left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline))
        {
            using var socket = CreateSocket();
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(left);
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, port, attempt.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(PollInterval, cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }
        throw new TimeoutException($"nothing accepted on 127.0.0.1:{port} in network namespace {Name} within {timeout.TotalSeconds} s");
    }

    /// <summary>An HTTP client for http://127.0.0.1:<paramref name="port"/>/ inside: each connection is a socket from <see cref="CreateSocket"/>.</summary>
    public HttpClient CreateHttpClient(int port, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler { UseProxy = false, ConnectCallback = ConnectInsideAsync };
        return new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = timeout };
    }

    private async ValueTask<Stream> ConnectInsideAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = CreateSocket();
        try
        {
            socket.NoDelay = true;
            await socket.ConnectAsync(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Runs on the dedicated thread: enter, create, go home (the thread is ending anyway; this is belt and braces).</summary>
    private Socket CreateSocketInside()
    {
        using var home = File.OpenHandle("/proc/thread-self/ns/net");
        using var inside = File.OpenHandle(Path);
        Libc.EnterNetworkNamespace(inside, Path);
        try
        {
            return new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        }
        finally
        {
            Libc.EnterNetworkNamespace(home, "/proc/thread-self/ns/net");
        }
    }
}
