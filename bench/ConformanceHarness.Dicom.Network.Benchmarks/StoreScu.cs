using System.Diagnostics;

using ConformanceHarness.Dicom.Network.Association;

namespace ConformanceHarness.Dicom.Network.Benchmarks;

/// <summary>The <c>send</c> verb: one association to the SCP, proposing the SOP classes of the files in Explicit VR Little
/// Endian, then for each file in name order <see cref="DicomInstance.Load"/> and C-STORE, with up to <c>window</c>
/// outstanding when the SCP grants it; any status but Success fails.</summary>
internal static class StoreScu
{
    private static DicomInstance Load(string path, Stopwatch loading)
    {
        loading.Start();
        var instance = DicomInstance.Load(path);
        loading.Stop();
        return instance;
    }

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var files = Directory.GetFiles(args.Text("dir"), "*.dcm").Order(StringComparer.Ordinal).ToArray();
        var first = DicomInstance.Load(files[0]);
        var clock = Stopwatch.StartNew();
        var association = await DicomClient.AssociateAsync("127.0.0.1", args.Number("port"),
            [new PresentationContextProposal(first.SopClassUid, [TransferSyntax.ExplicitVRLittleEndian])],
            new DicomClientOptions { CalledAeTitle = "BENCHSCP", CallingAeTitle = "BENCHSCU", MaximumPduLength = (uint)args.Number("pdu", 1024 * 1024),
                AsynchronousOperationsWindow = args.Number("window", 1) });
        var loading = new Stopwatch();
        await foreach (var (path, response) in association.StoreManyAsync(files, path => Load(path, loading)))
        {
            var status = (await response).Status;
            if (status == Dimse.DicomStatus.Success) continue;
            await association.AbortAsync("a C-STORE failed");
            Console.Error.WriteLine($"{path}: C-STORE answered {status} {(await response).ErrorComment}");
            return 1;
        }
        await association.ReleaseAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"sent {files.Length} instances in {seconds:0.000} s ({files.Length / seconds:0} instances/s, association to release, window {association.OperationsWindow}; loading files {loading.Elapsed.TotalSeconds:0.000} s); {ProcessCosts.Describe()}");
        return 0;
    }
}
