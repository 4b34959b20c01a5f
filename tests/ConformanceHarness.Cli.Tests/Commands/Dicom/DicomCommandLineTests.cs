namespace ConformanceHarness.Cli.Tests.Commands.Dicom;

public sealed class DicomCommandLineTests
{
    [Theory]
    [InlineData("dicom", "--help")]
    [InlineData("dicom", "dump", "--help")]
    [InlineData("dicom", "json", "--help")]
    [InlineData("dicom", "scan", "--help")]
    public async Task Dicom_Help_PrintsUsageAndExitsZero(params string[] args)
    {
        var run = await HarnessInvocation.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout);
    }

    [Theory]
    [InlineData("Required command was not provided", "dicom")]
    [InlineData("Required argument missing for command: 'dump'", "dicom", "dump")]
    [InlineData("Required argument missing for command: 'scan'", "dicom", "scan")]
    [InlineData("unknown option '--bogus'", "dicom", "dump", "--bogus", "x.dcm")]
    [InlineData("unknown command or option 'frob'", "dicom", "frob")]
    public async Task Dicom_BadCommandLine_PrintsOneErrorLineAndExitsTwo(string message, params string[] args)
    {
        var run = await HarnessInvocation.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(DicomDumpCommandTests.Lines(run.Stderr));
        Assert.StartsWith("harness: error: ", line);
        Assert.Contains(message, line);
    }
}
