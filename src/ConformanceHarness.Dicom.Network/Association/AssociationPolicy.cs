namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>
/// What an acceptor agrees to: which called and calling AE titles, which abstract syntaxes with which transfer
/// syntaxes (in the acceptor's order of preference), whether SCP/SCU role selection proposals are accepted, and how
/// many associations at once. Applied by <see cref="AssociationNegotiator"/>.
/// </summary>
public sealed record AssociationPolicy
{
    /// <summary>Every transfer syntax the harness knows, uncompressed first: a storage SCP that keeps what it receives.</summary>
    public static IReadOnlyList<TransferSyntax> AllTransferSyntaxes { get; } =
        [.. PresentationContextProposal.Uncompressed, .. TransferSyntax.Known.Except(PresentationContextProposal.Uncompressed)];

    /// <summary>Called AE titles answered; null accepts any (as a promiscuous test peer would).</summary>
    public IReadOnlySet<string>? CalledAeTitles { get; init; }

    /// <summary>Calling AE titles served; null serves any.</summary>
    public IReadOnlySet<string>? CallingAeTitles { get; init; }

    /// <summary>Abstract syntax → accepted transfer syntaxes, most preferred first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TransferSyntax>> AbstractSyntaxes { get; init; } =
        new Dictionary<string, IReadOnlyList<TransferSyntax>>();

    /// <summary>Transfer syntaxes for every Storage SOP class (PS3.4 Annex B) not listed in <see cref="AbstractSyntaxes"/>; null accepts none.</summary>
    public IReadOnlyList<TransferSyntax>? StorageTransferSyntaxes { get; init; }

    /// <summary>Choose, among the transfer syntaxes both sides accept, the requestor's first rather than this side's
    /// first: a storage SCP that keeps what it receives then stores a compressed instance as sent.</summary>
    public bool PreferProposedOrder { get; init; }

    /// <summary>Accept the requestor's SCP/SCU role selection proposals (needed for C-GET and storage commitment reports).</summary>
    public bool AcceptRoleSelection { get; init; } = true;

    /// <summary>Judges a user identity (PS3.7 D.3.3.7): null accepts any association, with or without identity. A
    /// null result rejects the association (rejected-permanent, service-user, no reason given, as D.3.3.7 requires);
    /// otherwise the bytes are the server response sent when the requestor asked for a positive response.</summary>
    public Func<Pdus.UserIdentityRequestSubItem?, byte[]?>? UserIdentity { get; init; }

    /// <summary>Answers a SOP class extended negotiation proposal (PS3.7 D.3.3.5) with the accepted application
    /// information, or null to leave it out (not supported); null answers none.</summary>
    public Func<Pdus.SopClassExtendedNegotiationSubItem, Pdus.SopClassExtendedNegotiationSubItem?>? ExtendedNegotiation { get; init; }

    /// <summary>Operations a requestor may keep outstanding when it proposes an asynchronous operations window (PS3.7
    /// D.3.3.3); they are still performed one at a time, in order, while the next ones travel.</summary>
    public int MaximumOperationsInvoked { get; init; } = 1;

    /// <summary>Associations served at once; beyond it A-ASSOCIATE-RJ (transient, local limit exceeded).</summary>
    public int MaximumAssociations { get; init; } = 64;

    /// <summary>Verification only.</summary>
    public static AssociationPolicy Verification { get; } = new() { AbstractSyntaxes = Accepting([DicomUids.Verification], PresentationContextProposal.Uncompressed) };

    /// <summary>A storage SCP: Verification plus every Storage SOP class in any known transfer syntax.</summary>
    public static AssociationPolicy Storage { get; } = Verification with { StorageTransferSyntaxes = AllTransferSyntaxes, PreferProposedOrder = true, MaximumOperationsInvoked = 16 };

    /// <summary>The reference archive (<see cref="QueryRetrieve.ArchiveHandler"/>): Verification, every Storage SOP class in
    /// any known transfer syntax, the FIND, MOVE and GET SOP classes of the Patient Root and Study Root models and Storage
    /// Commitment Push Model, those in the uncompressed little endian syntaxes.</summary>
    public static AssociationPolicy Archive { get; } = Storage with
    {
        AbstractSyntaxes = Accepting([DicomUids.Verification, DicomUids.StorageCommitmentPushModel, .. QueryRetrieve.QueryRetrieveModel.SopClassUids],
            PresentationContextProposal.Uncompressed),
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<TransferSyntax>> Accepting(IEnumerable<string> abstractSyntaxes, IReadOnlyList<TransferSyntax> syntaxes) =>
        abstractSyntaxes.ToDictionary(uid => uid, _ => syntaxes);

    /// <summary>The transfer syntaxes accepted for <paramref name="abstractSyntax"/>, most preferred first; empty when not supported.</summary>
    public IReadOnlyList<TransferSyntax> SyntaxesFor(string abstractSyntax) =>
        AbstractSyntaxes.TryGetValue(abstractSyntax, out var listed) ? listed
        : StorageTransferSyntaxes is { } storage && DicomUids.IsStorageSopClass(abstractSyntax) ? storage
        : [];
}
