namespace ConformanceHarness.Dicom.Validation.Tests.Engine;

/// <summary>A DICOM rule pack written into a temp folder: rules.json and requirements.json as given.</summary>
public sealed class TestPackFolder : IDisposable
{
    public const string Catalogue = """
        {"pack": "test-dicom", "requirements": [
          {"id": "T-READ-1", "text": "Instances are readable DICOM files", "level": "SHALL", "provenance": "DICOM", "implementedBy": ["rule:file-readable"]}]}
        """;

    public TestPackFolder(string rules, string catalogue = Catalogue)
    {
        Folder = Path.Combine(Path.GetTempPath(), "harness-dicom-pack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "rules.json"), rules);
        File.WriteAllText(Path.Combine(Folder, "requirements.json"), catalogue);
    }

    public string Folder { get; }

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
