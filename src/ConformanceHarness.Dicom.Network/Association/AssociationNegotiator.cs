using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>
/// The acceptor's answer to an A-ASSOCIATE-RQ under an <see cref="AssociationPolicy"/>, PS3.8 §9.3.3/9.3.4 and PS3.7
/// Annex D: an A-ASSOCIATE-RJ with the standard reason, or an A-ASSOCIATE-AC with a result per presentation context
/// (the acceptor's most preferred transfer syntax among those proposed) and the user information sub-items.
/// </summary>
public static class AssociationNegotiator
{
    public static Pdu Answer(AAssociateRQ request, AssociationPolicy policy, uint maximumPduLength, int activeAssociations = 0)
    {
        if (Reject(request, policy, activeAssociations) is { } reject) return reject;
        var identity = request.UserInformation?.Find<UserIdentityRequestSubItem>();
        var serverResponse = policy.UserIdentity is { } judge ? judge(identity) : [];
        if (serverResponse is null) return new AAssociateRJ(AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserNoReasonGiven);
        var roles = RolesOf(request.UserInformation).ToList();
        var results = request.PresentationContexts.Select(context => Result(context, policy)).ToList();
        List<UserInformationSubItem> subItems =
        [
            new MaximumLengthSubItem(maximumPduLength),
            new ImplementationClassUidSubItem(DicomImplementation.ClassUid),
        ];
        if (request.UserInformation?.Find<AsynchronousOperationsWindowSubItem>() is { } window) subItems.Add(Window(window, policy));
        if (policy.AcceptRoleSelection) subItems.AddRange(roles);
        subItems.Add(new ImplementationVersionNameSubItem(DicomImplementation.VersionName));
        if (policy.ExtendedNegotiation is { } extended)
            subItems.AddRange(request.UserInformation?.SubItems.OfType<SopClassExtendedNegotiationSubItem>().Select(extended).OfType<SopClassExtendedNegotiationSubItem>() ?? []);
        if (identity is { PositiveResponseRequested: true } && policy.UserIdentity is not null) subItems.Add(new UserIdentityResponseSubItem([.. serverResponse]));
        return new AAssociateAC(request.CalledAeTitle, request.CallingAeTitle, DicomImplementation.ApplicationContextName,
            [.. results], new UserInformation([.. subItems]));
    }

    /// <summary>The negotiated contexts, as either side sees them once the A-ASSOCIATE-AC is known.</summary>
    public static IReadOnlyList<PresentationContext> Contexts(AAssociateRQ request, AAssociateAC accept)
    {
        var roles = RolesOf(accept.UserInformation).ToDictionary(role => role.SopClassUid, role => role);
        return [.. request.PresentationContexts.Select(proposed =>
        {
            var result = accept.PresentationContexts.FirstOrDefault(context => context.Id == proposed.Id);
            var reason = result?.Result ?? PresentationContextResultReason.NoReason;
            var syntax = reason == PresentationContextResultReason.Acceptance ? TransferSyntax.Lookup(result!.TransferSyntax) : null;
            var role = roles.GetValueOrDefault(proposed.AbstractSyntax);
            return new PresentationContext(proposed.Id, proposed.AbstractSyntax, reason, syntax, role?.ScuRole != 0, role?.ScpRole == 1);
        })];
    }

    /// <summary>The SCP/SCU role selection sub-items, one per SOP class (PS3.7 D.3.3.4 allows one; a peer that sends
    /// more is held to its first).</summary>
    private static IEnumerable<ScpScuRoleSelectionSubItem> RolesOf(UserInformation? userInformation) =>
        userInformation?.SubItems.OfType<ScpScuRoleSelectionSubItem>().DistinctBy(role => role.SopClassUid) ?? [];

    /// <summary>PS3.7 D.3.3.3: the requestor may invoke what it asked for up to the policy's limit (0 asks for no limit);
    /// this side invokes nothing asynchronously (performed 1).</summary>
    private static AsynchronousOperationsWindowSubItem Window(AsynchronousOperationsWindowSubItem asked, AssociationPolicy policy) =>
        new((ushort)(asked.MaximumNumberOperationsInvoked == 0 ? policy.MaximumOperationsInvoked
            : Math.Min(asked.MaximumNumberOperationsInvoked, policy.MaximumOperationsInvoked)), 1);

    private static AAssociateRJ? Reject(AAssociateRQ request, AssociationPolicy policy, int activeAssociations)
    {
        AAssociateRJReason? reason =
            request.ApplicationContextName != DicomImplementation.ApplicationContextName ? AAssociateRJReason.ServiceUserApplicationContextNameNotSupported
            : policy.CalledAeTitles is { } called && !called.Contains(request.CalledAeTitle) ? AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized
            : policy.CallingAeTitles is { } calling && !calling.Contains(request.CallingAeTitle) ? AAssociateRJReason.ServiceUserCallingAeTitleNotRecognized
            : null;
        if (reason is { } permanent) return new AAssociateRJ(AAssociateRJResult.RejectedPermanent, permanent);
        return activeAssociations >= policy.MaximumAssociations
            ? new AAssociateRJ(AAssociateRJResult.RejectedTransient, AAssociateRJReason.ServiceProviderPresentationLocalLimitExceeded)
            : null;
    }

    private static PresentationContextResult Result(PresentationContextRequest proposed, AssociationPolicy policy)
    {
        var accepted = policy.SyntaxesFor(proposed.AbstractSyntax);
        var first = proposed.TransferSyntaxes.Count > 0 ? proposed.TransferSyntaxes[0] : TransferSyntax.ImplicitVRLittleEndian.Uid;
        if (accepted.Count == 0) return new PresentationContextResult(proposed.Id, PresentationContextResultReason.AbstractSyntaxNotSupported, first);
        var chosen = policy.PreferProposedOrder
            ? proposed.TransferSyntaxes.Select(uid => accepted.FirstOrDefault(syntax => syntax.Uid == uid)).FirstOrDefault(syntax => syntax is not null)
            : accepted.FirstOrDefault(syntax => proposed.TransferSyntaxes.Contains(syntax.Uid));
        return chosen is null
            ? new PresentationContextResult(proposed.Id, PresentationContextResultReason.TransferSyntaxesNotSupported, first)
            : new PresentationContextResult(proposed.Id, PresentationContextResultReason.Acceptance, chosen.Uid);
    }
}
