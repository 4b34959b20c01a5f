using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Benchmarks;

/// <summary>The <c>listen</c> verb: our storage SCP (DicomServer + FolderStorageHandler) on 127.0.0.1, serving exactly one
/// connection, then printing how many files it wrote and exiting.</summary>
internal static class StoreScp
{
    public static async Task<int> RunAsync(BenchArguments args)
    {
        var folder = args.Text("out");
        var handler = new TimedFolderStorageHandler(folder);
        await using var server = DicomServer.Start(new DicomServerOptions
        {
            Port = args.Number("port"),
            AeTitle = "BENCHSCP",
            Policy = AssociationPolicy.Storage,
            Handler = handler,
            UpperLayer = new UpperLayerOptions { MaximumPduLength = (uint)args.Number("pdu", 1024 * 1024) },
        });
        Console.WriteLine($"listening on {server.LocalEndPoint}");
        await OneAssociationAsync(server, TimeSpan.FromSeconds(args.Number("timeout", 600)));
        await server.StopAsync(TimeSpan.FromSeconds(5));
        Console.WriteLine($"received {Directory.GetFiles(folder).Length} files in {folder} (handler {handler.Elapsed.TotalSeconds:0.000} s); {ProcessCosts.Describe()}");
        return 0;
    }

    /// <summary>Waits for an association to start and end. Polled rather than observed through DicomServer.Events: with a
    /// listener the server computes a SHA-256 of every data set for the evidence, which is not what is measured here.</summary>
    private static async Task OneAssociationAsync(DicomServer server, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var started = false;
        while (!started || server.ActiveAssociations > 0)
        {
            if (clock.Elapsed > limit) throw new TimeoutException($"no association completed within {limit.TotalSeconds:0} s");
            started |= server.ActiveAssociations > 0;
            await Task.Delay(10);
        }
    }
}
