using System.Net;
using System.Text;
using System.Text.Json;

using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Evidence.Dicom;

namespace ConformanceHarness.Evidence.Tests.Dicom;

/// <summary>The JSON each DICOM network event becomes, as written to and read back from a log.</summary>
public sealed class DicomEvidenceMapperTests
{
    private static readonly DateTimeOffset At = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AssociationAccepted_is_written_with_the_negotiated_presentation_contexts_field_by_field()
    {
        var accept = new AAssociateAC("STORESCP", "MODALITY", DicomUids.DICOMApplicationContext,
            [new PresentationContextResult(1, PresentationContextResultReason.Acceptance, TransferSyntax.ExplicitVRLittleEndian.Uid),
             new PresentationContextResult(3, PresentationContextResultReason.AbstractSyntaxNotSupported, TransferSyntax.ImplicitVRLittleEndian.Uid)],
            new UserInformation([new MaximumLengthSubItem(16384), new ImplementationClassUidSubItem("1.2.826.0.1.3680043.9.7433"), new ImplementationVersionNameSubItem("HX_1")]));
        PresentationContext[] contexts = [new(1, DicomUids.CTImageStorage, PresentationContextResultReason.Acceptance, TransferSyntax.ExplicitVRLittleEndian),
            new(3, "1.2.3.999", PresentationContextResultReason.AbstractSyntaxNotSupported, null)];

        var (record, _) = await RoundTripAsync(new AssociationAccepted("in-7", At, accept, contexts), "scp");

        Assert.Equal((1L, At, "dicom.association-accepted", "scp", "in-7"), (record.Sequence, record.Time, record.Kind, record.Source, record.ConnectionId));
        var payload = record.Payload;
        Assert.Equal("A-ASSOCIATE-AC", payload.GetProperty("pdu").GetString());
        Assert.Equal(1, payload.GetProperty("protocolVersion").GetInt32());
        Assert.Equal("STORESCP", payload.GetProperty("calledAeTitle").GetString());
        Assert.Equal("MODALITY", payload.GetProperty("callingAeTitle").GetString());
        AssertUid(payload.GetProperty("applicationContextName"), "1.2.840.10008.3.1.1.1", "DICOM Application Context Name");
        var accepted = payload.GetProperty("presentationContexts")[0];
        Assert.Equal(1, accepted.GetProperty("id").GetInt32());
        AssertUid(accepted.GetProperty("abstractSyntax"), "1.2.840.10008.5.1.4.1.1.2", "CT Image Storage");
        AssertCode(accepted.GetProperty("result"), 0, "acceptance");
        AssertUid(accepted.GetProperty("transferSyntax"), "1.2.840.10008.1.2.1", "Explicit VR Little Endian");
        Assert.Equal((true, false), (accepted.GetProperty("scuRole").GetBoolean(), accepted.GetProperty("scpRole").GetBoolean()));
        var refused = payload.GetProperty("presentationContexts")[1];
        AssertUid(refused.GetProperty("abstractSyntax"), "1.2.3.999", null);
        AssertCode(refused.GetProperty("result"), 3, "abstract-syntax-not-supported (provider rejection)");
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("transferSyntax").ValueKind);
        var user = payload.GetProperty("userInformation");
        Assert.Equal((16384, "1.2.826.0.1.3680043.9.7433", "HX_1"), (user.GetProperty("maximumLength").GetInt32(),
            user.GetProperty("implementationClassUid").GetString(), user.GetProperty("implementationVersionName").GetString()));
    }

    [Fact]
    public async Task DIMSE_response_is_written_with_status_code_name_and_type_and_command_elements_by_keyword()
    {
        var elements = new Dictionary<string, string>
        {
            ["AffectedSOPClassUID"] = DicomUids.CTImageStorage, ["CommandField"] = "32769", ["MessageIDBeingRespondedTo"] = "5", ["Status"] = "42752",
        };
        var exchanged = new DimseMessageExchanged("out-2", At, false, 1, "C-STORE-RSP", 5, 0xA700, "Refused: Out of Resources", elements, null, null);

        var (record, _) = await RoundTripAsync(exchanged);

        Assert.Equal(("dicom.dimse-received", "out-2"), (record.Kind, record.ConnectionId));
        var payload = record.Payload;
        Assert.Equal((1, "C-STORE-RSP", 5), (payload.GetProperty("presentationContextId").GetInt32(), payload.GetProperty("command").GetString(),
            payload.GetProperty("messageId").GetInt32()));
        var status = payload.GetProperty("status");
        Assert.Equal(("0xA700", "Refused: Out of Resources", "Failure"), (status.GetProperty("code").GetString(), status.GetProperty("name").GetString(),
            status.GetProperty("type").GetString()));
        Assert.Equal(elements, payload.GetProperty("commandElements").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("dataset").ValueKind);
    }

    [Fact]
    public async Task DIMSE_request_with_a_data_set_is_written_with_its_length_and_digest_and_no_status()
    {
        var sha = new string('a', 64);
        var exchanged = new DimseMessageExchanged("out-2", At, true, 1, "C-STORE-RQ", 5, null, null, new Dictionary<string, string>(), 1234, sha);

        var (record, _) = await RoundTripAsync(exchanged);

        Assert.Equal("dicom.dimse-sent", record.Kind);
        Assert.Equal(JsonValueKind.Null, record.Payload.GetProperty("status").ValueKind);
        var dataset = record.Payload.GetProperty("dataset");
        Assert.Equal((1234, sha), (dataset.GetProperty("length").GetInt64(), dataset.GetProperty("sha256").GetString()));
    }

    [Fact]
    public async Task User_identity_is_written_as_type_and_lengths_never_the_token()
    {
        const string Jwt = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LWJlYXJlci10b2tlbg.signature";
        var identity = new UserIdentityRequestSubItem(UserIdentityType.JsonWebToken, true, [.. Encoding.ASCII.GetBytes(Jwt)], []);
        var request = new AAssociateRQ("SCP", "SCU", DicomUids.DICOMApplicationContext,
            [new PresentationContextRequest(1, DicomUids.Verification, [TransferSyntax.ImplicitVRLittleEndian.Uid])], new UserInformation([identity]));

        var (record, text) = await RoundTripAsync(new AssociationRequested("out-1", At, request));

        Assert.DoesNotContain("eyJ", text);
        Assert.DoesNotContain("signature", text);
        var written = record.Payload.GetProperty("userInformation").GetProperty("userIdentity");
        AssertCode(written.GetProperty("type"), 5, "JSON Web Token (JWT)");
        Assert.Equal((true, Jwt.Length, 0), (written.GetProperty("positiveResponseRequested").GetBoolean(),
            written.GetProperty("primaryFieldLength").GetInt32(), written.GetProperty("secondaryFieldLength").GetInt32()));
        var context = record.Payload.GetProperty("presentationContexts")[0];
        AssertUid(context.GetProperty("transferSyntaxes")[0], "1.2.840.10008.1.2", "Implicit VR Little Endian");
    }

    [Fact]
    public async Task Rejection_and_abort_carry_their_codes_with_the_PS3_8_names()
    {
        var reject = new AssociationRejected("in-1", At, new AAssociateRJ(AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized), "called AE title not recognized");
        var abort = new AssociationAborted("in-1", At, AAbortSource.ServiceProvider, AAbortReason.UnexpectedPdu, true, "unexpected P-DATA-TF in Sta5");

        var (rejected, _) = await RoundTripAsync(reject);
        var (aborted, _) = await RoundTripAsync(abort);

        AssertCode(rejected.Payload.GetProperty("result"), 1, "rejected-permanent");
        AssertCode(rejected.Payload.GetProperty("source"), 1, "DICOM UL service-user");
        AssertCode(rejected.Payload.GetProperty("reason"), 7, "called-AE-title-not-recognized");
        AssertCode(aborted.Payload.GetProperty("source"), 2, "DICOM UL service-provider (initiated abort)");
        AssertCode(aborted.Payload.GetProperty("reason"), 2, "unexpected-PDU");
        Assert.Equal((true, "unexpected P-DATA-TF in Sta5"), (aborted.Payload.GetProperty("byPeer").GetBoolean(), aborted.Payload.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task ConnectionOpened_is_written_with_direction_and_endpoints_IPv4_mapped_addresses_as_IPv4()
    {
        var opened = new ConnectionOpened("in-3", At, new IPEndPoint(IPAddress.Loopback, 11112), new IPEndPoint(IPAddress.Loopback.MapToIPv6(), 50123), true, null);

        var (record, _) = await RoundTripAsync(opened);

        Assert.Equal(("dicom.connection-opened", "inbound", "127.0.0.1:11112", "127.0.0.1:50123", JsonValueKind.Null), (record.Kind,
            record.Payload.GetProperty("direction").GetString(), record.Payload.GetProperty("local").GetString(),
            record.Payload.GetProperty("remote").GetString(), record.Payload.GetProperty("tls").ValueKind));
    }

    private static async Task<(EvidenceRecord Record, string Text)> RoundTripAsync(DicomNetworkEvent networkEvent, string? source = null)
    {
        var path = TempLog.NewPath();
        await using (var log = EvidenceLog.Create(path)) log.Append(DicomEvidenceMapper.ToEntry(networkEvent, source));
        return (await EvidenceLog.ReadAsync(path, Token).FirstAsync(Token), await File.ReadAllTextAsync(path, Token));
    }

    private static void AssertUid(JsonElement json, string uid, string? name) =>
        Assert.Equal((uid, name), (json.GetProperty("uid").GetString(), json.GetProperty("name").GetString()));

    private static void AssertCode(JsonElement json, int code, string name) =>
        Assert.Equal((code, name), (json.GetProperty("code").GetInt32(), json.GetProperty("name").GetString()));
}
