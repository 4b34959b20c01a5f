using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

/// <summary>One PDU of every type with its bytes, written by hand from PS3.8 §9.3 (the RQ checked against DCMTK 3.6.7's).</summary>
internal static class PduTables
{
    public const string Verification = "1.2.840.10008.1.1";
    public const string ImplicitVrLittleEndian = "1.2.840.10008.1.2";
    public const string ApplicationContext = "1.2.840.10008.3.1.1.1";

    /// <summary>
    /// What <c>echoscu -aet ECHOSCU -aec ANY-SCP</c> sends by default: one context, Verification over Implicit VR LE.
    /// Captured from DCMTK 3.6.7 (dcmtk 3.6.7-9~deb12u4) on Debian 12 by <see cref="EchoscuCaptureTests"/>; the
    /// implementation class UID and version name are 3.6.7's.
    /// </summary>
    public static readonly AAssociateRQ EchoscuRQ = new("ANY-SCP", "ECHOSCU", ApplicationContext,
        [new PresentationContextRequest(1, Verification, [ImplicitVrLittleEndian])],
        new UserInformation([
            new MaximumLengthSubItem(16384),
            new ImplementationClassUidSubItem("1.2.276.0.7230010.3.0.3.6.7"),
            new ImplementationVersionNameSubItem("OFFIS_DCMTK_367")]));

    /// <summary>
    /// The one byte where echoscu 3.6.7's RQ differs from <see cref="EchoscuRQBytes"/>: it writes FFH into the presentation
    /// context item's second reserved byte after the ID (PS3.8 Table 9-13 item byte 7, where the AC has Result/Reason),
    /// DCMTK's <c>ASC_P_NOTYETNEGOTIATED</c>. Reserved fields are not tested on receipt (PS3.8 §9.3.1), so it decodes
    /// to <see cref="EchoscuRQ"/>; we write 00H.
    /// </summary>
    public const int EchoscuRQNotYetNegotiatedOffset = 105;

    public static readonly string EchoscuRQBytes =
        "01 00 00 00 00 CD" +                                     // PDU-type, reserved, PDU-length 205
        " 00 01 00 00" +                                          // Protocol-version 1, reserved
        " 'ANY-SCP' 20 20 20 20 20 20 20 20 20" +                 // Called-AE-title, space padded
        " 'ECHOSCU' 20 20 20 20 20 20 20 20 20" +                 // Calling-AE-title
        " " + Wire.Zeros(32) +                                    // reserved
        " 10 00 00 15 '1.2.840.10008.3.1.1.1'" +                  // application context item
        " 20 00 00 2E 01 00 00 00" +                              // presentation context item, id 1 (DCMTK: 01 00 FF 00)
        " 30 00 00 11 '1.2.840.10008.1.1'" +                      // abstract syntax
        " 40 00 00 11 '1.2.840.10008.1.2'" +                      // transfer syntax
        " 50 00 00 3A" +                                          // user information item
        " 51 00 00 04 00 00 40 00" +                              // maximum length 16384
        " 52 00 00 1B '1.2.276.0.7230010.3.0.3.6.7'" +            // implementation class UID (DCMTK 3.6.7)
        " 55 00 00 0F 'OFFIS_DCMTK_367'";                         // implementation version name

    public static readonly AAssociateAC EchoscuAC = new("ANY-SCP", "ECHOSCU", ApplicationContext,
        [new PresentationContextResult(1, PresentationContextResultReason.Acceptance, ImplicitVrLittleEndian)],
        new UserInformation([new MaximumLengthSubItem(16384), new ImplementationClassUidSubItem("1.2.3")]));

    public static readonly string EchoscuACBytes =
        "02 00 00 00 00 8F 00 01 00 00" +
        " 'ANY-SCP' 20 20 20 20 20 20 20 20 20 'ECHOSCU' 20 20 20 20 20 20 20 20 20 " + Wire.Zeros(32) +
        " 10 00 00 15 '1.2.840.10008.3.1.1.1'" +
        " 21 00 00 19 01 00 00 00 40 00 00 11 '1.2.840.10008.1.2'" +
        " 50 00 00 11 51 00 00 04 00 00 40 00 52 00 00 05 '1.2.3'";

    public static TheoryData<string, Pdu, string> All => new()
    {
        { "A-ASSOCIATE-RQ", EchoscuRQ, EchoscuRQBytes },
        { "A-ASSOCIATE-AC", EchoscuAC, EchoscuACBytes },
        { "A-ASSOCIATE-RJ", new AAssociateRJ(AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized),
            "03 00 00 00 00 04 00 01 01 07" },
        { "P-DATA-TF", new PDataTF([new PresentationDataValue(1, true, true, [0xAA, 0xBB])]),
            "04 00 00 00 00 08 00 00 00 04 01 03 AA BB" },
        { "A-RELEASE-RQ", new AReleaseRQ(), "05 00 00 00 00 04 00 00 00 00" },
        { "A-RELEASE-RP", new AReleaseRP(), "06 00 00 00 00 04 00 00 00 00" },
        { "A-ABORT", new AAbort(AAbortSource.ServiceProvider, AAbortReason.UnexpectedPdu), "07 00 00 00 00 04 00 00 02 02" },
    };
}
