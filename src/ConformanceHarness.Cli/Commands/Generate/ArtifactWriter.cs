using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Mutations;

namespace ConformanceHarness.Cli.Commands.Generate;

/// <summary>Writes an <see cref="ArtifactSet"/> below a folder: DICOM as a PACS tree under <c>dicom/</c>, each FHIR document
/// as <c>fhir/&lt;prefix&gt;&lt;name&gt;.json</c>; returns the paths written, relative to <paramref name="root"/>.</summary>
internal sealed class ArtifactWriter(string root)
{
    public (IReadOnlyList<string> Dicom, IReadOnlyList<ManifestDocument> Fhir) Write(string folder, ArtifactSet set, string fhirPrefix)
    {
        var dicom = set.Dicom.Select(file => Relative(PacsTree.Write(Path.Combine(root, folder, "dicom"), file))).ToList();
        var fhir = new List<ManifestDocument>();
        foreach (var document in set.Fhir)
        {
            var path = Path.Combine(root, folder, "fhir", $"{fhirPrefix}{document.Name}.json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, document.Json);
            fhir.Add(new ManifestDocument(document.Name, document.Pack, Relative(path)));
        }
        return (dicom, fhir);
    }

    private string Relative(string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
