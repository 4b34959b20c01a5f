using ConformanceHarness.Dicom.Values;

using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Storage;

/// <summary>
/// A storage SCP's handler: every C-STORE is written to <see cref="Folder"/> as <c>&lt;SOP Instance UID&gt;.dcm</c>
/// (Part 10, data set bytes unchanged). A SOP Instance UID that is not a valid UID is refused (A900) rather than used as
/// a file name; a failed write answers A700 Out of Resources and leaves no partial file.
/// </summary>
public class FolderStorageHandler(string folder) : DicomServiceHandler
{
    public string Folder { get; } = Directory.CreateDirectory(folder).FullName;

    /// <summary>Called after each instance is on disk, with its path.</summary>
    public event Action<string>? Stored;

    public override async Task<DicomStatus> OnCStoreAsync(DimseRequestContext context, CStoreRequest request)
    {
        var uid = request.AffectedSOPInstanceUID ?? "";
        if (!DicomUid.IsValid(uid))
            throw new DimseStatusException(DicomStatus.Lookup(0xA900, DimseCommandField.CStoreResponse), $"Affected SOP Instance UID '{uid}' is not a valid UID");
        var path = Path.Combine(Folder, uid + ".dcm");
        try
        {
            await Part10Writer.WriteAsync(path, request.AffectedSOPClassUID ?? "", uid, context.PresentationContext.TransferSyntax!,
                request.EncodedDataset ?? ReadOnlyMemory<byte>.Empty, context.Association.CallingAeTitle, context.CancellationToken);
        }
        catch (IOException error)
        {
            throw new DimseStatusException(DicomStatus.Lookup(0xA700, DimseCommandField.CStoreResponse), $"cannot write {uid}: {error.Message}");
        }
        Stored?.Invoke(path);
        return DicomStatus.Success;
    }
}
