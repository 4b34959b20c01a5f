using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Fhir.Tests.Support;

/// <summary>
/// HL7's own package of the R4 value set expansions, <c>hl7.fhir.r4.expansions#4.0.1</c> (pinned in tools/package.json),
/// made by the publication tooling: the independent answer our local expansions are compared with.
/// </summary>
public static class OfficialR4Expansions
{
    public static string Folder => Path.Combine(RepositoryRoot.Tools, "node_modules", "hl7.fhir.r4.expansions");

    /// <summary>The ValueSet files, or a skip (a failure when CI=true) naming how to install them.</summary>
    public static IEnumerable<string> Files()
    {
        ExternalTool.Require(File.Exists(Path.Combine(Folder, "package.json")),
            "the official FHIR R4 expansions package is not installed (cd tools && npm ci)");
        return Directory.EnumerateFiles(Folder, "ValueSet-*.json").Order(StringComparer.Ordinal);
    }
}
