using ConformanceHarness.Dicom.Network.QueryRetrieve;
using ConformanceHarness.TestSupport;
using ConformanceHarness.TestSupport.Peers;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>Files for the DCMTK tools to send, and the checks that what our SCP received is what was sent.</summary>
internal static class InteropFiles
{
    public static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    public static string NewFolder(string purpose) => Directory.CreateTempSubdirectory($"hx-{purpose}-").FullName;

    /// <summary>Synthetic CT images of one series (64×64, Explicit VR Little Endian) in a new folder.</summary>
    public static IReadOnlyList<string> SyntheticSeries(int count, CtImageSpec? template = null) =>
        SyntheticInstances.WriteStudy(NewFolder("sent"), count, template ?? new CtImageSpec { PixelDataBytes = 64 * 64 * 2 });

    /// <summary>A file of the shared corpus (skipped with the reason when the corpus is absent).</summary>
    public static string Corpus(string name)
    {
        var path = Path.Combine(RepositoryRoot.DicomCorpus, name);
        ExternalTool.Require(File.Exists(path), $"the DICOM corpus file {path} is absent");
        return path;
    }

    /// <summary>The tool's whole log (DCMTK writes it to stderr) after asserting it exited with 0.</summary>
    public static string Succeeded(ToolResult result)
    {
        Assert.True(result.ExitCode == 0, $"expected exit code 0, but received {result}");
        return result.StandardError + result.StandardOutput;
    }

    /// <summary>Asserts the tool logged <paramref name="text"/>, quoting the whole log when it did not.</summary>
    public static void AssertLogged(string log, string text) =>
        Assert.True(log.Contains(text, StringComparison.Ordinal), $"expected the log to say '{text}', but it said:\n{log}");

    /// <summary>The file arrived under its SOP Instance UID in <paramref name="syntax"/>, and its data set is the sent one
    /// element by element (and byte for byte when the transfer syntax did not change and is not deflated).</summary>
    public static void AssertArrived(string sentPath, InstanceArchive archive, TransferSyntax? syntax = null)
    {
        var sent = DicomInstance.Load(sentPath);
        Assert.True(archive.TryGet(sent.SopInstanceUid, out var held), $"{Path.GetFileName(sentPath)} ({sent.SopInstanceUid}) did not arrive");
        Assert.Equal((syntax ?? sent.TransferSyntax).Uid, held.TransferSyntax.Uid);
        var received = held.ToDicomInstance();
        if (held.TransferSyntax == sent.TransferSyntax && !sent.TransferSyntax.IsDeflated)
            Assert.True(sent.EncodedDataset.Span.SequenceEqual(received.EncodedDataset.Span), $"{Path.GetFileName(sentPath)}: the data set bytes changed");
        DatasetComparison.AssertIdentical(sent.Dataset, received.Dataset, Path.GetFileName(sentPath),
            compareVR: sent.TransferSyntax.IsExplicitVR && held.TransferSyntax.IsExplicitVR, ignoreGroupLengths: true);
    }
}
