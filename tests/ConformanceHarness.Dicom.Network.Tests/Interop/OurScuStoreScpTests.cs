using System.Globalization;
using System.Text.RegularExpressions;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Tests.Peers;
using ConformanceHarness.TestSupport;
using ConformanceHarness.TestSupport.Peers;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>
/// Our SCU (<see cref="DicomClient"/>) against DCMTK 3.6.7 storescp running in a network namespace. storescp runs with
/// <c>+B</c> (bit-preserving: the data set is written exactly as it arrived; by default it drops Data Set Trailing
/// Padding), so its files show what our SCU put on the wire.
/// </summary>
[Collection(PeersCollection.Name)]
public sealed partial class OurScuStoreScpTests : IDisposable
{
    /// <summary>One corpus file per transfer syntax storescp <c>+xa</c> accepts: Explicit LE, Implicit LE, Explicit BE, Deflated, RLE.</summary>
    public static readonly string[] CorpusInEverySyntax = ["CT_small.dcm", "MR_small_implicit.dcm", "ExplVR_BigEnd.dcm", "image_dfl.dcm", "SC_rgb_rle.dcm"];

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("hx-ourscu-storescp-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Echo_StorescpInside_AnswersSuccessAndReleases()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var storescp = await StoreScpPeer.StartAsync(inside, Cancel);
        await using var association = await OurScuPeer.AssociateAsync(inside, storescp.Port, storescp.AeTitle, [PresentationContextProposal.For(DicomUids.Verification)], Cancel);

        var status = await association.EchoAsync(Cancel);
        var end = await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.Equal(DicomStatus.Success, status);
        Assert.Equal(new AssociationEnd(AssociationEndKind.Released, false, "A-RELEASE"), end);
    }

    [Fact]
    public async Task Store_CorpusFileInEachTransferSyntaxOnOneAssociation_ArrivesInItsSyntaxElementByElementIdentical()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var storescp = await StoreScpPeer.StartAsync(inside, "STORESCP", ["+xa", "+B", "-v"], Cancel);
        var files = CorpusInEverySyntax.Select(name => Path.Combine(RepositoryRoot.DicomCorpus, name)).ToList();
        var instances = files.Select(DicomInstance.Load).ToList();
        await using var association = await OurScuPeer.AssociateAsync(inside, storescp.Port, storescp.AeTitle, OurScuPeer.AsTheyAre(instances), Cancel);

        var statuses = await OurScuPeer.StoreAllAsync(association, instances, () => storescp.Output, Cancel);
        await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.All(statuses, status => Assert.Equal(DicomStatus.Success, status));
        Assert.True(AssociationsAcknowledged(storescp) == 1, storescp.Output);
        var received = ReceivedBySopInstance(storescp);
        Assert.Equal(instances.Select(i => i.SopInstanceUid).Order(), received.Keys.Order());
        foreach (var (file, instance) in files.Zip(instances))
        {
            Assert.Equal(instance.TransferSyntax, received[instance.SopInstanceUid].TransferSyntax);
            DatasetComparison.AssertIdentical(DicomFile.Open(file).Dataset, received[instance.SopInstanceUid].Dataset, Path.GetFileName(file));
        }
    }

    [Fact]
    public async Task Store_FiftySyntheticImagesOnOneAssociation_AllArriveElementByElementIdentical()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var storescp = await StoreScpPeer.StartAsync(inside, "STORESCP", ["+B", "-v"], Cancel);
        var files = SyntheticInstances.WriteStudy(_work.FullName, 50, new CtImageSpec { PixelDataBytes = 128 * 128 * 2 });
        var instances = files.Select(DicomInstance.Load).ToList();
        await using var association = await OurScuPeer.AssociateAsync(inside, storescp.Port, storescp.AeTitle, OurScuPeer.AsTheyAre(instances), Cancel);

        var statuses = await OurScuPeer.StoreAllAsync(association, instances, () => storescp.Output, Cancel);
        await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.Equal(Enumerable.Repeat(DicomStatus.Success, 50), statuses);
        Assert.True(AssociationsAcknowledged(storescp) == 1, storescp.Output);
        var received = ReceivedBySopInstance(storescp);
        Assert.Equal(50, received.Count);
        foreach (var (file, instance) in files.Zip(instances))
            DatasetComparison.AssertIdentical(DicomFile.Open(file).Dataset, received[instance.SopInstanceUid].Dataset, Path.GetFileName(file));
    }

    /// <summary>Our SCU fragments to the P-DATA-TF length storescp receives: its smallest (4096), default (16384) and largest (131072).</summary>
    [Theory]
    [InlineData("4096")]
    [InlineData("16384")]
    [InlineData("131072")]
    public async Task Store_HalfMebibyteImageAtStorescpsMaximumPduLength_ArrivesElementByElementIdentical(string maximumPduLength)
    {
        var path = Path.Combine(_work.FullName, "ct.dcm");
        SyntheticInstances.CtImage(new CtImageSpec()).Save(path);
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var storescp = await StoreScpPeer.StartAsync(inside, "STORESCP", ["+B", "-pdu", maximumPduLength], Cancel);
        var instance = DicomInstance.Load(path);
        await using var association = await OurScuPeer.AssociateAsync(inside, storescp.Port, storescp.AeTitle, OurScuPeer.AsTheyAre([instance]), Cancel);

        var response = await association.StoreAsync(instance, cancellationToken: Cancel);
        await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.Equal(uint.Parse(maximumPduLength, CultureInfo.InvariantCulture), association.PeerMaximumPduLength);
        Assert.Equal(DicomStatus.Success, response.Status);
        DatasetComparison.AssertIdentical(DicomFile.Open(path).Dataset, OurScuPeer.ReadFile(Assert.Single(storescp.ReceivedFiles)).Dataset, "ct.dcm");
    }

    public void Dispose() => _work.Delete(recursive: true);

    /// <summary>How many associations storescp <c>-v</c> acknowledged (its readiness probe logs "Association Received" too).</summary>
    private static int AssociationsAcknowledged(StoreScpPeer storescp) => AssociationAcknowledged().Count(storescp.Output);

    private static Dictionary<string, DicomFile> ReceivedBySopInstance(StoreScpPeer storescp) =>
        storescp.ReceivedFiles.Select(OurScuPeer.ReadFile).ToDictionary(file => file.Dataset.GetString(DicomTags.SOPInstanceUID));

    [GeneratedRegex("Association Acknowledged")]
    private static partial Regex AssociationAcknowledged();
}
