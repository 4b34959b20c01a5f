using System.Diagnostics;
using System.Security.Cryptography;

namespace ConformanceHarness.Fhir.Definitions;

/// <summary>Fetches one pinned npm tarball with <c>npm pack</c> (which resolves no dependencies) and checks its integrity.</summary>
public static class NpmPack
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The path of the fetched <c>.tgz</c>, in a new temp folder; <paramref name="npm"/> is the npm executable.</summary>
    public static string Fetch(string packageSpec, string integrity, string npm = "npm")
    {
        var folder = Directory.CreateTempSubdirectory("ch-npm-pack-").FullName;
        var output = Run(npm, packageSpec, folder);
        var tarball = Directory.GetFiles(folder, "*.tgz").SingleOrDefault()
            ?? throw new InvalidOperationException($"npm pack {packageSpec} wrote no .tgz into {folder}: {output}");
        var actual = "sha512-" + Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(tarball)));
        if (actual != integrity)
            throw new InvalidDataException($"npm pack {packageSpec}: integrity {actual} differs from the pinned {integrity}");
        return tarball;
    }

    private static string Run(string npm, string packageSpec, string folder)
    {
        var start = new ProcessStartInfo(npm, ["pack", packageSpec, "--pack-destination", folder, "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        Process process;
        try { process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start"); }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException(
                $"{packageSpec} (the FHIR R4 core bundles) is not installed under tools/node_modules and Node.js with npm was not found to fetch it ({error.Message}); install Node.js with npm, or run 'cd tools && npm ci'", error);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout)) { process.Kill(entireProcessTree: true); throw new TimeoutException($"npm pack {packageSpec} took longer than {Timeout}"); }
            if (process.ExitCode != 0) throw new InvalidOperationException($"npm pack {packageSpec} failed with exit code {process.ExitCode}: {stderr.Result.Trim()}");
            return stdout;
        }
    }
}
