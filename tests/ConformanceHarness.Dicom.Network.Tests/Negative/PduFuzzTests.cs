using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.Dicom.Network.Tests.Load;
using ConformanceHarness.Dicom.Network.Tests.UpperLayer;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.Negative;

/// <summary>
/// A bounded fuzz of our server with a fixed seed: random and mutated PDUs from requestors that hang up, and from
/// requestors that go silent. Every case must end with the server closing the connection (after A-ABORT,
/// A-ASSOCIATE-RJ or nothing) within a bound; afterwards no association, connection or socket is left and echo works.
/// </summary>
[Collection(ResourceCounting.Name)]
public sealed class PduFuzzTests
{
    private const int Seed = 20240605;

    private static readonly UpperLayerOptions Timers = new() { MaximumPduLength = 16384, ArtimTimeout = TimeSpan.FromSeconds(1), IdleTimeout = TimeSpan.FromSeconds(1) };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Server_500FuzzedRequestorsThatHangUp_EachEndsClosedAndNothingLeaks()
    {
        var outcomes = await FuzzAsync(PduFuzzCases.Create(500, Seed), hangUp: true, parallelism: 4, bound: TimeSpan.FromSeconds(5));

        Assert.Contains(outcomes.Keys, outcome => outcome.StartsWith("A-ABORT", StringComparison.Ordinal));
        Assert.Contains(outcomes.Keys, outcome => outcome.StartsWith("A-ASSOCIATE-RJ", StringComparison.Ordinal));
        Assert.Contains(outcomes.Keys, outcome => outcome.Contains("A-ASSOCIATE-AC A-ABORT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_FuzzedRequestorsThatStaySilent_AreClosedByArtimOrIdleTimeout()
    {
        var outcomes = await FuzzAsync(PduFuzzCases.Create(32, Seed + 1), hangUp: false, parallelism: 32, bound: TimeSpan.FromSeconds(8));

        Assert.Equal(32, outcomes.Values.Sum());
        Assert.Contains(outcomes.Keys, outcome => outcome.EndsWith("P-DATA-TF A-ABORT close", StringComparison.Ordinal)); // answered, then idle
    }

    /// <summary>Runs the cases against a fresh server and checks it is left clean; returns how many cases ended each way
    /// (the PDUs received in order, then "close").</summary>
    private static async Task<IReadOnlyDictionary<string, int>> FuzzAsync(IReadOnlyList<FuzzCase> cases, bool hangUp, int parallelism, TimeSpan bound)
    {
        using var temporary = new TemporaryFolder("hx-fuzz-");
        var folder = temporary.Path;
        await using var server = ServerUnderTest.Start(new DicomServerOptions
        {
            Policy = AssociationPolicy.Storage, Handler = new FolderStorageHandler(folder), UpperLayer = Timers,
        });
        await server.AssertEchoSucceedsAsync();
        await server.QuiescentAsync();
        var descriptorsBefore = ResourceCounting.OpenFileDescriptors();
        var outcomes = new ConcurrentDictionary<string, int>();
        var casesByPeer = new ConcurrentDictionary<int, FuzzCase>();

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = Token },
            async (fuzz, _) => outcomes.AddOrUpdate(await RunAsync(server.Port, fuzz, hangUp, bound, casesByPeer), 1, (_, count) => count + 1));

        await WithLeftoversAsync(server, casesByPeer);
        AssertNoInternalErrors(server);
        Assert.InRange(ResourceCounting.OpenFileDescriptors() ?? 0, 0, (descriptorsBefore ?? 0) + 16);
        await server.AssertEchoSucceedsAsync();
        foreach (var (outcome, count) in outcomes.OrderByDescending(pair => pair.Value))
            TestContext.Current.TestOutputHelper?.WriteLine($"{count,4} × {outcome}");
        return outcomes;
    }

    /// <summary>Sends one case — the rest only once the first part is accepted, as a requestor would — and reads until the
    /// server closes; fails the test if it does not close within <paramref name="bound"/>.</summary>
    private static async Task<string> RunAsync(int port, FuzzCase fuzz, bool hangUp, TimeSpan bound, ConcurrentDictionary<int, FuzzCase> casesByPeer)
    {
        await using var peer = await RawPeer.ConnectAsync(port, Token);
        casesByPeer[((System.Net.IPEndPoint)peer.Socket.LocalEndPoint!).Port] = fuzz;
        var clock = Stopwatch.StartNew();
        var received = new List<string>();
        await TrySendAsync(peer, fuzz.First, hangUp && fuzz.AfterAccept.Length == 0);
        if (fuzz.AfterAccept.Length > 0)
        {
            var accepted = await ReceiveAsync(peer, fuzz, bound - clock.Elapsed, received) is AAssociateAC;
            await TrySendAsync(peer, accepted ? fuzz.AfterAccept : [], hangUp);
        }
        while (received.LastOrDefault() != "close") await ReceiveAsync(peer, fuzz, bound - clock.Elapsed, received);
        return string.Join(' ', received);
    }

    private static async Task TrySendAsync(RawPeer peer, byte[] bytes, bool hangUp)
    {
        try
        {
            await peer.SendAsync(bytes);
            if (hangUp) peer.ShutdownSend();
        }
        catch (Exception error) when (error is IOException or SocketException)
        {
            // The server closed before reading it all: allowed, the reads that follow see the close.
        }
    }

    /// <summary>The next PDU from the server (its name added to <paramref name="received"/>), or null and "close".</summary>
    private static async Task<Pdu?> ReceiveAsync(RawPeer peer, FuzzCase fuzz, TimeSpan left, List<string> received)
    {
        try
        {
            var pdu = left > TimeSpan.Zero ? await peer.ReceiveAsync(left) : throw new TimeoutException();
            received.Add(pdu?.Name ?? "close");
            return pdu;
        }
        catch (Exception error) when (error is TimeoutException or PduFormatException)
        {
            throw new Xunit.Sdk.XunitException($"case {fuzz.Number} ({fuzz.Description}): expected the server to close within the bound, " +
                $"but after [{string.Join(", ", received)}] {(error is TimeoutException ? "it stayed open" : $"it sent a malformed PDU: {error.Message}")}");
        }
    }

    /// <summary>Waits for the server to be idle; if it is not, fails naming the cases whose connections are still open.</summary>
    private static async Task WithLeftoversAsync(ServerUnderTest server, ConcurrentDictionary<int, FuzzCase> casesByPeer)
    {
        try
        {
            await server.QuiescentAsync(TimeSpan.FromSeconds(15));
        }
        catch (Xunit.Sdk.XunitException error)
        {
            var closed = server.Events.OfType<ConnectionClosed>().Select(e => e.ConnectionId).ToHashSet();
            var open = server.Events.OfType<ConnectionOpened>().Where(e => !closed.Contains(e.ConnectionId)).Select(e =>
                (casesByPeer.TryGetValue((e.Remote as System.Net.IPEndPoint)?.Port ?? 0, out var fuzz) ? $"case {fuzz.Number} ({fuzz.Description})" : e.ConnectionId)
                + $" [{string.Join(", ", server.Events.Where(other => other.ConnectionId == e.ConnectionId).Select(Describe))}]");
            throw new Xunit.Sdk.XunitException($"{error.Message}: {string.Join("; ", open)}");
        }
    }

    private static string Describe(DicomNetworkEvent networkEvent) => networkEvent switch
    {
        DimseMessageExchanged message => $"{(message.Sent ? "sent" : "received")} {message.Command}",
        AssociationAborted aborted => $"aborted: {aborted.Detail}",
        _ => networkEvent.GetType().Name,
    };

    /// <summary>Every connection closed normally: none after an internal error of the server.</summary>
    private static void AssertNoInternalErrors(ServerUnderTest server) =>
        Assert.All(server.Events.OfType<ConnectionClosed>(), closed => Assert.Equal("closed", closed.How));
}
