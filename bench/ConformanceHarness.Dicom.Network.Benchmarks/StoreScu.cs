using System.Diagnostics;

using ConformanceHarness.Dicom.Network.Association;

namespace ConformanceHarness.Dicom.Network.Benchmarks;

/// <summary>The <c>send</c> verb: one association to the SCP, proposing the SOP classes of the files in Explicit VR Little
/// Endian, then for each file in name order <see cref="DicomInstance.Load"/> and C-STORE; any status but Success fails.</summary>
internal static class StoreScu
{
    public static async Task<int> RunAsync(BenchArguments args)
    {
        var files = Directory.GetFiles(args.Text("dir"), "*.dcm").Order(StringComparer.Ordinal).ToArray();
        var first = DicomInstance.Load(files[0]);
        var clock = Stopwatch.StartNew();
        var association = await DicomClient.AssociateAsync("127.0.0.1", args.Number("port"),
            [new PresentationContextProposal(first.SopClassUid, [TransferSyntax.ExplicitVRLittleEndian])],
            new DicomClientOptions { CalledAeTitle = "BENCHSCP", CallingAeTitle = "BENCHSCU", MaximumPduLength = (uint)args.Number("pdu", 1024 * 1024) });
        var (loading, storing) = (new Stopwatch(), new Stopwatch());
        foreach (var path in files)
        {
            loading.Start();
            var instance = DicomInstance.Load(path);
            loading.Stop();
            storing.Start();
            var response = await association.StoreAsync(instance);
            storing.Stop();
            if (response.Status != Dimse.DicomStatus.Success)
            {
                await association.AbortAsync("a C-STORE failed");
                Console.Error.WriteLine($"{path}: C-STORE answered {response.Status} {response.ErrorComment}");
                return 1;
            }
        }
        await association.ReleaseAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"sent {files.Length} instances in {seconds:0.000} s ({files.Length / seconds:0} instances/s, association to release; loading files {loading.Elapsed.TotalSeconds:0.000} s, C-STORE round trips {storing.Elapsed.TotalSeconds:0.000} s); {ProcessCosts.Describe()}");
        return 0;
    }
}
