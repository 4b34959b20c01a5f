using System.Diagnostics;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

/// <summary><c>harness dicom listen</c> as a real process: SIGTERM (docker stop, systemd) stops it like Ctrl+C.</summary>
[Collection(DicomNetworkCollection.Name)]
public sealed class DicomListenProcessTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Listen_Sigterm_StopsGracefullyAndExitsZero()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "SIGTERM is a POSIX signal");
        var token = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "harness.dll"), "dicom", "listen", "--port", "0", "--out", _workspace.Root },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync(token).AsTask().WaitAsync(TimeSpan.FromSeconds(60), token);
            Assert.StartsWith("listening on 127.0.0.1:", first);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync(token);
            var rest = await process.StandardOutput.ReadToEndAsync(token).WaitAsync(TimeSpan.FromSeconds(30), token);
            await process.WaitForExitAsync(token);

            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}; stderr: {await process.StandardError.ReadToEndAsync(token)}");
            Assert.Equal(["stopping", "stopped: 0 association(s) ended, 0 instance(s) stored, 0 refused"], DicomDumpCommandTests.Lines(rest));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
