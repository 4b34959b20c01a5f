namespace ConformanceHarness.Dicom.Network.UpperLayer;

public sealed partial class UpperLayerConnection
{
    private static readonly Dictionary<UpperLayerEvent, string> EventNames = new()
    {
        [UpperLayerEvent.Evt1] = "A-ASSOCIATE request",
        [UpperLayerEvent.Evt2] = "transport connect confirmation",
        [UpperLayerEvent.Evt3] = "A-ASSOCIATE-AC PDU",
        [UpperLayerEvent.Evt4] = "A-ASSOCIATE-RJ PDU",
        [UpperLayerEvent.Evt5] = "transport connection indication",
        [UpperLayerEvent.Evt6] = "A-ASSOCIATE-RQ PDU",
        [UpperLayerEvent.Evt7] = "A-ASSOCIATE response (accept)",
        [UpperLayerEvent.Evt8] = "A-ASSOCIATE response (reject)",
        [UpperLayerEvent.Evt9] = "P-DATA request",
        [UpperLayerEvent.Evt10] = "P-DATA-TF PDU",
        [UpperLayerEvent.Evt11] = "A-RELEASE request",
        [UpperLayerEvent.Evt12] = "A-RELEASE-RQ PDU",
        [UpperLayerEvent.Evt13] = "A-RELEASE-RP PDU",
        [UpperLayerEvent.Evt14] = "A-RELEASE response",
        [UpperLayerEvent.Evt15] = "A-ABORT request",
        [UpperLayerEvent.Evt16] = "A-ABORT PDU",
        [UpperLayerEvent.Evt17] = "transport connection closed",
        [UpperLayerEvent.Evt18] = "ARTIM timer expired",
        [UpperLayerEvent.Evt19] = "unrecognized or invalid PDU",
    };

    /// <summary>The event's name in PS3.8 Table 9-2, e.g. "Evt12 (A-RELEASE-RQ PDU)".</summary>
    public static string Describe(UpperLayerEvent evt) => $"{evt} ({EventNames[evt]})";

    private static string Describe(UpperLayerState state) => state switch
    {
        UpperLayerState.Sta1 => "idle",
        UpperLayerState.Sta2 or UpperLayerState.Sta3 or UpperLayerState.Sta4 or UpperLayerState.Sta5 => "being established",
        UpperLayerState.Sta6 => "established",
        UpperLayerState.Sta13 => "closing",
        _ => "being released",
    };

    private static UpperLayerEvent EventOf(Pdus.Pdu pdu) => pdu.Type switch
    {
        Pdus.PduType.AAssociateAC => UpperLayerEvent.Evt3,
        Pdus.PduType.AAssociateRJ => UpperLayerEvent.Evt4,
        Pdus.PduType.AAssociateRQ => UpperLayerEvent.Evt6,
        Pdus.PduType.PDataTF => UpperLayerEvent.Evt10,
        Pdus.PduType.AReleaseRQ => UpperLayerEvent.Evt12,
        Pdus.PduType.AReleaseRP => UpperLayerEvent.Evt13,
        Pdus.PduType.AAbort => UpperLayerEvent.Evt16,
        _ => UpperLayerEvent.Evt19,
    };
}
