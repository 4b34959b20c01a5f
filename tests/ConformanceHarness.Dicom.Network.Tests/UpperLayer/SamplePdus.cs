using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.UpperLayer;

/// <summary>Well-formed PDUs a hand-driven peer sends: an A-ASSOCIATE-RQ for Verification, its A-ASSOCIATE-AC, a C-ECHO-RQ.</summary>
internal static class SamplePdus
{
    public const string ImplicitLittleEndian = "1.2.840.10008.1.2";

    /// <summary>An A-ASSOCIATE-RQ proposing context 1 for <paramref name="abstractSyntax"/> (Verification unless told) in Implicit VR Little Endian.</summary>
    public static AAssociateRQ Request(string called = "SCP", string calling = "PEER", string? abstractSyntax = null,
        string applicationContext = DicomImplementation.ApplicationContextName, ushort protocolVersion = 1, uint maximumLength = 16384) =>
        new(called, calling, applicationContext,
            [new PresentationContextRequest(1, abstractSyntax ?? DicomUids.Verification, [ImplicitLittleEndian])],
            new UserInformation([new MaximumLengthSubItem(maximumLength), new ImplementationClassUidSubItem("1.2.3.4")]),
            protocolVersion);

    /// <summary>The A-ASSOCIATE-AC accepting every context of <paramref name="request"/> in Implicit VR Little Endian.</summary>
    public static AAssociateAC Accept(AAssociateRQ request) =>
        new(request.CalledAeTitle, request.CallingAeTitle, request.ApplicationContextName,
            [.. request.PresentationContexts.Select(context => new PresentationContextResult(context.Id, PresentationContextResultReason.Acceptance, ImplicitLittleEndian))],
            new UserInformation([new MaximumLengthSubItem(16384), new ImplementationClassUidSubItem("1.2.3.4")]));

    /// <summary>A C-ECHO-RQ as one P-DATA-TF on presentation context 1.</summary>
    public static PDataTF Echo(ushort messageId = 1) => Command(DimseCommandCodec.Encode(new CEchoRequest(messageId)));

    /// <summary>One P-DATA-TF holding one last command fragment on context 1.</summary>
    public static PDataTF Command(byte[] commandSet) => new([new PresentationDataValue(1, true, true, [.. commandSet])]);

    /// <summary>One P-DATA-TF holding one data set fragment on context 1.</summary>
    public static PDataTF Dataset(byte[] fragment, bool isLast) => new([new PresentationDataValue(1, false, isLast, [.. fragment])]);
}
