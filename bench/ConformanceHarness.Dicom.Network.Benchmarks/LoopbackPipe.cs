using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ConformanceHarness.Dicom.Network.Benchmarks;

/// <summary>
/// The loopback ceiling: the same files through a plain TCP connection on 127.0.0.1, each as a 4-byte length and its
/// bytes, with no protocol and no per-file answer (one acknowledgement byte at the end), through one reused receive
/// buffer. <c>pipe-listen</c> writes each file to disk unless <c>--no-disk</c>.
/// </summary>
internal static class LoopbackPipe
{
    public static async Task<int> ListenAsync(BenchArguments args)
    {
        var folder = Directory.CreateDirectory(args.Text("out")).FullName;
        var toDisk = !args.Flag("no-disk");
        using var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, args.Number("port")));
        listener.Listen(1);
        Console.WriteLine($"listening on {listener.LocalEndPoint}");
        using var socket = await listener.AcceptAsync();
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var length = new byte[4];
        var buffer = new byte[1024 * 1024];
        var count = 0;
        while (true)
        {
            await stream.ReadExactlyAsync(length);
            var size = BinaryPrimitives.ReadInt32BigEndian(length);
            if (size == 0) break;
            if (size > buffer.Length) buffer = new byte[size];
            await stream.ReadExactlyAsync(buffer.AsMemory(0, size));
            if (toDisk) Write(Path.Combine(folder, $"{count:D5}.dcm"), buffer.AsSpan(0, size));
            count++;
        }
        await stream.WriteAsync(new byte[1]);
        Console.WriteLine($"received {count} files{(toDisk ? $" in {folder}" : " (not written)")}; {ProcessCosts.Describe()}");
        return 0;
    }

    public static async Task<int> SendAsync(BenchArguments args)
    {
        var files = Directory.GetFiles(args.Text("dir"), "*.dcm").Order(StringComparer.Ordinal).ToArray();
        var clock = Stopwatch.StartNew();
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, args.Number("port"));
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var length = new byte[4];
        foreach (var path in files)
        {
            var bytes = File.ReadAllBytes(path);
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            await stream.WriteAsync(length);
            await stream.WriteAsync(bytes);
        }
        BinaryPrimitives.WriteInt32BigEndian(length, 0);
        await stream.WriteAsync(length);
        await stream.ReadExactlyAsync(new byte[1]);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"sent {files.Length} files in {seconds:0.000} s ({files.Length / seconds:0} files/s, connect to acknowledgement); {ProcessCosts.Describe()}");
        return 0;
    }

    /// <summary>One synchronous write per file, as the storage SCP's Part10Writer does (no temporary name, no header).</summary>
    private static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(file, bytes, 0);
    }
}
