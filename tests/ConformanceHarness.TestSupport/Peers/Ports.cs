using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ConformanceHarness.TestSupport.Peers;

/// <summary>
/// TCP ports for test listeners: random in 20000–60000, never handed out twice in one test process, and free when picked
/// (a socket from the given factory could bind 127.0.0.1 on it).
/// </summary>
public static class Ports
{
    public const int First = 20000;
    public const int Last = 60000;

    private static readonly ConcurrentDictionary<int, byte> HandedOut = new();

    /// <summary>A port free on 127.0.0.1 in this (the root) network namespace.</summary>
    public static int FreeOnLoopback() => Pick(() => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp));

    public static int Pick(Func<Socket> createSocket)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(First, Last + 1);
            if (!HandedOut.TryAdd(port, 0)) continue;
            using var socket = createSocket();
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
                // taken: try another
            }
        }
        throw new InvalidOperationException($"no free TCP port in {First}–{Last} after 200 tries");
    }
}
