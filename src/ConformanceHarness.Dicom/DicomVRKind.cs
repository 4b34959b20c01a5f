namespace ConformanceHarness.Dicom;

/// <summary>How a VR's value is encoded, PS3.5 §6.2.</summary>
public enum DicomVRKind
{
    /// <summary>Character string (AE, AS, CS, DA, DS, DT, IS, LO, LT, PN, SH, ST, TM, UC, UI, UR, UT).</summary>
    String,

    /// <summary>Fixed-size binary numbers (AT, FD, FL, SL, SS, SV, UL, US, UV).</summary>
    Binary,

    /// <summary>Byte or word streams (OB, OD, OF, OL, OV, OW, UN).</summary>
    Bulk,

    /// <summary>Sequence of items (SQ).</summary>
    Sequence,
}
