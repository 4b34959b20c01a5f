using System.Numerics;
using static ConformanceHarness.Dicom.Network.Dimse.DicomStatusState;

namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>The status codes of PS3.7 Annex C (general) and of PS3.4 (per service); exact codes before ranges.</summary>
public sealed partial record DicomStatus
{
    private const string CStore = "CStore", CFind = "CFind", CMove = "CMove", CGet = "CGet", NEventReport = "NEventReport";

    // PS3.7 C.1-C.5 general statuses
    public static readonly DicomStatus Success = new(0x0000, "Success", DicomStatusState.Success);
    public static readonly DicomStatus Pending = new(0xFF00, "Pending", DicomStatusState.Pending);
    public static readonly DicomStatus Cancel = new(0xFE00, "Cancel", DicomStatusState.Cancel);
    public static readonly DicomStatus AttributeListError = new(0x0107, "Attribute List Error", Warning);
    public static readonly DicomStatus AttributeValueOutOfRange = new(0x0116, "Attribute Value Out of Range", Warning);
    public static readonly DicomStatus RequestedOptionalAttributesNotSupported = new(0x0001, "Requested Optional Attributes Not Supported", Warning);
    public static readonly DicomStatus NoSuchAttribute = new(0x0105, "No Such Attribute", Failure);
    public static readonly DicomStatus InvalidAttributeValue = new(0x0106, "Invalid Attribute Value", Failure);
    public static readonly DicomStatus ProcessingFailure = new(0x0110, "Processing Failure", Failure);
    public static readonly DicomStatus DuplicateSOPInstance = new(0x0111, "Duplicate SOP Instance", Failure);
    public static readonly DicomStatus NoSuchSOPInstance = new(0x0112, "No Such SOP Instance", Failure);
    public static readonly DicomStatus NoSuchEventType = new(0x0113, "No Such Event Type", Failure);
    public static readonly DicomStatus NoSuchArgument = new(0x0114, "No Such Argument", Failure);
    public static readonly DicomStatus InvalidArgumentValue = new(0x0115, "Invalid Argument Value", Failure);
    public static readonly DicomStatus InvalidSOPInstance = new(0x0117, "Invalid SOP Instance", Failure);
    public static readonly DicomStatus NoSuchSOPClass = new(0x0118, "No Such SOP Class", Failure);
    public static readonly DicomStatus ClassInstanceConflict = new(0x0119, "Class-Instance Conflict", Failure);
    public static readonly DicomStatus MissingAttribute = new(0x0120, "Missing Attribute", Failure);
    public static readonly DicomStatus MissingAttributeValue = new(0x0121, "Missing Attribute Value", Failure);
    public static readonly DicomStatus SOPClassNotSupported = new(0x0122, "Refused: SOP Class Not Supported", Failure);
    public static readonly DicomStatus NoSuchAction = new(0x0123, "No Such Action", Failure);
    public static readonly DicomStatus NotAuthorized = new(0x0124, "Refused: Not Authorized", Failure);
    public static readonly DicomStatus DuplicateTransactionUID = new(0x0131, "Duplicate Transaction UID", Failure);
    public static readonly DicomStatus DuplicateInvocation = new(0x0210, "Duplicate Invocation", Failure);
    public static readonly DicomStatus UnrecognizedOperation = new(0x0211, "Unrecognized Operation", Failure);
    public static readonly DicomStatus MistypedArgument = new(0x0212, "Mistyped Argument", Failure);
    public static readonly DicomStatus ResourceLimitation = new(0x0213, "Resource Limitation", Failure);

    // PS3.4 B.2.3 C-STORE
    public static readonly DicomStatus StoreOutOfResources = new(0xA700, "Refused: Out of Resources", Failure, 0xFF00, CStore);
    public static readonly DicomStatus StoreDataSetDoesNotMatchSOPClass = new(0xA900, "Error: Data Set Does Not Match SOP Class", Failure, 0xFF00, CStore);
    public static readonly DicomStatus StoreCannotUnderstand = new(0xC000, "Error: Cannot Understand", Failure, 0xF000, CStore);
    public static readonly DicomStatus StoreCoercionOfDataElements = new(0xB000, "Coercion of Data Elements", Warning, 0xFFFF, CStore);
    public static readonly DicomStatus StoreElementsDiscarded = new(0xB006, "Elements Discarded", Warning, 0xFFFF, CStore);
    public static readonly DicomStatus StoreDataSetDoesNotMatchSOPClassWarning = new(0xB007, "Data Set Does Not Match SOP Class", Warning, 0xFFFF, CStore);

    // PS3.4 C.4.1.1.4 C-FIND
    public static readonly DicomStatus QueryOutOfResources = new(0xA700, "Refused: Out of Resources", Failure, 0xFFFF, CFind);
    public static readonly DicomStatus QueryIdentifierDoesNotMatchSOPClass = new(0xA900, "Error: Identifier Does Not Match SOP Class", Failure, 0xFFFF, CFind);
    public static readonly DicomStatus QueryUnableToProcess = new(0xC000, "Failed: Unable to Process", Failure, 0xF000, CFind);
    public static readonly DicomStatus QueryPendingOptionalKeysNotSupported = new(0xFF01, "Pending: Optional Keys Not Supported", DicomStatusState.Pending, 0xFFFF, CFind);

    // PS3.4 C.4.2.1.5 C-MOVE (Table C.4-2) and C.4.3.1.4 C-GET (Table C.4-3)
    public static readonly DicomStatus MoveOutOfResourcesUnableToCalculateMatches = new(0xA701, "Refused: Out of Resources – Unable to Calculate Number of Matches", Failure, 0xFFFF, CMove);
    public static readonly DicomStatus MoveOutOfResourcesUnableToPerformSuboperations = new(0xA702, "Refused: Out of Resources – Unable to Perform Sub-operations", Failure, 0xFFFF, CMove);
    public static readonly DicomStatus MoveDestinationUnknown = new(0xA801, "Refused: Move Destination Unknown", Failure, 0xFFFF, CMove);
    public static readonly DicomStatus MoveIdentifierDoesNotMatchSOPClass = new(0xA900, "Error: Identifier Does Not Match SOP Class", Failure, 0xFFFF, CMove);
    public static readonly DicomStatus MoveUnableToProcess = new(0xC000, "Failed: Unable to Process", Failure, 0xF000, CMove);
    public static readonly DicomStatus MoveSuboperationsCompleteWithFailures = new(0xB000, "Sub-operations Complete – One or More Failures or Warnings", Warning, 0xFFFF, CMove);
    public static readonly DicomStatus GetOutOfResourcesUnableToCalculateMatches = new(0xA701, "Refused: Out of Resources – Unable to Calculate Number of Matches", Failure, 0xFFFF, CGet);
    public static readonly DicomStatus GetOutOfResourcesUnableToPerformSuboperations = new(0xA702, "Refused: Out of Resources – Unable to Perform Sub-operations", Failure, 0xFFFF, CGet);
    public static readonly DicomStatus GetIdentifierDoesNotMatchSOPClass = new(0xA900, "Error: Identifier Does Not Match SOP Class", Failure, 0xFFFF, CGet);
    public static readonly DicomStatus GetUnableToProcess = new(0xC000, "Failed: Unable to Process", Failure, 0xF000, CGet);
    public static readonly DicomStatus GetSuboperationsCompleteWithFailures = new(0xB000, "Sub-operations Complete – One or More Failures or Warnings", Warning, 0xFFFF, CGet);

    // PS3.4 J.3.3 Storage Commitment N-EVENT-REPORT (Failure Reason values)
    public static readonly DicomStatus CommitmentReferencedSOPClassNotSupported = new(0x0122, "Referenced SOP Class Not Supported", Failure, 0xFFFF, NEventReport);

    /// <summary>Every registered status, exact codes first, then ranges from narrowest to widest.</summary>
    public static IReadOnlyList<DicomStatus> Entries { get; } =
        typeof(DicomStatus).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DicomStatus))
            .Select(field => (DicomStatus)field.GetValue(null)!)
            .OrderByDescending(status => BitOperations.PopCount(status.Mask))
            .ToArray();
}
