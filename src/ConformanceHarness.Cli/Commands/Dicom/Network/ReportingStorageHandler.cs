using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Storage;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>
/// A <see cref="FolderStorageHandler"/> that says what happened to each C-STORE it answers — stored (with the file and
/// its SOP class) or refused (with the status) — and counts both. Used by <c>listen</c> and by <c>get</c>.
/// </summary>
public sealed class ReportingStorageHandler(string folder, Action<DimseRequestContext, string> report) : FolderStorageHandler(folder)
{
    private int _stored;
    private int _refused;

    public int StoredCount => Volatile.Read(ref _stored);

    public int RefusedCount => Volatile.Read(ref _refused);

    /// <summary>Creates the folder; a folder that cannot be created is a <see cref="HarnessError"/>.</summary>
    public static ReportingStorageHandler Create(string folder, Action<DimseRequestContext, string> report)
    {
        try
        {
            return new ReportingStorageHandler(folder, report);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new HarnessError($"--out {folder}: cannot create the folder: {error.Message}", error);
        }
    }

    public override async Task<DicomStatus> OnCStoreAsync(DimseRequestContext context, CStoreRequest request)
    {
        var uid = request.AffectedSOPInstanceUID ?? "";
        try
        {
            var status = await base.OnCStoreAsync(context, request);
            Interlocked.Increment(ref _stored);
            report(context, $"stored {Path.Combine(Folder, uid + ".dcm")} ({PresentationContext.NameOf(request.AffectedSOPClassUID ?? "")}, " +
                $"{context.PresentationContext.TransferSyntax?.Name})");
            return status;
        }
        catch (DimseStatusException refusal)
        {
            Interlocked.Increment(ref _refused);
            report(context, $"refused {uid}: {StatusText.Of(refusal.Status, refusal.Message)}");
            throw;
        }
    }
}
