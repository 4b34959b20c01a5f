namespace ConformanceHarness.Dicom.Network.UpperLayer;

/// <summary>Limits and timers of one upper layer connection.</summary>
public sealed record UpperLayerOptions
{
    /// <summary>The largest P-DATA-TF variable field this side receives (A-ASSOCIATE maximum length sub-item); 0 = unlimited.</summary>
    public uint MaximumPduLength { get; init; } = 1024 * 1024;

    /// <summary>The largest A-ASSOCIATE-RQ/AC/RJ, release or abort PDU accepted (PS3.8 leaves it open; this bounds memory).</summary>
    public int MaximumControlPduLength { get; init; } = 1024 * 1024;

    /// <summary>The ARTIM timer (PS3.8 §9.1.5): how long to wait for an A-ASSOCIATE-RQ after a connection is
    /// accepted, and for the transport to close after a reject, release response or abort.</summary>
    public TimeSpan ArtimTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>No PDU received for this long aborts the association (A-ABORT, service-provider); null = no limit.</summary>
    public TimeSpan? IdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a PDU write may wait for the transport before the connection is given up.</summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
