namespace ConformanceHarness.Fhir.Packages;

/// <summary>One file of a FHIR package, as listed in its <c>.index.json</c> (index-version 2).</summary>
public sealed record PackageIndexEntry(string FileName, string ResourceType, string? Id, string? Url, string? Version)
{
    /// <summary>The canonical with its version (<c>url|version</c>), or the bare url when unversioned.</summary>
    public string? VersionedUrl => Url is null || Version is null ? Url : $"{Url}|{Version}";
}
