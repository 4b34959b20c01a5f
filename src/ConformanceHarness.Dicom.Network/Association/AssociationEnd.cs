using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>How an association ended: released (by which side), aborted (by whom, why), or the connection was lost.</summary>
public sealed record AssociationEnd(AssociationEndKind Kind, bool ByPeer, string Detail, AAbortSource? AbortSource = null, AAbortReason? AbortReason = null)
{
    public override string ToString() => Kind switch
    {
        AssociationEndKind.Released => $"released by {(ByPeer ? "the peer" : "this side")}",
        AssociationEndKind.Aborted => $"aborted by {(ByPeer ? "the peer" : "this side")}: {Detail}",
        _ => $"connection lost: {Detail}",
    };
}

public enum AssociationEndKind
{
    Released,
    Aborted,
    ConnectionLost,
}
