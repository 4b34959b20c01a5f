using System.Collections.Concurrent;

using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// The instances a reference archive holds, indexed in memory by their patient, study, series and instance attributes;
/// safe to use from every association at once. Data sets are kept in a folder as <c>&lt;SOP Instance UID&gt;.dcm</c>
/// Part 10 files (<see cref="InFolder"/>, which also indexes the files already there) or in memory (<see cref="InMemory"/>).
/// A second instance with the same SOP Instance UID replaces the first.
/// </summary>
public sealed partial class InstanceArchive
{
    private readonly ConcurrentDictionary<string, ArchivedInstance> _instances = new();
    private readonly ConcurrentQueue<string> _skipped = new();
    private long _order;

    private InstanceArchive(string? folder) => Folder = folder;

    /// <summary>Where instances are written; null when they are held in memory.</summary>
    public string? Folder { get; }

    public int Count => _instances.Count;

    /// <summary>Files of the folder that could not be indexed, each "path: why".</summary>
    public IReadOnlyCollection<string> Skipped => _skipped;

    /// <summary>Every instance, in arrival order.</summary>
    public IReadOnlyList<ArchivedInstance> Instances => [.. _instances.Values.OrderBy(instance => instance.Order)];

    /// <summary>Called after each instance is stored and indexed.</summary>
    public event Action<ArchivedInstance>? Stored;

    public static InstanceArchive InMemory() => new(null);

    /// <summary>An archive writing to <paramref name="folder"/> (created when missing), starting with the <c>*.dcm</c> files in it.</summary>
    public static InstanceArchive InFolder(string folder)
    {
        var archive = new InstanceArchive(Directory.CreateDirectory(folder).FullName);
        foreach (var path in Directory.EnumerateFiles(archive.Folder!, "*.dcm").Order(StringComparer.Ordinal)) archive.IndexFile(path);
        return archive;
    }

    public bool TryGet(string sopInstanceUid, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ArchivedInstance? instance) =>
        _instances.TryGetValue(sopInstanceUid, out instance);

    /// <summary>Stores a data set encoded in <paramref name="syntax"/> (as a C-STORE carries it) and indexes it.</summary>
    /// <exception cref="ArgumentException">The SOP Instance UID is not a UID, or the data set lacks Study or Series Instance UID.</exception>
    /// <exception cref="DicomFormatException">The data set cannot be read.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public async Task<ArchivedInstance> StoreAsync(string sopClassUid, string sopInstanceUid, TransferSyntax syntax, ReadOnlyMemory<byte> dataset,
        string? sourceAeTitle, CancellationToken cancellationToken)
    {
        if (!DicomUid.IsValid(sopInstanceUid)) throw new ArgumentException($"SOP Instance UID '{sopInstanceUid}' is not a valid UID");
        var attributes = Index(DimseDatasetCodec.Decode(dataset, syntax, DicomReadOptions.HeaderOnly), sopInstanceUid);
        string? path = null;
        if (Folder is not null)
        {
            path = System.IO.Path.Combine(Folder, sopInstanceUid + ".dcm");
            await Part10Writer.WriteAsync(path, sopClassUid, sopInstanceUid, syntax, dataset, sourceAeTitle, cancellationToken);
        }
        var instance = new ArchivedInstance(sopClassUid, sopInstanceUid, syntax, attributes, Interlocked.Increment(ref _order), path, path is null ? dataset.ToArray() : null);
        _instances[sopInstanceUid] = instance;
        Stored?.Invoke(instance);
        return instance;
    }

    /// <summary>Stores an instance built or loaded in process (e.g. to seed the archive).</summary>
    public Task<ArchivedInstance> StoreAsync(DicomInstance instance, CancellationToken cancellationToken) =>
        StoreAsync(instance.SopClassUid, instance.SopInstanceUid, instance.TransferSyntax, instance.EncodedDataset, null, cancellationToken);

    private void IndexFile(string path)
    {
        try
        {
            var file = DicomInstance.Load(path);
            var attributes = Index(DimseDatasetCodec.Decode(file.EncodedDataset, file.TransferSyntax, DicomReadOptions.HeaderOnly), file.SopInstanceUid);
            _instances[file.SopInstanceUid] = new ArchivedInstance(file.SopClassUid, file.SopInstanceUid, file.TransferSyntax, attributes,
                Interlocked.Increment(ref _order), path, null);
        }
        catch (Exception error) when (error is DicomFormatException or ArgumentException or IOException)
        {
            _skipped.Enqueue($"{path}: {error.Message}");
        }
    }

    /// <summary>An instance must name its study and series to have a place in the hierarchy.</summary>
    private static DicomDataset Index(DicomDataset attributes, string sopInstanceUid)
    {
        foreach (var tag in new[] { DicomTags.StudyInstanceUID, DicomTags.SeriesInstanceUID })
            if (!attributes.TryGetString(tag, out var uid) || uid.Length == 0)
                throw new ArgumentException($"instance {sopInstanceUid} has no {QueryKeys.Describe(tag)}: the archive cannot place it in a study and series");
        return attributes;
    }
}
