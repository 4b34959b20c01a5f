using System.Text.RegularExpressions;

using ConformanceHarness.Fixtures.Fhir;

namespace ConformanceHarness.Fixtures.Tests.Fhir;

public sealed class FullUrlsTests
{
    [Fact]
    public void For_SameIdentity_SameVersion5Uuid()
    {
        var url = FullUrls.For("Patient", "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", "1234567897");

        Assert.Matches(new Regex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"), url);
        Assert.Equal(url, FullUrls.For("Patient", "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", "1234567897"));
        Assert.NotEqual(url, FullUrls.For("Patient", "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", "1234567898"));
        Assert.NotEqual(url, FullUrls.For("Organization", "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", "1234567897"));
    }
}
