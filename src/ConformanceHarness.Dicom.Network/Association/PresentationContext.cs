using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>A presentation context as negotiated: what was proposed and what the acceptor answered.</summary>
/// <param name="ScuRole">The association-requestor may act as SCU for the abstract syntax (PS3.7 D.3.3.4; default yes).</param>
/// <param name="ScpRole">The association-requestor may act as SCP (e.g. receive C-STORE sub-operations of a C-GET).</param>
public sealed record PresentationContext(byte Id, string AbstractSyntax, PresentationContextResultReason Result,
    TransferSyntax? TransferSyntax, bool ScuRole = true, bool ScpRole = false)
{
    public bool IsAccepted => Result == PresentationContextResultReason.Acceptance;

    public override string ToString() => IsAccepted
        ? $"#{Id} {NameOf(AbstractSyntax)} accepted with {TransferSyntax!.Name}"
        : $"#{Id} {NameOf(AbstractSyntax)} rejected: {Describe(Result)}";

    /// <summary>The registered name of a UID, or the UID itself.</summary>
    public static string NameOf(string uid) => DicomUids.Lookup(uid)?.Name ?? uid;

    /// <summary>PS3.8 Table 9-18 result/reason, the standard's term.</summary>
    public static string Describe(PresentationContextResultReason result) => PduTerms.NameOf(result, PduTerms.PresentationContextResults);
}

/// <summary>What an association-requestor proposes for one abstract syntax: its transfer syntaxes in order of
/// preference, and optionally an SCP/SCU role selection (PS3.7 D.3.3.4).</summary>
public sealed record PresentationContextProposal(string AbstractSyntax, IReadOnlyList<TransferSyntax> TransferSyntaxes,
    bool? ProposeScuRole = null, bool? ProposeScpRole = null)
{
    /// <summary>Explicit then Implicit VR Little Endian: what every SCP must understand is last.</summary>
    public static IReadOnlyList<TransferSyntax> Uncompressed { get; } = [TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian];

    public static PresentationContextProposal For(string abstractSyntax) => new(abstractSyntax, Uncompressed);
}
