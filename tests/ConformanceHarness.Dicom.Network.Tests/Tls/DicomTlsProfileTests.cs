using System.Net.Security;
using ConformanceHarness.Dicom.Network.Tls;
using static System.Net.Security.TlsCipherSuite;
using static ConformanceHarness.Dicom.Network.Tls.TlsProtocolVersion;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

public sealed class DicomTlsProfileTests
{
    [Fact]
    public void All_ListsEachAnnexBSectionOnceInOrder() =>
        Assert.Equal(["B.1", "B.3", "B.9", "B.10", "B.12", "B.13"], DicomTlsProfile.All.Select(profile => profile.Section));

    [Fact]
    public void Default_IsTheCurrentBcp195Profile()
    {
        Assert.Same(DicomTlsProfile.Bcp195Rfc8996, DicomTlsProfile.Default);
        Assert.Equal(("B.12", false, Tls12, Tls13), (DicomTlsProfile.Default.Section, DicomTlsProfile.Default.IsRetired,
            DicomTlsProfile.Default.MinimumVersion, DicomTlsProfile.Default.MaximumVersion));
    }

    [Theory]
    [InlineData("B.1", true, Tls10, Tls12)]
    [InlineData("B.3", true, Tls10, Tls12)]
    [InlineData("B.9", true, Tls10, Tls13)]
    [InlineData("B.10", true, Tls12, Tls13)]
    [InlineData("B.12", false, Tls12, Tls13)]
    [InlineData("B.13", false, Tls12, Tls13)]
    public void Get_Section_HasTheStandardsFacts(string section, bool retired, TlsProtocolVersion minimum, TlsProtocolVersion maximum)
    {
        var profile = DicomTlsProfile.Get(section);

        Assert.Equal((section, retired, minimum, maximum), (profile.Section, profile.IsRetired, profile.MinimumVersion, profile.MaximumVersion));
    }

    [Fact]
    public void Get_Iscl_ThrowsSayingItIsNotTls()
    {
        var error = Assert.Throws<DicomTlsConfigurationException>(() => DicomTlsProfile.Get("B.2"));

        Assert.StartsWith("PS3.15 B.2 is not supported: the ISCL Secure Transport Connection Profile (retired) is not TLS", error.Message);
    }

    [Fact]
    public void Get_UnknownSection_ListsTheKnownProfiles() =>
        Assert.Equal("PS3.15 B.4 is not a Secure Transport Connection Profile; known: B.1, B.3, B.9, B.10, B.12, B.13",
            Assert.Throws<DicomTlsConfigurationException>(() => DicomTlsProfile.Get("B.4")).Message);

    [Fact]
    public void CipherSuites_BasicAndAes_AreTheStandardsMinimumMechanisms()
    {
        Assert.Equal([TLS_RSA_WITH_3DES_EDE_CBC_SHA], DicomTlsProfile.Basic.CipherSuites);
        Assert.Equal([TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA], DicomTlsProfile.Aes.CipherSuites);
    }

    [Fact]
    public void CipherSuitesFor_Tls12Only_LeavesOutTheTls13Suites() =>
        Assert.Equal([TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
                TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384],
            DicomTlsProfile.Bcp195Rfc8996.CipherSuitesFor(Tls12, Tls12));

    [Theory]
    [InlineData(Tls13, TLS_AES_256_GCM_SHA384, true)]
    [InlineData(Tls12, TLS_AES_256_GCM_SHA384, false)]
    [InlineData(Tls12, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, true)]
    [InlineData(Tls12, TLS_RSA_WITH_AES_128_CBC_SHA, false)]
    [InlineData(Tls11, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, false)]
    public void Allows_Bcp195Rfc8996_OnlyItsVersionsWithTheirSuites(TlsProtocolVersion version, TlsCipherSuite suite, bool allowed) =>
        Assert.Equal(allowed, DicomTlsProfile.Bcp195Rfc8996.Allows(version, suite));

    [Fact]
    public void Limitation_Basic_SaysWhyOpenSsl3CannotNegotiateIt()
    {
        Assert.Contains("TLS_RSA_WITH_3DES_EDE_CBC_SHA is not compiled into Debian 12's OpenSSL 3", DicomTlsProfile.Basic.Limitation);
        Assert.Contains("TLS 1.0 and 1.1 are never negotiated", DicomTlsProfile.Basic.Limitation);
        Assert.Null(DicomTlsProfile.Bcp195Rfc8996.Limitation);
    }

    [Fact]
    public void KeyRequirements_OnlyTheModifiedProfileSetsThem()
    {
        Assert.Equal(new DicomTlsKeyRequirements(2048, 256), DicomTlsProfile.ModifiedBcp195Rfc8996.KeyRequirements);
        Assert.All(DicomTlsProfile.All.Where(profile => profile.Section != "B.13"), profile => Assert.Null(profile.KeyRequirements));
    }

    [Fact]
    public void ToString_NamesSectionAndRetirement() =>
        Assert.Equal("PS3.15 B.3 AES TLS Secure Transport Connection Profile (retired)", DicomTlsProfile.Aes.ToString());
}
