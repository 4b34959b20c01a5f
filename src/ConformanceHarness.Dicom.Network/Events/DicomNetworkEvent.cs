using System.Net;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Events;

/// <summary>Something that happened on a DICOM connection, recorded as evidence. <paramref name="ConnectionId"/> ties
/// the events of one connection together; <paramref name="Time"/> is when it happened (UTC).</summary>
public abstract record DicomNetworkEvent(string ConnectionId, DateTimeOffset Time);

public sealed record ConnectionOpened(string ConnectionId, DateTimeOffset Time, EndPoint? Local, EndPoint? Remote, bool Inbound, string? Tls)
    : DicomNetworkEvent(ConnectionId, Time);

public sealed record ConnectionClosed(string ConnectionId, DateTimeOffset Time, string How) : DicomNetworkEvent(ConnectionId, Time);

public sealed record AssociationRequested(string ConnectionId, DateTimeOffset Time, AAssociateRQ Request) : DicomNetworkEvent(ConnectionId, Time);

public sealed record AssociationAccepted(string ConnectionId, DateTimeOffset Time, AAssociateAC Accept, IReadOnlyList<PresentationContext> PresentationContexts)
    : DicomNetworkEvent(ConnectionId, Time);

public sealed record AssociationRejected(string ConnectionId, DateTimeOffset Time, AAssociateRJ Reject, string Reason) : DicomNetworkEvent(ConnectionId, Time);

public sealed record AssociationReleased(string ConnectionId, DateTimeOffset Time, bool ByPeer) : DicomNetworkEvent(ConnectionId, Time);

public sealed record AssociationAborted(string ConnectionId, DateTimeOffset Time, AAbortSource Source, AAbortReason Reason, bool ByPeer, string Detail)
    : DicomNetworkEvent(ConnectionId, Time);

/// <summary>A DIMSE message sent or received: its command elements by name, status for responses, and the data set's
/// length and SHA-256 digest (of the bytes on the wire, in the presentation context's transfer syntax). A sent message
/// is reported as it is handed to the upper layer, just before its PDVs go out, so that its response can never be
/// reported ahead of it; should the transport fail meanwhile, the association's abort follows.</summary>
public sealed record DimseMessageExchanged(string ConnectionId, DateTimeOffset Time, bool Sent, byte PresentationContextId, string Command,
    ushort? MessageId, ushort? Status, string? StatusName, IReadOnlyDictionary<string, string> CommandElements, long? DatasetLength, string? DatasetSha256)
    : DicomNetworkEvent(ConnectionId, Time);
