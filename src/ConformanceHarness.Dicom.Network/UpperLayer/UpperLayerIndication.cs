using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.UpperLayer;

/// <summary>What the upper layer tells its service user (PS3.8 §7 primitives: indications and confirmations).</summary>
public abstract record UpperLayerIndication;

/// <summary>A-ASSOCIATE indication: the peer asks for an association (acceptor side, Sta3).</summary>
public sealed record AssociateIndication(AAssociateRQ Request) : UpperLayerIndication;

/// <summary>A-ASSOCIATE confirmation (accept), requestor side.</summary>
public sealed record AssociateAcceptConfirmation(AAssociateAC Accept) : UpperLayerIndication;

/// <summary>A-ASSOCIATE confirmation (reject), requestor side.</summary>
public sealed record AssociateRejectConfirmation(AAssociateRJ Reject) : UpperLayerIndication;

/// <summary>P-DATA indication: one P-DATA-TF received.</summary>
public sealed record DataIndication(PDataTF Data) : UpperLayerIndication;

/// <summary>A-RELEASE indication: the peer asks to release (also in a release collision).</summary>
public sealed record ReleaseIndication(bool Collision) : UpperLayerIndication;

/// <summary>A-RELEASE confirmation: the peer answered our A-RELEASE-RQ.</summary>
public sealed record ReleaseConfirmation : UpperLayerIndication;

/// <summary>A-ABORT (service-user, from the peer) or A-P-ABORT (service-provider, either side) indication.</summary>
/// <param name="Detail">Why, in words: the malformed field, the unexpected PDU, the lost connection.</param>
public sealed record AbortIndication(AAbortSource Source, AAbortReason Reason, bool ByPeer, string Detail) : UpperLayerIndication;

/// <summary>One transition of the protocol machine, for evidence and diagnostics.</summary>
public sealed record UpperLayerTransition(UpperLayerState From, UpperLayerEvent Event, UpperLayerAction Action, UpperLayerState To);
