using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.Dicom.Network.Tests.Peers;
using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>Our SCU's C-MOVE (to our own SCP inside the namespace) and C-GET against Orthanc holding a synthetic study.</summary>
[Collection(PeersCollection.Name)]
public sealed class OurScuOrthancRetrieveTests : IDisposable
{
    private const string OurScpAeTitle = "HXSCP";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("hx-ourscu-retrieve-");
    private readonly OurScuStudy _study;

    public OurScuOrthancRetrieveTests() => _study = OurScuStudy.Write(Path.Combine(_work.FullName, "sent"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string Received => Path.Combine(_work.FullName, "received");

    [Theory]
    [InlineData("STUDY")]
    [InlineData("SERIES")]
    [InlineData("IMAGE")]
    public async Task Move_ToOurScp_EveryInstanceAtTheLevelArrivesIdenticalAndTheFinalResponseCountsThem(string level)
    {
        var (identifier, expected) = Retrieve(level);
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        var port = inside.FreePort();
        await using var orthanc = await OrthancPeer.StartAsync(inside, new Dictionary<string, OrthancModality> { ["hxscp"] = new(OurScpAeTitle, "127.0.0.1", port) }, Cancel);
        await _study.UploadAsync(orthanc, Cancel);
        await using var scp = DicomServer.Start(new DicomServerOptions
        {
            AeTitle = OurScpAeTitle, Port = port, Policy = AssociationPolicy.Storage, Handler = new FolderStorageHandler(Received), ListenSocketFactory = inside.CreateSocket,
        });
        await using var association = await OurScuPeer.AssociateAsync(inside, orthanc.DicomPort, orthanc.AeTitle,
            [PresentationContextProposal.For(DicomUids.StudyRootQueryRetrieveInformationModelMove)], Cancel);

        var responses = await ToListAsync(association.MoveAsync(DicomUids.StudyRootQueryRetrieveInformationModelMove, OurScpAeTitle, identifier, Cancel));
        await OurScuPeer.ReleaseAsync(association, Cancel);

        AssertFinalCounts(responses, expected.Count);
        _study.AssertReceived(Directory.GetFiles(Received), expected);
    }

    /// <summary>Orthanc fragments the C-STORE sub-operations to the P-DATA-TF length our SCU receives: the smallest DCMTK
    /// allows (4096), our default (1 MiB), and unlimited (0).</summary>
    [Theory]
    [InlineData(4096u)]
    [InlineData(1024u * 1024)]
    [InlineData(0u)]
    public async Task Get_Study_EveryInstanceArrivesOnTheSameAssociationIdenticalAndTheFinalResponseCountsThem(uint maximumPduLength)
    {
        var (identifier, expected) = Retrieve("STUDY");
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, Cancel);
        await _study.UploadAsync(orthanc, Cancel);
        PresentationContextProposal[] proposals =
        [
            PresentationContextProposal.For(DicomUids.StudyRootQueryRetrieveInformationModelGet),
            PresentationContextProposal.For(DicomUids.CTImageStorage) with { ProposeScuRole = false, ProposeScpRole = true },
        ];
        var options = OurScuPeer.Options(inside, orthanc.AeTitle, new FolderStorageHandler(Received)) with { MaximumPduLength = maximumPduLength };
        await using var association = await DicomClient.AssociateAsync("127.0.0.1", orthanc.DicomPort, proposals, options, Cancel);

        var responses = await ToListAsync(association.GetAsync(DicomUids.StudyRootQueryRetrieveInformationModelGet, identifier, Cancel));
        await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.True(association.PresentationContexts.Single(c => c.AbstractSyntax == DicomUids.CTImageStorage).ScpRole, "Orthanc did not accept our SCP role for CT Image Storage");
        AssertFinalCounts(responses, expected.Count);
        _study.AssertReceived(Directory.GetFiles(Received), expected);
    }

    public void Dispose() => _work.Delete(recursive: true);

    /// <summary>The identifier for a retrieve at <paramref name="level"/> (PS3.4 C.4.2.1.4: unique keys down to the level)
    /// and the files it names: the study, its first series, or that series' first image.</summary>
    private (DicomDataset Identifier, IReadOnlyList<string> Files) Retrieve(string level)
    {
        var series = _study.SeriesUids[0];
        var image = _study.FilesOf(series).First();
        return level switch
        {
            "STUDY" => (OurScuQuery.Identifier(level, (DicomTags.StudyInstanceUID, _study.StudyUid)), _study.Files),
            "SERIES" => (OurScuQuery.Identifier(level, (DicomTags.StudyInstanceUID, _study.StudyUid), (DicomTags.SeriesInstanceUID, series)), [.. _study.FilesOf(series)]),
            _ => (OurScuQuery.Identifier(level, (DicomTags.StudyInstanceUID, _study.StudyUid), (DicomTags.SeriesInstanceUID, series),
                (DicomTags.SOPInstanceUID, DicomInstance.Load(image).SopInstanceUid)), [image]),
        };
    }

    /// <summary>Pending responses only before the final one, which is Success with every sub-operation completed (PS3.4 C.4.2.1.5, C.4.3.1.5).</summary>
    private static void AssertFinalCounts(IReadOnlyList<DimseSuboperationsResponse> responses, int expected)
    {
        Assert.All(responses.SkipLast(1), pending => Assert.Equal(DicomStatusState.Pending, pending.Status.State));
        var final = responses[^1];
        Assert.Equal(DicomStatus.Success, final.Status);
        Assert.Equal(((ushort?)expected, (ushort?)0, (ushort?)0), (final.NumberOfCompletedSuboperations, final.NumberOfFailedSuboperations,
            final.NumberOfWarningSuboperations));
        Assert.True(final.NumberOfRemainingSuboperations is null or 0, $"the final response says {final.NumberOfRemainingSuboperations} sub-operations remain");
    }

    private static async Task<IReadOnlyList<T>> ToListAsync<T>(IAsyncEnumerable<T> responses)
    {
        var list = new List<T>();
        await foreach (var response in responses) list.Add(response);
        return list;
    }
}
