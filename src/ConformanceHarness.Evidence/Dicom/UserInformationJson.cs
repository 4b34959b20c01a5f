using System.Text.Json.Nodes;

using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Evidence.Dicom;

/// <summary>
/// The user information item (50H) as evidence JSON: one property per sub-item present (PS3.8 Annex D.3.3), arrays
/// for those that may repeat. Identity fields are never written, only their lengths: a user identity sub-item may
/// carry a passcode, a Kerberos ticket, a SAML assertion or a bearer token (JWT). Unknown sub-items show type and length.
/// </summary>
internal static class UserInformationJson
{
    public static JsonObject? Of(UserInformation? information)
    {
        if (information is null) return null;
        var json = new JsonObject();
        foreach (var subItem in information.SubItems)
        {
            var (name, value, repeats) = Describe(subItem);
            if (!repeats) json[name] = value;
            else ((json[name] ??= new JsonArray()) as JsonArray)!.Add(value);
        }
        return json;
    }

    private static (string Name, JsonNode Value, bool Repeats) Describe(UserInformationSubItem subItem) => subItem switch
    {
        MaximumLengthSubItem item => ("maximumLength", item.MaximumLength, false),
        ImplementationClassUidSubItem item => ("implementationClassUid", item.ImplementationClassUid, false),
        ImplementationVersionNameSubItem item => ("implementationVersionName", item.ImplementationVersionName, false),
        AsynchronousOperationsWindowSubItem item => ("asynchronousOperationsWindow", new JsonObject
        {
            ["maximumNumberOperationsInvoked"] = item.MaximumNumberOperationsInvoked,
            ["maximumNumberOperationsPerformed"] = item.MaximumNumberOperationsPerformed,
        }, false),
        ScpScuRoleSelectionSubItem item => ("roleSelections", new JsonObject
        {
            ["sopClass"] = DicomTerms.Uid(item.SopClassUid), ["scuRole"] = item.ScuRole, ["scpRole"] = item.ScpRole,
        }, true),
        SopClassExtendedNegotiationSubItem item => ("sopClassExtendedNegotiations", new JsonObject
        {
            ["sopClass"] = DicomTerms.Uid(item.SopClassUid),
            ["serviceClassApplicationInformation"] = Convert.ToHexStringLower(item.ServiceClassApplicationInformation.AsSpan()),
        }, true),
        SopClassCommonExtendedNegotiationSubItem item => ("sopClassCommonExtendedNegotiations", new JsonObject
        {
            ["sopClass"] = DicomTerms.Uid(item.SopClassUid),
            ["serviceClass"] = DicomTerms.Uid(item.ServiceClassUid),
            ["relatedGeneralSopClasses"] = new JsonArray([.. item.RelatedGeneralSopClassUids.Select(uid => (JsonNode)DicomTerms.Uid(uid))]),
        }, true),
        UserIdentityRequestSubItem item => ("userIdentity", new JsonObject
        {
            ["type"] = DicomTerms.Coded(item.UserIdentityType, (byte)item.UserIdentityType, PduTerms.UserIdentityTypes),
            ["positiveResponseRequested"] = item.PositiveResponseRequested,
            ["primaryFieldLength"] = item.PrimaryField.Count,
            ["secondaryFieldLength"] = item.SecondaryField.Count,
        }, false),
        UserIdentityResponseSubItem item => ("userIdentityResponse", new JsonObject { ["serverResponseLength"] = item.ServerResponse.Count }, false),
        _ => ("unknownSubItems", new JsonObject { ["itemType"] = $"{subItem.ItemType:X2}H", ["length"] = Length(subItem) }, true),
    };

    private static int Length(UserInformationSubItem subItem) => subItem is UnknownSubItem unknown ? unknown.Value.Count : -1;
}
