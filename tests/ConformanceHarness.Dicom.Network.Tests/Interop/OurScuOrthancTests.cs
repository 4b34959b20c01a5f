using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tests.Peers;
using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>Our SCU (<see cref="DicomClient"/>) against Orthanc 1.10.1 in a network namespace: association, C-ECHO, C-STORE.</summary>
[Collection(PeersCollection.Name)]
public sealed class OurScuOrthancTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("hx-ourscu-orthanc-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Echo_Orthanc_AnswersSuccessAndReleases()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, Cancel);
        await using var association = await OurScuPeer.AssociateAsync(inside, orthanc.DicomPort, orthanc.AeTitle, [PresentationContextProposal.For(DicomUids.Verification)], Cancel);

        var status = await association.EchoAsync(Cancel);
        var end = await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.Equal(DicomStatus.Success, status);
        Assert.Equal(AssociationEndKind.Released, end.Kind);
    }

    [Fact]
    public async Task Store_TwoSeriesOnOneAssociation_OrthancServesEveryInstanceBackElementByElementIdentical()
    {
        var study = OurScuStudy.Write(_work.FullName);
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, Cancel);
        await using var association = await OurScuPeer.AssociateAsync(inside, orthanc.DicomPort, orthanc.AeTitle, OurScuPeer.AsTheyAre(study.Instances), Cancel);

        var statuses = await OurScuPeer.StoreAllAsync(association, study.Instances, () => orthanc.Output, Cancel);
        await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.Equal(Enumerable.Repeat(DicomStatus.Success, OurScuStudy.ImageCount), statuses);
        Assert.Equal(new OrthancStatistics(1, 1, OurScuStudy.SeriesCount, OurScuStudy.ImageCount), await orthanc.GetStatisticsAsync(Cancel));
        var served = Directory.CreateDirectory(Path.Combine(_work.FullName, "served")).FullName;
        foreach (var id in await orthanc.ListInstancesAsync(Cancel))
            await File.WriteAllBytesAsync(Path.Combine(served, id + ".dcm"), await orthanc.GetInstanceFileAsync(id, Cancel), Cancel);
        study.AssertReceived(Directory.GetFiles(served));
    }

    [Fact]
    public async Task Associate_UnknownCalledAeTitleWhileOrthancChecksIt_RejectedWithTheReasonInWords()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, new Dictionary<string, OrthancModality>(),
            configuration => configuration["DicomCheckCalledAet"] = true, Cancel);

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => OurScuPeer.AssociateAsync(inside, orthanc.DicomPort, "NOT-ORTHANC",
            [PresentationContextProposal.For(DicomUids.Verification)], Cancel));

        Assert.Equal(DicomAssociationFailure.Rejected, error.Failure);
        Assert.Equal(AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized, error.Reject!.Reason);
        Assert.Contains("NOT-ORTHANC at 127.0.0.1", error.Message);
        Assert.Contains("called AE title not recognized", error.Message);
    }

    public void Dispose() => _work.Delete(recursive: true);
}
