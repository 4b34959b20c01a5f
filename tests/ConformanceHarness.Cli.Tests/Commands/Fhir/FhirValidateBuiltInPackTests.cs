using ConformanceHarness.Cli.Tests.Commands.Dicom;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Cli.Tests.Commands.Fhir;

/// <summary>The built-in packs by name, by folder and as a .tgz: the same verdict, citing the pack's requirement.</summary>
public sealed class FhirValidateBuiltInPackTests : IDisposable
{
    private static readonly string Pack = Path.Combine(RepositoryRoot.Path, "Fixtures", "Packs", "ontario-mi-fhir");
    private static readonly string Invalid = Path.Combine(Pack, "examples", "invalid", "ON-FHIR-BR-C5--no-organization.json");

    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static string ErrorLine(string stdout) => Assert.Single(stdout.Split('\n'), line => line.StartsWith("  error", StringComparison.Ordinal));

    [Fact]
    public async Task Validate_ByNameFolderAndTarball_CiteTheSameRequirement()
    {
        var tarball = Path.Combine(_workspace.Root, "ontario-mi-fhir.tgz");
        await Tar.CreateAsync(tarball, Pack, "package");

        var byName = await HarnessInvocation.RunAsync(["fhir", "validate", Invalid, "--pack", "ontario-mi-fhir"]);
        var byFolder = await HarnessInvocation.RunAsync(["fhir", "validate", Invalid, "--pack", Pack]);
        var byTarball = await HarnessInvocation.RunAsync(["fhir", "validate", Invalid, "--pack", tarball]);

        Assert.Equal((1, 1, 1), (byName.ExitCode, byFolder.ExitCode, byTarball.ExitCode));
        Assert.Contains(" ON-FHIR-BR-C5 (", ErrorLine(byName.Stdout));
        Assert.Equal(ErrorLine(byName.Stdout), ErrorLine(byFolder.Stdout));
        Assert.Equal(ErrorLine(byName.Stdout), ErrorLine(byTarball.Stdout));
    }

    /// <summary>A .tgz of the package folder, made with the system tar as a packager would.</summary>
    private static class Tar
    {
        public static async Task CreateAsync(string tarball, string workingDirectory, string folder)
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("tar", ["-czf", tarball, folder])
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardError = true,
            })!;
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        }
    }
}
