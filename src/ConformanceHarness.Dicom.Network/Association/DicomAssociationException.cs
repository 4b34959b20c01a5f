using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>An association could not be used: it was rejected, aborted, released or never reached; the message says
/// which in words, <see cref="End"/> carries the details when the association had existed.</summary>
public sealed class DicomAssociationException(string message, AssociationEnd? end = null,
    DicomAssociationFailure failure = DicomAssociationFailure.Ended, Exception? inner = null) : Exception(message, inner)
{
    public AssociationEnd? End { get; } = end;

    public DicomAssociationFailure Failure { get; } = failure;

    /// <summary>The A-ASSOCIATE-RJ, when <see cref="Failure"/> is <see cref="DicomAssociationFailure.Rejected"/>.</summary>
    public AAssociateRJ? Reject { get; init; }
}

public enum DicomAssociationFailure
{
    /// <summary>No transport connection: refused, unreachable, or not within the connect time-out.</summary>
    Unreachable,

    /// <summary>The TLS handshake failed (untrusted certificate, no common protocol or cipher suite, …).</summary>
    SecureTransport,

    /// <summary>The peer answered with A-ASSOCIATE-RJ.</summary>
    Rejected,

    /// <summary>The peer (or this side) aborted, or closed the connection without an answer.</summary>
    Aborted,

    /// <summary>No answer within a time-out.</summary>
    TimedOut,

    /// <summary>The association had been established and has ended.</summary>
    Ended,
}
