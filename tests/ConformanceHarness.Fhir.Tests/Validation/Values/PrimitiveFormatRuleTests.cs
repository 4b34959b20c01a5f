using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.Fhir.Validation.Values;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Tests.Validation.Values;

/// <summary>POCOs built in code, where no parser stood between the literal and the validator.</summary>
public sealed class PrimitiveFormatRuleTests
{
    private const string Core = "http://hl7.org/fhir/StructureDefinition/";

    [Theory]
    [InlineData("1990")]
    [InlineData("1990-02")]
    [InlineData("1990-02-28")]
    public void BirthDate_ValidDate_NoFinding(string date)
    {
        var report = FhirValidator.Core.Validate(new Patient { BirthDateElement = new Date(date) });

        Assert.True(report.IsValid, report.ToString());
        Assert.DoesNotContain(report.Findings, f => f.RuleId == PrimitiveFormatRule.RuleId);
    }

    [Theory]
    [InlineData("1990-13-45")]
    [InlineData("1990-02-30")]
    [InlineData("90-01-01")]
    public void BirthDate_InvalidDate_Error(string date)
    {
        var report = FhirValidator.Core.Validate(new Patient { BirthDateElement = new Date(date) });

        var finding = Assert.Single(report.Findings, f => f.RuleId == PrimitiveFormatRule.RuleId);
        Assert.Equal((FindingSeverity.Error, "value", "Patient.birthDate", Core + "Patient", "Patient.birthDate"),
            (finding.Severity, finding.Code, finding.Location, finding.Profile, finding.ElementId));
        Assert.StartsWith($"'{date}' is not a valid date", finding.Message);
    }

    [Fact]
    public void Id_WithSpaceAndBang_Error()
    {
        var finding = SingleFormatFinding(new Patient { Id = "bad id!" });

        Assert.Equal(("Patient.id", "'bad id!' is not a valid id (R4 regex [A-Za-z0-9\\-\\.]{1,64})"), (finding.Location, finding.Message));
    }

    [Fact]
    public void Uri_WithSpace_Error()
    {
        var finding = SingleFormatFinding(new Patient { ImplicitRules = "http://example.org/some rules" });

        Assert.Equal(("Patient.implicitRules", "'http://example.org/some rules' is not a valid uri (R4 regex \\S*)"), (finding.Location, finding.Message));
    }

    [Fact]
    public void DateTime_TimeWithoutZone_Error()
    {
        var finding = SingleFormatFinding(new Patient { Deceased = new FhirDateTime("2020-01-01T10:00:00") });

        Assert.Equal("Patient.deceased", finding.Location);
        Assert.StartsWith("'2020-01-01T10:00:00' is not a valid dateTime", finding.Message);
    }

    [Theory]
    [InlineData("urn:uuid:68D043B5-9ECF-4559-A57A-396E0D452311")]
    [InlineData("68d043b5-9ecf-4559-a57a-396e0d452311")]
    public void Uuid_UpperCaseOrWithoutUrn_Error(string uuid)
    {
        var patient = new Patient();
        patient.Extension.Add(new Extension("http://example.org/fhir/StructureDefinition/tag", new Uuid(uuid)));

        var finding = SingleFormatFinding(patient);

        Assert.Equal(("Patient.extension[0].value", $"'{uuid}' is not a valid uuid"), (finding.Location, finding.Message[..(finding.Message.IndexOf(" (", StringComparison.Ordinal))]));
    }

    [Fact]
    public void PositiveInt_Zero_Error()
    {
        var patient = new Patient();
        patient.Extension.Add(new Extension("http://example.org/fhir/StructureDefinition/count", new PositiveInt(0)));

        var finding = SingleFormatFinding(patient);

        Assert.Equal(("Patient.extension[0].value", "'0' is not a valid positiveInt (R4 regex [1-9][0-9]*)"), (finding.Location, finding.Message));
    }

    [Fact]
    public void String_Empty_Error()
    {
        var finding = SingleFormatFinding(new Patient { Name = [new HumanName { Family = "" }] });

        Assert.Equal(new Finding(FindingSeverity.Error, "value", "Patient.name[0].family",
            "the string is empty: a primitive has a value of at least one character, or no value", PrimitiveFormatRule.RuleId, Core + "HumanName", "HumanName.family"), finding);
    }

    [Fact]
    public void String_WhitespaceOnly_Warning()
    {
        var finding = SingleFormatFinding(new Patient { Name = [new HumanName { Family = " \u00a0 " }] });

        Assert.Equal((FindingSeverity.Warning, "value", "Patient.name[0].family"), (finding.Severity, finding.Code, finding.Location));
    }

    [Fact]
    public void String_NoBreakSpaceInside_NoFinding()
    {
        var report = FhirValidator.Core.Validate(new Patient { Name = [new HumanName { Family = "van\u00a0Dijk" }] });

        Assert.DoesNotContain(report.Findings, f => f.RuleId == PrimitiveFormatRule.RuleId);
    }

    [Fact]
    public void String_LongerThanOneMegabyte_Error()
    {
        var finding = SingleFormatFinding(new Patient { Name = [new HumanName { Family = new string('x', 1024 * 1024 + 1) }] });

        Assert.Equal(("Patient.name[0].family", "the string has 1048577 characters, more than the 1048576 R4 allows"), (finding.Location, finding.Message));
    }

    [Fact]
    public void ValidPrimitives_OfEveryKind_NoFinding()
    {
        var patient = new Patient { Id = "p-1.a", Active = true, BirthDateElement = new Date("1990-02-28"), ImplicitRules = "urn:oid:1.2.3" };
        patient.Extension.Add(new Extension("http://example.org/fhir/StructureDefinition/a", new FhirDecimal(-1.50m)));
        patient.Extension.Add(new Extension("http://example.org/fhir/StructureDefinition/b", new Instant(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)))));
        patient.Extension.Add(new Extension("http://example.org/fhir/StructureDefinition/c", new Time("23:59:60")));
        patient.Extension.Add(new Extension("http://example.org/fhir/StructureDefinition/d", new Base64Binary([1, 2, 3])));
        patient.Extension.Add(new Extension("http://example.org/fhir/StructureDefinition/e", new UnsignedInt(0)));

        var report = FhirValidator.Core.Validate(patient);

        Assert.True(report.IsValid, report.ToString());
        Assert.DoesNotContain(report.Findings, f => f.RuleId == PrimitiveFormatRule.RuleId);
    }

    [Fact]
    public void Base64_GroupsSeparatedByWhitespace_NoFinding()
    {
        var patient = new Patient { Photo = [new Attachment { ContentType = "image/png" }] };
        patient.Photo[0].DataElement = new Base64Binary { JsonValue = "AAAA \nBBBB\tCC==" };

        Assert.DoesNotContain(FhirValidator.Core.Validate(patient).Findings, f => f.RuleId == PrimitiveFormatRule.RuleId);
    }

    [Fact]
    public void Base64_LongValueWithBadEnd_ErrorNotTimeout()
    {
        var patient = new Patient { Photo = [new Attachment { ContentType = "image/png" }] };
        patient.Photo[0].DataElement = new Base64Binary { JsonValue = string.Concat(Enumerable.Repeat("AAAA  ", 20_000)) + "!" };

        var finding = SingleFormatFinding(patient);

        Assert.Equal((FindingSeverity.Error, "value", "Patient.photo[0].data"), (finding.Severity, finding.Code, finding.Location));
    }

    private static Finding SingleFormatFinding(Resource resource) =>
        Assert.Single(FhirValidator.Core.Validate(resource).Findings, f => f.RuleId == PrimitiveFormatRule.RuleId);
}
