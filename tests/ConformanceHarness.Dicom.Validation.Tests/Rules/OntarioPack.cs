using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules;

/// <summary>The real pack, Fixtures/Packs/ontario-mi-dicom, loaded once; its findings on an instance under a profile.</summary>
public static class OntarioPack
{
    private static readonly Lazy<DicomRulePack> Loaded = new(() => DicomRulePack.Load(Folder));

    public static string Folder => Path.Combine(RepositoryRoot.Path, "Fixtures", "Packs", "ontario-mi-dicom");

    public static DicomRulePack Pack => Loaded.Value;

    public static IReadOnlyList<DicomFinding> Findings(DicomFile file, string profile = "hospital") =>
        new DicomConformanceEngine(Pack, profile).ValidateInstance(file, "synthetic.dcm");

    /// <summary>Asserts the pack finds exactly one thing: this rule, at this tag path, with this severity; returns it.</summary>
    public static DicomFinding AssertOnly(DicomFile file, string rule, string path, DicomFindingSeverity severity, string profile = "hospital") =>
        AssertOnly(Findings(file, profile), rule, path, severity);

    /// <summary>
    /// As <see cref="AssertOnly(DicomFile, string, string, DicomFindingSeverity, string)"/> where the broken value also breaks
    /// <paramref name="overlapping"/> (a 17-character SH is too long for vr-value as well): its findings are set aside.
    /// </summary>
    public static DicomFinding AssertOnlyBesides(DicomFile file, string overlapping, string rule, string path, DicomFindingSeverity severity)
    {
        var findings = Findings(file);
        Assert.Contains(findings, f => f.Rule == overlapping);
        return AssertOnly([.. findings.Where(f => f.Rule != overlapping)], rule, path, severity);
    }

    private static DicomFinding AssertOnly(IReadOnlyList<DicomFinding> findings, string rule, string path, DicomFindingSeverity severity)
    {
        Assert.True(findings.Count == 1, $"expected one {rule} finding, but received {findings.Count}:\n{string.Join('\n', findings)}");
        var finding = findings[0];
        Assert.Equal((rule, path, severity), (finding.Rule, finding.TagPath, finding.Severity));
        return finding;
    }
}
