using System.Net;
using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network;

/// <summary>How a <see cref="DicomServer"/> listens, negotiates and serves.</summary>
public sealed record DicomServerOptions
{
    /// <summary>The address to bind: loopback unless configured otherwise.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The port; 0 lets the system choose (see <see cref="DicomServer.Port"/>).</summary>
    public int Port { get; init; }

    /// <summary>This AE's title, answered when <see cref="AssociationPolicy.CalledAeTitles"/> is not set.</summary>
    public string AeTitle { get; init; } = "HARNESS";

    /// <summary>What is accepted; <see cref="AssociationPolicy.CalledAeTitles"/> defaults to { <see cref="AeTitle"/> }.</summary>
    public AssociationPolicy Policy { get; init; } = AssociationPolicy.Verification;

    public DicomServiceHandler Handler { get; init; } = DicomServiceHandler.EchoOnly;

    /// <summary>Limits and timers of each connection (maximum PDU length, ARTIM, idle).</summary>
    public UpperLayerOptions UpperLayer { get; init; } = new();

    public TimeSpan DimseTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The AE table for C-MOVE: destination AE title → where it listens.</summary>
    public IReadOnlyDictionary<string, DicomApplicationEntity> MoveDestinations { get; init; } = new Dictionary<string, DicomApplicationEntity>();

    /// <summary>Options of the associations this server opens to move destinations (timeouts; AE titles are set per move).</summary>
    public DicomClientOptions MoveClient { get; init; } = new();

    public DicomNetworkEvents? Events { get; init; }

    /// <summary>DICOM TLS (PS3.15 Annex B) on every accepted connection; null = plain TCP. A failed handshake closes the
    /// connection and is reported as <see cref="Events.ConnectionClosed"/> with the reason.</summary>
    public Tls.DicomTlsOptions? Tls { get; init; }

    /// <summary>Makes the listening socket (a test seam: e.g. one created inside a network namespace); null = a new one.</summary>
    public Func<Socket>? ListenSocketFactory { get; init; }
}

/// <summary>An application entity in an AE table: its title and where it listens.</summary>
public sealed record DicomApplicationEntity(string AeTitle, string Host, int Port);
