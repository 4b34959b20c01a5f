using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Dicom.Network;

/// <summary>How a <see cref="DicomClient"/> associates: AE titles, limits, time-outs, and what answers requests the
/// peer sends on the association (C-STORE sub-operations of a C-GET, storage commitment N-EVENT-REPORTs).</summary>
public sealed record DicomClientOptions
{
    public string CallingAeTitle { get; init; } = "HARNESS";

    public string CalledAeTitle { get; init; } = "ANY-SCP";

    /// <summary>The largest P-DATA-TF this side receives (maximum length sub-item); 0 = unlimited.</summary>
    public uint MaximumPduLength { get; init; } = 1024 * 1024;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for the A-ASSOCIATE-AC/RJ, and for the transport to close afterwards (ARTIM).</summary>
    public TimeSpan AssociationTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for each DIMSE response (and the A-RELEASE-RP) before aborting.</summary>
    public TimeSpan DimseTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>No PDU received for this long aborts; null = no limit.</summary>
    public TimeSpan? IdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public DicomServiceHandler Handler { get; init; } = DicomServiceHandler.EchoOnly;

    public DicomNetworkEvents? Events { get; init; }

    /// <summary>DICOM TLS (PS3.15 Annex B): the handshake follows the TCP connection, before the A-ASSOCIATE-RQ; null = plain TCP.</summary>
    public Tls.DicomTlsOptions? Tls { get; init; }

    /// <summary>Makes the TCP socket (a test seam: e.g. a socket created inside a network namespace); null = a new one.</summary>
    public Func<Socket>? SocketFactory { get; init; }

    /// <summary>User identity negotiation (PS3.7 D.3.3.7) sent in the A-ASSOCIATE-RQ; never written to logs or evidence.</summary>
    public Pdus.UserIdentityRequestSubItem? UserIdentity { get; init; }

    /// <summary>SOP class extended negotiation sub-items (PS3.7 D.3.3.5) sent in the A-ASSOCIATE-RQ.</summary>
    public IReadOnlyList<Pdus.SopClassExtendedNegotiationSubItem> ExtendedNegotiations { get; init; } = [];

    /// <summary>Operations this side would keep outstanding at once (PS3.7 D.3.3.3): above 1 the A-ASSOCIATE-RQ proposes
    /// an asynchronous operations window of (this, 1) and <see cref="Association.DicomAssociation.OperationsWindow"/> says
    /// what the acceptor granted (1 when it answers none, as DCMTK does).</summary>
    public int AsynchronousOperationsWindow { get; init; } = 1;
}
