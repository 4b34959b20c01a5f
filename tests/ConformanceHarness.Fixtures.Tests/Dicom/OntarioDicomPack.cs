using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Fixtures.Tests.Dicom;

/// <summary>
/// The ontario-mi-dicom pack over a set of generated files, as a DIR receiving them would apply it: each instance under
/// the profile of the facility that contributed it (ichsc for an ICHSC, hospital otherwise), the study-set rules (which
/// have no per-profile level) over the whole set at once. The files are written to a folder first: the engine reads them
/// as a DIR would, from PS3.10 bytes.
/// </summary>
internal static class OntarioDicomPack
{
    private static readonly Lazy<DicomRulePack> Loaded = new(() => DicomRulePack.Load(Folder));

    public static string Folder => Path.Combine(RepositoryRoot.Path, "Fixtures", "Packs", "ontario-mi-dicom");

    public static DicomRulePack Pack => Loaded.Value;

    public static string ProfileOf(FacilityKind kind) => kind == FacilityKind.Ichsc ? "ichsc" : "hospital";

    /// <summary>Every finding, of every severity, on <paramref name="files"/>; <paramref name="kindOf"/> says who contributed a file.</summary>
    public static IReadOnlyList<DicomFinding> Findings(IReadOnlyList<DicomFile> files, Func<DicomFile, FacilityKind> kindOf)
    {
        var folder = Directory.CreateTempSubdirectory("hx-fixtures-pack-");
        try
        {
            var paths = files.Select((file, index) => Save(file, Path.Combine(folder.FullName, $"{index:D4}.dcm"))).ToList();
            var hospital = new DicomConformanceEngine(Pack, "hospital");
            var ichsc = new DicomConformanceEngine(Pack, "ichsc");
            var result = hospital.Validate(paths);
            var perFile = result.Files.Select((verdict, index) => kindOf(files[index]) == FacilityKind.Ichsc
                ? ichsc.ValidateInstance(DicomFile.Open(paths[index], DicomReadOptions.HeaderOnly), paths[index])
                : verdict.Findings);
            return [.. perFile.SelectMany(findings => findings), .. result.SetFindings];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The requirement ids of <paramref name="findings"/>, each once, in order.</summary>
    public static IReadOnlyList<string> RequirementIds(IEnumerable<DicomFinding> findings) =>
        [.. findings.Select(f => f.Requirement?.Id ?? $"(no requirement: {f.Rule})").Distinct().Order(StringComparer.Ordinal)];

    private static string Save(DicomFile file, string path)
    {
        file.Save(path);
        return path;
    }
}
