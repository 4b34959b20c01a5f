using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Association;

/// <summary>The acceptor's answer to A-ASSOCIATE-RQs under a policy (PS3.8 §9.3.3/9.3.4, PS3.7 Annex D).</summary>
public sealed class NegotiationTests
{
    private static readonly TransferSyntax Explicit = TransferSyntax.ExplicitVRLittleEndian;
    private static readonly TransferSyntax Implicit = TransferSyntax.ImplicitVRLittleEndian;

    private static AAssociateRQ Request(params PresentationContextRequest[] contexts) => Request(null, contexts);

    private static AAssociateRQ Request(UserInformationSubItem? extra, params PresentationContextRequest[] contexts) =>
        new("SCP", "SCU", DicomImplementation.ApplicationContextName, [.. contexts],
            new UserInformation([new MaximumLengthSubItem(16384), .. extra is null ? Array.Empty<UserInformationSubItem>() : [extra]]));

    [Fact]
    public void The_acceptor_picks_its_own_most_preferred_transfer_syntax_among_those_proposed()
    {
        var policy = new AssociationPolicy { AbstractSyntaxes = AssociationPolicy.Accepting([DicomUids.CTImageStorage], [Explicit, Implicit]) };

        var answer = (AAssociateAC)AssociationNegotiator.Answer(
            Request(new PresentationContextRequest(1, DicomUids.CTImageStorage, [Implicit.Uid, Explicit.Uid])), policy, 65536);

        Assert.Equal(new PresentationContextResult(1, PresentationContextResultReason.Acceptance, Explicit.Uid), answer.PresentationContexts[0]);
    }

    [Fact]
    public void Unsupported_abstract_and_transfer_syntaxes_get_their_own_reasons()
    {
        var policy = new AssociationPolicy { AbstractSyntaxes = AssociationPolicy.Accepting([DicomUids.CTImageStorage], [Explicit]) };

        var answer = (AAssociateAC)AssociationNegotiator.Answer(Request(
            new PresentationContextRequest(1, DicomUids.Verification, [Implicit.Uid]),
            new PresentationContextRequest(3, DicomUids.CTImageStorage, [Implicit.Uid])), policy, 65536);

        Assert.Equal([PresentationContextResultReason.AbstractSyntaxNotSupported, PresentationContextResultReason.TransferSyntaxesNotSupported],
            answer.PresentationContexts.Select(context => context.Result));
    }

    [Fact]
    public void Storage_policy_accepts_any_storage_sop_class_but_not_query_models()
    {
        var answer = (AAssociateAC)AssociationNegotiator.Answer(Request(
            new PresentationContextRequest(1, DicomUids.CTImageStorage, [Implicit.Uid]),
            new PresentationContextRequest(3, DicomUids.StudyRootQueryRetrieveInformationModelFind, [Implicit.Uid])), AssociationPolicy.Storage, 65536);

        Assert.Equal([PresentationContextResultReason.Acceptance, PresentationContextResultReason.AbstractSyntaxNotSupported],
            answer.PresentationContexts.Select(context => context.Result));
    }

    [Fact]
    public void A_refused_user_identity_rejects_with_no_reason_given_and_an_accepted_one_answers_when_asked()
    {
        var identity = new UserIdentityRequestSubItem(UserIdentityType.UsernameAndPasscode, true, [.. "alice"u8], [.. "secret"u8]);
        var policy = AssociationPolicy.Verification with { UserIdentity = item => item?.PrimaryField.AsSpan().SequenceEqual("alice"u8) == true ? [] : null };
        var context = new PresentationContextRequest(1, DicomUids.Verification, [Implicit.Uid]);

        var accepted = (AAssociateAC)AssociationNegotiator.Answer(Request(identity, context), policy, 65536);
        var refused = AssociationNegotiator.Answer(Request(identity with { PrimaryField = [.. "mallory"u8] }, context), policy, 65536);

        Assert.NotNull(accepted.UserInformation!.Find<UserIdentityResponseSubItem>());
        Assert.Equal(new AAssociateRJ(AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserNoReasonGiven), refused);
    }

    [Fact]
    public void Role_selection_is_answered_and_seen_by_both_sides_as_scp_role_for_the_requestor()
    {
        var role = new ScpScuRoleSelectionSubItem(DicomUids.CTImageStorage, 0, 1);
        var request = Request(role, new PresentationContextRequest(1, DicomUids.CTImageStorage, [Implicit.Uid]));

        var accept = (AAssociateAC)AssociationNegotiator.Answer(request, AssociationPolicy.Storage, 65536);
        var context = AssociationNegotiator.Contexts(request, accept).Single();

        Assert.Equal(role, accept.UserInformation!.Find<ScpScuRoleSelectionSubItem>());
        Assert.True(context.ScpRole);
        Assert.False(context.ScuRole);
    }

    [Fact]
    public void Wrong_application_context_calling_title_and_association_limit_are_rejected_as_the_standard_says()
    {
        var context = new PresentationContextRequest(1, DicomUids.Verification, [Implicit.Uid]);
        var policy = AssociationPolicy.Verification with { CallingAeTitles = new HashSet<string> { "KNOWN" }, MaximumAssociations = 1 };

        var badContext = AssociationNegotiator.Answer(Request(context) with { ApplicationContextName = "1.2.3" }, AssociationPolicy.Verification, 0);
        var badCalling = AssociationNegotiator.Answer(Request(context), policy, 0);
        var full = AssociationNegotiator.Answer(Request(context) with { CallingAeTitle = "KNOWN" }, policy, 0, activeAssociations: 1);

        Assert.Equal(AAssociateRJReason.ServiceUserApplicationContextNameNotSupported, ((AAssociateRJ)badContext).Reason);
        Assert.Equal(AAssociateRJReason.ServiceUserCallingAeTitleNotRecognized, ((AAssociateRJ)badCalling).Reason);
        Assert.Equal(new AAssociateRJ(AAssociateRJResult.RejectedTransient, AAssociateRJReason.ServiceProviderPresentationLocalLimitExceeded), full);
    }

    [Fact]
    public void A_storage_scp_keeps_the_requestors_first_choice_so_compressed_instances_stay_compressed()
    {
        var rle = TransferSyntax.RleLossless.Uid;

        var storage = (AAssociateAC)AssociationNegotiator.Answer(
            Request(new PresentationContextRequest(1, DicomUids.CTImageStorage, [rle, Explicit.Uid])), AssociationPolicy.Storage, 65536);
        var ours = (AAssociateAC)AssociationNegotiator.Answer(
            Request(new PresentationContextRequest(1, DicomUids.CTImageStorage, [rle, Explicit.Uid])),
            AssociationPolicy.Storage with { PreferProposedOrder = false }, 65536);

        Assert.Equal(rle, storage.PresentationContexts[0].TransferSyntax);
        Assert.Equal(Explicit.Uid, ours.PresentationContexts[0].TransferSyntax);
    }

    [Theory]
    [InlineData(8, 16, 8)]
    [InlineData(40, 16, 16)]
    [InlineData(0, 16, 16)]
    [InlineData(8, 1, 1)]
    public void The_asynchronous_operations_window_grants_what_was_asked_up_to_the_policy(int asked, int limit, int granted)
    {
        var request = Request(new AsynchronousOperationsWindowSubItem((ushort)asked, 1), new PresentationContextRequest(1, DicomUids.CTImageStorage, [Implicit.Uid]));

        var accept = (AAssociateAC)AssociationNegotiator.Answer(request, AssociationPolicy.Storage with { MaximumOperationsInvoked = limit }, 65536);

        Assert.Equal(new AsynchronousOperationsWindowSubItem((ushort)granted, 1), accept.UserInformation!.Find<AsynchronousOperationsWindowSubItem>());
    }
}
