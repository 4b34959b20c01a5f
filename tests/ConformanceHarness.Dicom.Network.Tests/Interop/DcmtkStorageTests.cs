using System.Globalization;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.QueryRetrieve;
using ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;
using ConformanceHarness.TestSupport.Peers;

using static ConformanceHarness.Dicom.Network.Tests.Interop.InteropFiles;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>echoscu and storescu (root namespace; they only connect) against the archive on 127.0.0.1.</summary>
[Collection(DcmtkCollection.Name)]
public sealed class DcmtkStorageTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Echoscu_IsAnsweredWithSuccess()
    {
        await using var archive = ArchiveServer.Start();

        var log = Succeeded(await Dcmtk.RunAsync("echoscu", ["-v", "-aec", ArchiveServer.AeTitle, "127.0.0.1", Port(archive)], ToolTimeout, Token));

        AssertLogged(log, "Received Echo Response (Success)");
    }

    [Theory]
    [InlineData("-xe", "1.2.840.10008.1.2.1")]
    [InlineData("-xi", "1.2.840.10008.1.2")]
    [InlineData("-xb", "1.2.840.10008.1.2.2")]
    [InlineData("-xd", "1.2.840.10008.1.2.1.99")]
    public async Task Storescu_InTheOneSyntaxWeAccept_DataSetsArriveIdenticalElementByElement(string option, string syntaxUid)
    {
        var syntax = TransferSyntax.Lookup(syntaxUid);
        var sent = SyntheticSeries(3);
        await using var archive = ArchiveServer.Start(InstanceArchive.InFolder(NewFolder("received")),
            policy: AssociationPolicy.Archive with { StorageTransferSyntaxes = [syntax] });

        var log = Succeeded(await Dcmtk.RunAsync("storescu", ["-v", option, "-aec", ArchiveServer.AeTitle, "127.0.0.1", Port(archive), .. sent], ToolTimeout, Token));

        Assert.Equal(3, CountOf("Received Store Response (Success)", log));
        foreach (var path in sent) AssertArrived(path, archive.Archive, syntax);
    }

    /// <summary>storescu 3.6.7 proposes only uncompressed syntaxes unless told (-xr RLE, -xd deflated, -xb big endian in a
    /// context of its own), and sends a file in its own syntax when that context is accepted.</summary>
    [Theory]
    [InlineData("SC_rgb_rle.dcm", "-xr")]
    [InlineData("image_dfl.dcm", "-xd")]
    [InlineData("MR_small_bigendian.dcm", "-xb")]
    public async Task Storescu_CorpusFileProposedInItsOwnSyntax_IsAcceptedAsItIs(string name, string option)
    {
        var path = Corpus(name);
        await using var archive = ArchiveServer.Start(InstanceArchive.InFolder(NewFolder("received")));

        Succeeded(await Dcmtk.RunAsync("storescu", ["-v", option, "-aec", ArchiveServer.AeTitle, "127.0.0.1", Port(archive), path], ToolTimeout, Token));

        AssertArrived(path, archive.Archive);
        var received = Assert.Single(archive.Archive.Instances).Path!;
        Assert.StartsWith("yes: ", Succeeded(await Dcmtk.RunAsync("dcmftest", [received], ToolTimeout, Token)));
    }

    [Fact]
    public async Task Storescu_JpegLosslessFileMadeByDcmcjpeg_IsAcceptedAsItIs()
    {
        var source = SyntheticSeries(1)[0];
        var jpeg = Path.Combine(Path.GetDirectoryName(source)!, "jpeg.dcm");
        Succeeded(await Dcmtk.RunAsync("dcmcjpeg", ["+e1", source, jpeg], ToolTimeout, Token));
        await using var archive = ArchiveServer.Start(InstanceArchive.InFolder(NewFolder("received")));

        Succeeded(await Dcmtk.RunAsync("storescu", ["-v", "-xs", "-aec", ArchiveServer.AeTitle, "127.0.0.1", Port(archive), jpeg], ToolTimeout, Token));

        AssertArrived(jpeg, archive.Archive, TransferSyntax.JpegLosslessSV1);
        var dump = Succeeded(await Dcmtk.RunAsync("dcmdump", ["-M", "+L", Assert.Single(archive.Archive.Instances).Path!], ToolTimeout, Token));
        Assert.Contains("JPEGLossless:Non-hierarchical-1stOrderPrediction", dump);
    }

    [Fact]
    public async Task Storescu_FiftyFilesOfAFolder_ArriveOnOneAssociationIdentical()
    {
        var sent = SyntheticSeries(50);
        await using var archive = ArchiveServer.Start(InstanceArchive.InFolder(NewFolder("received")));
        var accepted = 0;
        using var _ = archive.Server.Events.Subscribe(networkEvent => { if (networkEvent is AssociationAccepted) Interlocked.Increment(ref accepted); });

        var log = Succeeded(await Dcmtk.RunAsync("storescu",
            ["-v", "+sd", "-aec", ArchiveServer.AeTitle, "127.0.0.1", Port(archive), Path.GetDirectoryName(sent[0])!], ToolTimeout, Token));

        Assert.Equal(1, accepted);
        Assert.Equal(50, CountOf("Received Store Response (Success)", log));
        Assert.Equal(50, archive.Archive.Count);
        foreach (var path in sent) AssertArrived(path, archive.Archive);
    }

    private static string Port(ArchiveServer archive) => archive.Port.ToString(CultureInfo.InvariantCulture);

    private static int CountOf(string line, string log) => log.Split('\n').Count(text => text.Contains(line, StringComparison.Ordinal));
}
