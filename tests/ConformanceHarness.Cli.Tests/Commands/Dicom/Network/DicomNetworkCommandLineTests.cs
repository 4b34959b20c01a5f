namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

public sealed class DicomNetworkCommandLineTests
{
    [Theory]
    [InlineData("echo")]
    [InlineData("store")]
    [InlineData("find")]
    [InlineData("move")]
    [InlineData("get")]
    [InlineData("listen")]
    public async Task NetworkVerb_Help_PrintsUsageAndExitsZero(string verb)
    {
        var run = await HarnessInvocation.RunAsync(["dicom", verb, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout);
    }

    [Theory]
    [InlineData("Cannot parse argument 'abc'", "echo", "127.0.0.1", "abc")]
    [InlineData("port 70000 is out of range (1 to 65535)", "echo", "127.0.0.1", "70000")]
    [InlineData("Required argument missing for command: 'echo'", "echo")]
    [InlineData("--aet 'ABCDEFGHIJKLMNOPQ' has 17 characters; an AE title has at most 16", "echo", "--aet", "ABCDEFGHIJKLMNOPQ", "h", "1")]
    [InlineData("--aec 'A\\B' may not contain backslashes", "echo", "--aec", "A\\B", "h", "1")]
    [InlineData("--aec ' ' is empty", "echo", "--aec", " ", "h", "1")]
    [InlineData("--timeout must be a number of seconds above 0 and at most 86400, but was 0", "echo", "--timeout", "0", "h", "1")]
    [InlineData("--connect-timeout must be a number of seconds above 0", "echo", "--connect-timeout", "-1", "h", "1")]
    [InlineData("--max-pdu must be 0 (unlimited) or 1024 to 4294967295 bytes, but was 10", "echo", "--max-pdu", "10", "h", "1")]
    [InlineData("unknown option '--bogus'", "store", "h", "1", "--bogus")]
    [InlineData("Option '--out' is required", "listen", "--port", "0")]
    [InlineData("Option '--port' is required", "listen", "--out", "x")]
    [InlineData("port -1 is out of range (0 to 65535)", "listen", "--port", "-1", "--out", "x")]
    [InlineData("--bind 'nowhere' is not an IP address", "listen", "--port", "0", "--out", "x", "--bind", "nowhere")]
    [InlineData("--exit-after must be at least 1, but was 0", "listen", "--port", "0", "--out", "x", "--exit-after", "0")]
    [InlineData("--tls-profile B.1 is not supported: PS3.15 B.1 Basic TLS Secure Transport Connection Profile (retired) cannot be negotiated",
        "echo", "--tls", "--tls-profile", "B.1", "h", "1")]
    [InlineData("--tls-profile B.2 is not supported: the ISCL Secure Transport Connection Profile (retired) is not TLS", "store", "--tls-profile", "B.2", "h", "1", "f")]
    [InlineData("--tls-profile B.7 is not a TLS Secure Transport Connection Profile of PS3.15 Annex B; use B.12, B.13, B.10, B.9, B.3",
        "listen", "--port", "0", "--out", "x", "--tls-profile", "B.7")]
    [InlineData("--tls needs --tls-ca FILE", "echo", "--tls", "h", "1")]
    [InlineData("--tls-ca is only used with --tls", "find", "--tls-ca", "ca.pem", "h", "1")]
    [InlineData("--tls-cert needs --tls-key", "move", "--dest", "D", "--tls", "--tls-ca", "ca.pem", "--tls-cert", "c.pem", "h", "1")]
    [InlineData("--tls-cert and --tls-pkcs12 both give this side's certificate", "echo", "--tls", "--tls-ca", "ca.pem", "--tls-cert", "c.pem",
        "--tls-key", "k.pem", "--tls-pkcs12", "p.p12", "h", "1")]
    [InlineData("--tls-password-file is only used with --tls-pkcs12", "echo", "--tls", "--tls-ca", "ca.pem", "--tls-password-file", "pw", "h", "1")]
    [InlineData("a TLS listener needs its certificate and private key", "listen", "--port", "0", "--out", "x", "--tls", "--tls-peer", "ignore")]
    public async Task NetworkVerb_BadCommandLine_PrintsOneErrorLineAndExitsTwo(string message, params string[] args)
    {
        var run = await HarnessInvocation.RunAsync(["dicom", .. args]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(DicomDumpCommandTests.Lines(run.Stderr));
        Assert.StartsWith("harness: error: ", line);
        Assert.Contains(message, line);
    }
}
