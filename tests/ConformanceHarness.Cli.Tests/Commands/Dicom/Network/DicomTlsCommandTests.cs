using System.Text.RegularExpressions;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.TestSupport.Tls;
using static ConformanceHarness.Cli.Tests.Commands.Dicom.Network.DicomEchoCommandTests;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

/// <summary>The --tls* options of the network verbs against our own TLS peers, with certificates made in the test.</summary>
[Collection(DicomNetworkCollection.Name)]
public sealed class DicomTlsCommandTests : IDisposable
{
    private readonly TestPki _pki = new();
    private readonly DicomWorkspace _workspace = new();

    public void Dispose()
    {
        _pki.Dispose();
        _workspace.Dispose();
    }

    private static string[] Tls(TestCredential credential) =>
        ["--tls", "--tls-cert", credential.CertificatePath, "--tls-key", credential.KeyPath, "--tls-ca", credential.TrustedPath];

    [Fact]
    public async Task Echo_Tls_VerifiesATlsServerAndRecordsTheSession()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP", Tls = _pki.Issue("scp").Options() });
        var evidence = Path.Combine(_workspace.Root, "evidence.ndjson");

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "SCP", "--evidence", evidence, .. Tls(_pki.Issue("scu")), "127.0.0.1", Port(server)]);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal($"C-ECHO SCP at 127.0.0.1:{server.Port}: 0x0000 Success", run.Stdout.TrimEnd());
        var opened = (await DicomNetworkEvidenceTests.ReadIntactAsync(evidence))[0];
        Assert.Contains("peer certificate CN=scp under PS3.15 B.12", opened.Payload.GetProperty("tls").GetString());
    }

    [Fact]
    public async Task Echo_Pkcs12WithPasswordFileAndProfileB13_AreWhatTheConnectionUses()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP", Tls = _pki.Issue("scp").Options() });
        var scu = _pki.Issue("scu");
        var password = _workspace.Write("password.txt", System.Text.Encoding.UTF8.GetBytes(TestPki.Pkcs12Password + "\n"));
        var evidence = Path.Combine(_workspace.Root, "evidence.ndjson");

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "SCP", "--evidence", evidence, "--tls", "--tls-pkcs12", scu.Pkcs12Path,
            "--tls-password-file", password, "--tls-ca", scu.TrustedPath, "--tls-profile", "B.13", "127.0.0.1", Port(server)]);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        var opened = (await DicomNetworkEvidenceTests.ReadIntactAsync(evidence))[0];
        Assert.EndsWith("under PS3.15 B.13 Modified BCP 195 RFC 8996, 9325 TLS Secure Transport Connection Profile", opened.Payload.GetProperty("tls").GetString());
    }

    [Fact]
    public async Task Echo_Pkcs12PasswordFromTheEnvironment_OpensTheFile()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP", Tls = _pki.Issue("scp").Options() });
        var scu = _pki.Issue("scu");
        Environment.SetEnvironmentVariable("HARNESS_TLS_PASSWORD", TestPki.Pkcs12Password);
        try
        {
            var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "SCP", "--tls", "--tls-pkcs12", scu.Pkcs12Path, "--tls-ca", scu.TrustedPath,
                "127.0.0.1", Port(server)]);

            Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HARNESS_TLS_PASSWORD", null);
        }
    }

    [Fact]
    public async Task Echo_Pkcs12WrongPassword_ExitsTwoNamingTheFile()
    {
        var scu = _pki.Issue("scu");
        var password = _workspace.Write("password.txt", "not the password"u8.ToArray());

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--tls", "--tls-pkcs12", scu.Pkcs12Path, "--tls-password-file", password,
            "--tls-ca", scu.TrustedPath, "127.0.0.1", "1"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"harness: error: '{scu.Pkcs12Path}' cannot be opened: the password is wrong", run.Stderr);
    }

    [Fact]
    public async Task Echo_CertificateFileMissing_ExitsTwoNamingTheFile()
    {
        var scu = _pki.Issue("scu");
        var missing = Path.Combine(_workspace.Root, "absent.crt.pem");

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", .. Tls(scu with { CertificatePath = missing }), "127.0.0.1", "1"]);

        Assert.Equal((2, $"harness: error: the certificate file '{missing}' does not exist"), (run.ExitCode, run.Stderr.TrimEnd()));
    }

    [Fact]
    public async Task Echo_TlsWithoutCa_ExitsTwo()
    {
        var scu = _pki.Issue("scu");

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--tls", "--tls-cert", scu.CertificatePath, "--tls-key", scu.KeyPath, "127.0.0.1", "1"]);

        Assert.Equal((2, "harness: error: --tls needs --tls-ca FILE: the CA certificates (PEM) the peer's certificate must chain to"),
            (run.ExitCode, run.Stderr.TrimEnd()));
    }

    [Fact]
    public async Task Echo_ServerFromAnUntrustedCa_FailsTheTlsHandshakeAndExitsOne()
    {
        using var other = new TestPki("Other CA");
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP", Tls = other.Issue("rogue").Options() });

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "SCP", .. Tls(_pki.Issue("scu")), "127.0.0.1", Port(server)]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"harness: failed: TLS with 127.0.0.1:{server.Port} failed: TLS handshake as ", run.Stderr);
        Assert.Contains("not trusted", run.Stderr);
    }

    [Fact]
    public async Task Listen_Tls_ReceivesFromOurStoreOverTls()
    {
        var sent = TestInstances.Ct("P1");
        var file = TestInstances.Save(sent, Path.Combine(_workspace.Root, "a.dcm"));
        var received = Path.Combine(_workspace.Root, "received");
        await using var listen = RunningHarness.Start(["dicom", "listen", "--port", "0", "--out", received, "--exit-after", "1", .. Tls(_pki.Issue("scp"))]);
        var port = (await listen.WaitForPortAsync()).ToString();

        var store = await HarnessInvocation.RunAsync(["dicom", "store", "--aec", "HARNESS", .. Tls(_pki.Issue("scu")), "127.0.0.1", port, file]);
        var run = await listen.WaitForExitAsync();

        Assert.Equal((0, 0), (store.ExitCode, run.ExitCode));
        Assert.Matches(new Regex(@"^in-1: connection from 127\.0\.0\.1:\d+ over TLS 1\.[23] \w+, peer certificate CN=scu under PS3\.15 B\.12 ", RegexOptions.Multiline), run.Stdout);
        Assert.True(File.Exists(Path.Combine(received, sent.GetString(DicomTags.SOPInstanceUID) + ".dcm")), run.Stdout);
    }

    [Fact]
    public async Task Listen_Tls_PlainPeer_PrintsWhyTheHandshakeFailed()
    {
        await using var listen = RunningHarness.Start(["dicom", "listen", "--port", "0", "--out", _workspace.Root, .. Tls(_pki.Issue("scp"))]);
        var port = (await listen.WaitForPortAsync()).ToString();

        var echo = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "HARNESS", "127.0.0.1", port]);
        var run = await listen.StopAsync();

        Assert.Equal((1, 0), (echo.ExitCode, run.ExitCode));
        var failure = Assert.Single(DicomDumpCommandTests.Lines(run.Stdout), line => line.StartsWith("in-1: TLS handshake failed: ", StringComparison.Ordinal));
        Assert.StartsWith("in-1: TLS handshake failed: TLS handshake as TLS server (PS3.15 B.12 ", failure);
        Assert.EndsWith("which opens a DICOM A-ASSOCIATE-RQ PDU: the peer is not using TLS on this connection", failure);
    }
}
