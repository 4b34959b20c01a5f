using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.TestSupport.Peers;

/// <summary>Our SCU (<see cref="DicomClient"/>) associating with a real server that listens inside a network namespace.</summary>
public static class OurScuPeer
{
    public const string CallingAeTitle = "HXSCU";

    public static Task<DicomAssociation> AssociateAsync(NetworkNamespace inside, int port, string calledAeTitle,
        IReadOnlyList<PresentationContextProposal> proposals, CancellationToken cancellationToken, DicomServiceHandler? handler = null) =>
        DicomClient.AssociateAsync("127.0.0.1", port, proposals, Options(inside, calledAeTitle, handler), cancellationToken);

    public static DicomClientOptions Options(NetworkNamespace inside, string calledAeTitle, DicomServiceHandler? handler = null) => new()
    {
        CallingAeTitle = CallingAeTitle,
        CalledAeTitle = calledAeTitle,
        SocketFactory = inside.CreateSocket,
        Handler = handler ?? DicomServiceHandler.EchoOnly,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AssociationTimeout = TimeSpan.FromSeconds(10),
        DimseTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>One proposal per SOP class and transfer syntax of <paramref name="instances"/>, so each keeps its own syntax.</summary>
    public static IReadOnlyList<PresentationContextProposal> AsTheyAre(IEnumerable<DicomInstance> instances) =>
        [.. instances.Select(instance => (instance.SopClassUid, instance.TransferSyntax)).Distinct()
            .Select(pair => new PresentationContextProposal(pair.SopClassUid, [pair.TransferSyntax]))];

    /// <summary>Sends each instance with C-STORE and returns the statuses in order; when the association fails, the
    /// exception quotes <paramref name="peerLog"/> (e.g. storescp's reason for aborting).</summary>
    public static async Task<IReadOnlyList<DicomStatus>> StoreAllAsync(DicomAssociation association, IEnumerable<DicomInstance> instances,
        Func<string> peerLog, CancellationToken cancellationToken)
    {
        var statuses = new List<DicomStatus>();
        try
        {
            foreach (var instance in instances) statuses.Add((await association.StoreAsync(instance, cancellationToken: cancellationToken)).Status);
        }
        catch (DicomAssociationException error)
        {
            throw new DicomAssociationException($"{error.Message} after {statuses.Count} C-STORE(s); the peer printed:\n{peerLog()}", error.End, error.Failure, error);
        }
        return statuses;
    }

    /// <summary>Reads a received file wholly into memory: the peer's folder is deleted when the peer stops.</summary>
    public static DicomFile ReadFile(string path) => DicomFile.Read(new MemoryStream(File.ReadAllBytes(path), writable: false));

    /// <summary>Releases and returns how the association ended.</summary>
    public static async Task<AssociationEnd> ReleaseAsync(DicomAssociation association, CancellationToken cancellationToken)
    {
        await association.ReleaseAsync(cancellationToken);
        return await association.Completion;
    }
}
