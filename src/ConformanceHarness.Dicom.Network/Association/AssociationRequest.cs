using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>Builds the A-ASSOCIATE-RQ for a list of proposals (PS3.8 §9.3.2, PS3.7 Annex D).</summary>
internal static class AssociationRequest
{
    public static AAssociateRQ Build(IReadOnlyList<PresentationContextProposal> proposals, DicomClientOptions options)
    {
        if (proposals.Count is 0 or > 128) throw new ArgumentException($"an A-ASSOCIATE-RQ carries 1 to 128 presentation contexts, not {proposals.Count}", nameof(proposals));
        var contexts = proposals.Select((proposal, index) =>
            new PresentationContextRequest((byte)(2 * index + 1), proposal.AbstractSyntax, [.. proposal.TransferSyntaxes.Select(syntax => syntax.Uid)]));
        List<UserInformationSubItem> subItems =
        [
            new MaximumLengthSubItem(options.MaximumPduLength),
            new ImplementationClassUidSubItem(DicomImplementation.ClassUid),
        ];
        if (options.AsynchronousOperationsWindow > 1) subItems.Add(new AsynchronousOperationsWindowSubItem((ushort)Math.Min(options.AsynchronousOperationsWindow, ushort.MaxValue), 1));
        subItems.AddRange(proposals.Where(p => p.ProposeScuRole is not null || p.ProposeScpRole is not null).DistinctBy(p => p.AbstractSyntax)
            .Select(p => new ScpScuRoleSelectionSubItem(p.AbstractSyntax, (byte)(p.ProposeScuRole ?? true ? 1 : 0), (byte)(p.ProposeScpRole ?? false ? 1 : 0))));
        subItems.Add(new ImplementationVersionNameSubItem(DicomImplementation.VersionName));
        subItems.AddRange(options.ExtendedNegotiations);
        if (options.UserIdentity is { } identity) subItems.Add(identity);
        return new AAssociateRQ(options.CalledAeTitle, options.CallingAeTitle, DicomImplementation.ApplicationContextName,
            [.. contexts], new UserInformation([.. subItems]));
    }
}
