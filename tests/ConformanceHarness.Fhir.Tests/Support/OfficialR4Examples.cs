using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Fhir.Tests.Support;

/// <summary>
/// HL7's own package of the R4 examples, <c>hl7.fhir.r4.examples#4.0.1</c> (pinned in tools/package.json): every
/// example resource of the specification, including every conformance resource of the core. It is the independent,
/// official copy the tests compare our locally built core package with, and the corpus the validator must accept.
/// </summary>
public static class OfficialR4Examples
{
    public static string Folder => Path.Combine(RepositoryRoot.Tools, "node_modules", "hl7.fhir.r4.examples");

    /// <summary>The folder, or a skip (a failure when CI=true) naming how to install it.</summary>
    public static string Require()
    {
        ExternalTool.Require(File.Exists(Path.Combine(Folder, "package.json")),
            "the official FHIR R4 examples package is not installed (cd tools && npm ci)");
        return Folder;
    }

    public static IEnumerable<string> Files(string resourceType) =>
        Directory.EnumerateFiles(Require(), resourceType + "-*.json").Order(StringComparer.Ordinal);
}
