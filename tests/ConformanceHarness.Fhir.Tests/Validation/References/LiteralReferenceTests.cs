using ConformanceHarness.Fhir.Validation.References;

namespace ConformanceHarness.Fhir.Tests.Validation.References;

public sealed class LiteralReferenceTests
{
    [Theory]
    [InlineData("Patient/123", ReferenceKind.Relative, "Patient", "123", null)]
    [InlineData("Patient/123/_history/2", ReferenceKind.Relative, "Patient", "123", "2")]
    [InlineData("http://x.org/fhir/Patient/123", ReferenceKind.Absolute, "Patient", "123", null)]
    [InlineData("https://x.org/fhir/Patient/a.b-c/_history/7", ReferenceKind.Absolute, "Patient", "a.b-c", "7")]
    [InlineData("http://x.org/documents/report.pdf", ReferenceKind.Absolute, null, null, null)]
    [InlineData("Patient?identifier=http://x.org|42", ReferenceKind.Conditional, "Patient", null, null)]
    [InlineData("urn:uuid:2ec8f9c4-5d0b-4c3a-8f52-0c7a6a1f3b9e", ReferenceKind.Uuid, null, null, null)]
    [InlineData("urn:oid:1.2.840.10008.1", ReferenceKind.Oid, null, null, null)]
    [InlineData("#p1", ReferenceKind.Contained, null, null, null)]
    [InlineData("#", ReferenceKind.Contained, null, null, null)]
    public void Parse_AllowedForm_GivesKindTypeIdAndVersion(string text, ReferenceKind kind, string? type, string? id, string? version)
    {
        var reference = LiteralReference.Parse(text);

        Assert.Equal((kind, type, id, version), (reference!.Kind, reference.ResourceType, reference.Id, reference.Version));
    }

    [Theory]
    [InlineData("Patinet/123")]
    [InlineData("patient/123")]
    [InlineData("Patient/12_3")]
    [InlineData("Patient/123/extra")]
    [InlineData("urn:uuid:not-a-uuid")]
    [InlineData("urn:oid:1.02")]
    [InlineData("#bad id")]
    [InlineData("ftp://x.org/Patient/1")]
    [InlineData("Patient/a123456789012345678901234567890123456789012345678901234567890123456789")]
    public void Parse_NoAllowedForm_IsNull(string text) => Assert.Null(LiteralReference.Parse(text));

    [Fact]
    public void Parse_AbsoluteRestfulUrl_GivesBaseAndVersionIndependentUrl()
    {
        var reference = LiteralReference.Parse("http://x.org/fhir/Patient/123/_history/2")!;

        Assert.Equal(("http://x.org/fhir/", "http://x.org/fhir/Patient/123"), (reference.Base, reference.VersionIndependent));
    }
}
