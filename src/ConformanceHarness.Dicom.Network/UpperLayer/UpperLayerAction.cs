namespace ConformanceHarness.Dicom.Network.UpperLayer;

/// <summary>The actions of the DICOM upper layer protocol machine, PS3.8 §9.2.3 (Tables 9-6 … 9-9).</summary>
public enum UpperLayerAction
{
    /// <summary>AE-1: Issue TRANSPORT CONNECT request primitive to local transport service.</summary>
    AE1,

    /// <summary>AE-2: Send A-ASSOCIATE-RQ PDU.</summary>
    AE2,

    /// <summary>AE-3: Issue A-ASSOCIATE confirmation (accept) primitive.</summary>
    AE3,

    /// <summary>AE-4: Issue A-ASSOCIATE confirmation (reject) primitive and close transport connection.</summary>
    AE4,

    /// <summary>AE-5: Issue transport connection response primitive; start ARTIM timer.</summary>
    AE5,

    /// <summary>AE-6: Stop ARTIM timer; if the A-ASSOCIATE-RQ is acceptable by the service-provider issue an
    /// A-ASSOCIATE indication primitive, otherwise send an A-ASSOCIATE-RJ PDU and start the ARTIM timer.</summary>
    AE6,

    /// <summary>AE-7: Send A-ASSOCIATE-AC PDU.</summary>
    AE7,

    /// <summary>AE-8: Send A-ASSOCIATE-RJ PDU and start ARTIM timer.</summary>
    AE8,

    /// <summary>DT-1: Send P-DATA-TF PDU.</summary>
    DT1,

    /// <summary>DT-2: Send P-DATA indication primitive.</summary>
    DT2,

    /// <summary>AR-1: Send A-RELEASE-RQ PDU.</summary>
    AR1,

    /// <summary>AR-2: Issue A-RELEASE indication primitive.</summary>
    AR2,

    /// <summary>AR-3: Issue A-RELEASE confirmation primitive, and close transport connection.</summary>
    AR3,

    /// <summary>AR-4: Issue A-RELEASE-RP PDU and start ARTIM timer.</summary>
    AR4,

    /// <summary>AR-5: Stop ARTIM timer.</summary>
    AR5,

    /// <summary>AR-6: Issue P-DATA indication.</summary>
    AR6,

    /// <summary>AR-7: Issue P-DATA-TF PDU.</summary>
    AR7,

    /// <summary>AR-8: Issue A-RELEASE indication (release collision).</summary>
    AR8,

    /// <summary>AR-9: Send A-RELEASE-RP PDU.</summary>
    AR9,

    /// <summary>AR-10: Issue A-RELEASE confirmation primitive.</summary>
    AR10,

    /// <summary>AA-1: Send A-ABORT PDU (service-user source) and start (or restart) ARTIM timer.</summary>
    AA1,

    /// <summary>AA-2: Stop ARTIM timer if running; close transport connection.</summary>
    AA2,

    /// <summary>AA-3: Issue A-ABORT (service-user) or A-P-ABORT (service-provider) indication and close transport connection.</summary>
    AA3,

    /// <summary>AA-4: Issue A-P-ABORT indication primitive.</summary>
    AA4,

    /// <summary>AA-5: Stop ARTIM timer.</summary>
    AA5,

    /// <summary>AA-6: Ignore PDU.</summary>
    AA6,

    /// <summary>AA-7: Send A-ABORT PDU.</summary>
    AA7,

    /// <summary>AA-8: Send A-ABORT PDU (service-provider source), issue an A-P-ABORT indication, and start ARTIM timer.</summary>
    AA8,
}
