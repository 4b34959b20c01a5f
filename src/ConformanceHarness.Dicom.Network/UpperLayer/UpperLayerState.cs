namespace ConformanceHarness.Dicom.Network.UpperLayer;

/// <summary>The states of the DICOM upper layer protocol machine, PS3.8 §9.2.1 (Table 9-1).</summary>
public enum UpperLayerState
{
    /// <summary>Sta1: Idle.</summary>
    Sta1 = 1,

    /// <summary>Sta2: Transport connection open (awaiting A-ASSOCIATE-RQ PDU).</summary>
    Sta2,

    /// <summary>Sta3: Awaiting local A-ASSOCIATE response primitive.</summary>
    Sta3,

    /// <summary>Sta4: Awaiting transport connection opening to complete.</summary>
    Sta4,

    /// <summary>Sta5: Awaiting A-ASSOCIATE-AC or A-ASSOCIATE-RJ PDU.</summary>
    Sta5,

    /// <summary>Sta6: Association established and ready for data transfer.</summary>
    Sta6,

    /// <summary>Sta7: Awaiting A-RELEASE-RP PDU.</summary>
    Sta7,

    /// <summary>Sta8: Awaiting local A-RELEASE response primitive.</summary>
    Sta8,

    /// <summary>Sta9: Release collision requestor side; awaiting A-RELEASE response primitive.</summary>
    Sta9,

    /// <summary>Sta10: Release collision acceptor side; awaiting A-RELEASE-RP PDU.</summary>
    Sta10,

    /// <summary>Sta11: Release collision requestor side; awaiting A-RELEASE-RP PDU.</summary>
    Sta11,

    /// <summary>Sta12: Release collision acceptor side; awaiting A-RELEASE response primitive.</summary>
    Sta12,

    /// <summary>Sta13: Awaiting transport connection close indication (association no longer exists).</summary>
    Sta13,
}
