namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The PDU-type byte that opens every upper-layer PDU.</summary>
/// <remarks>PS3.8 §9.3.1 and Tables 9-11 … 9-26 (byte 1 of each PDU).</remarks>
public enum PduType : byte
{
    AAssociateRQ = 0x01,
    AAssociateAC = 0x02,
    AAssociateRJ = 0x03,
    PDataTF = 0x04,
    AReleaseRQ = 0x05,
    AReleaseRP = 0x06,
    AAbort = 0x07,
}
