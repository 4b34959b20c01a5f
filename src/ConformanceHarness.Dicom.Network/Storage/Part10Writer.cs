using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom.Network.Storage;

/// <summary>
/// Writes a received instance as a Part 10 file (PS3.10 §7.1) from the data set's bytes as they arrived: preamble,
/// "DICM", File Meta Information (SOP class and instance from the C-STORE command, the context's transfer syntax, the
/// sender's AE title) and the bytes unchanged. Written to a temporary name and renamed, so a file is never half there.
/// </summary>
public static class Part10Writer
{
    private static readonly DicomTag SourceApplicationEntityTitle = new(0x0002, 0x0016);

    /// <remarks>Header and data set go to the file in one gathered write, synchronously: Unix has no asynchronous file
    /// writes (.NET hands them to another thread pool thread), and a write to the page cache takes less than that
    /// hand-over. Failures are returned in the task, as from an asynchronous write.</remarks>
    public static Task WriteAsync(string path, string sopClassUid, string sopInstanceUid, TransferSyntax syntax,
        ReadOnlyMemory<byte> dataset, string? sourceAeTitle, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
        try
        {
            Write(path, Header(sopClassUid, sopInstanceUid, syntax, sourceAeTitle), dataset);
            return Task.CompletedTask;
        }
        catch (Exception error)
        {
            return Task.FromException(error);
        }
    }

    private static void Write(string path, byte[] header, ReadOnlyMemory<byte> dataset)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            using (var file = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                RandomAccess.Write(file, [header, dataset], 0);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Preamble, prefix and File Meta Information.</summary>
    public static byte[] Header(string sopClassUid, string sopInstanceUid, TransferSyntax syntax, string? sourceAeTitle)
    {
        var identity = new DicomDataset();
        identity.AddOrUpdate(DicomVR.UI, DicomTags.SOPClassUID, sopClassUid);
        identity.AddOrUpdate(DicomVR.UI, DicomTags.SOPInstanceUID, sopInstanceUid);
        var meta = DicomFileMetaInformation.Create(identity, syntax);
        if (!string.IsNullOrWhiteSpace(sourceAeTitle)) meta.AddOrUpdate(DicomVR.AE, SourceApplicationEntityTitle, sourceAeTitle.Trim());
        using var stream = new MemoryStream();
        stream.Write(new byte[128]);
        stream.Write("DICM"u8);
        new DicomDatasetWriter(stream, TransferSyntax.ExplicitVRLittleEndian).Write(meta);
        return stream.ToArray();
    }
}
