using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>What an association needs from the client or server that made it.</summary>
internal sealed record DicomAssociationSettings(string ConnectionId, DicomServiceHandler Handler, TimeSpan DimseTimeout, DicomNetworkEvents? Events)
{
    /// <summary>Opens an association to a C-MOVE destination (the server's AE table) — or, with no proposals (nothing to
    /// send), only checks that the destination is known and answers null; null when moves are not served.</summary>
    public Func<string, IReadOnlyList<PresentationContextProposal>, CancellationToken, Task<DicomAssociation?>>? ConnectToMoveDestination { get; init; }

    /// <summary>The association publishes <see cref="Events.ConnectionClosed"/> when it ends (the requestor's side, whose
    /// connection lives exactly as long as the association; the server reports its own connections).</summary>
    public bool ReportsConnectionClosed { get; init; }
}
