using ConformanceHarness.Fhir.Definitions;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>Where dependencies of conformance packs are looked for, after the packs given themselves.</summary>
/// <param name="CacheFolders">FHIR package caches (<c>name#version/package</c> folders), searched in order.</param>
public sealed record PackageLoadOptions(IReadOnlyList<string> CacheFolders)
{
    /// <summary>The harness cache's <c>packages</c> folder, then the user's FHIR package cache <c>~/.fhir/packages</c>.</summary>
    public static PackageLoadOptions Default => new([
        Path.Combine(CoreDefinitions.CacheRoot, "packages"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fhir", "packages"),
    ]);
}
