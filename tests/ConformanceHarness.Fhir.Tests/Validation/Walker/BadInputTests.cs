using System.Diagnostics;
using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Tests.Packages;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation.Walker;

/// <summary>Hostile and broken input gives findings in bounded time, never an exception. Time bounds only detect a hang.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("hello", "neither JSON nor XML")]
    [InlineData("", "neither JSON nor XML")]
    [InlineData("{\"resourceType\":", "not a FHIR Json resource")]
    [InlineData("<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"male\"/>", "not a FHIR Xml resource")]
    public void Validate_NotAResource_IsOneFatalFinding(string text, string message)
    {
        var finding = Assert.Single(FhirValidator.Core.Validate(text).Findings);

        Assert.Equal((FindingSeverity.Fatal, "structure"), (finding.Severity, finding.Code));
        Assert.StartsWith(message, finding.Message);
    }

    [Fact]
    public void Validate_UnknownResourceType_IsAnError()
    {
        var report = FhirValidator.Core.Validate("""{"resourceType":"Spaceship","id":"x"}""");

        Assert.False(report.IsValid);
        Assert.Contains(report.Findings, f => f.Message.Contains("Spaceship", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoResourceType_IsAnError() =>
        Assert.Contains(FhirValidator.Core.Validate("""{"id":"x"}""").Findings, f => f.IsError && f.Message.Contains("resourceType", StringComparison.Ordinal));

    [Fact]
    public void Validate_NestingThousandDeep_StopsAtTheDepthLimit()
    {
        var text = string.Concat(Enumerable.Repeat("{\"resourceType\":\"Questionnaire\",\"status\":\"draft\",\"item\":[{\"linkId\":\"1\",\"type\":\"group\",\"item\":[", 1)) +
                   string.Concat(Enumerable.Repeat("{\"linkId\":\"1\",\"type\":\"group\",\"item\":[", 1000)) + string.Concat(Enumerable.Repeat("]}", 1001)) + "]}";
        var clock = Stopwatch.StartNew();

        var finding = Assert.Single(FhirValidator.Core.Validate(text).Findings);

        Assert.Equal(FindingSeverity.Fatal, finding.Severity);
        Assert.Contains("depth", finding.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Validate_BundlesNestedPastTheResourceLimit_StopWithAFinding()
    {
        var text = "{\"resourceType\":\"Patient\",\"active\":true}";
        for (var i = 0; i < ValidationRun.MaxResourceDepth + 2; i++)
            text = $"{{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{{\"fullUrl\":\"urn:uuid:{Guid.NewGuid()}\",\"resource\":{text}}}]}}";

        var report = FhirValidator.Core.Validate(text);

        Assert.Contains(report.Findings, f => f is { Code: "too-costly", RuleId: RuleIds.ResourceDepth });
    }

    [Fact]
    public void Validate_FiftyMegabytePayload_CompletesWithoutFalseErrors()
    {
        var data = Convert.ToBase64String(new byte[37_500_000]);
        var clock = Stopwatch.StartNew();

        var report = FhirValidator.Core.Validate($$"""{"resourceType":"Binary","contentType":"application/octet-stream","data":"{{data}}"}""");

        Assert.True(data.Length >= 50_000_000);
        FindingAssert.NoErrors(report);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Validate_BrokenProfile_GivesFindingsNotAnException()
    {
        using var pack = new PackValidator(TestPack.Profile("broken", "Patient", null, ("Patient", ""), ("Patient.noSuchElement", "\"min\":1")));

        var report = pack.Validator.Validate("""{"resourceType":"Patient","active":true}""", profiles: [PackValidator.Profiles + "broken"]);

        Assert.Contains(report.Findings, f => f.IsError && f.Message.Contains("Patient.noSuchElement", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ProfileWithUnknownBase_GivesFindingsNotAnException()
    {
        using var pack = new PackValidator(TestPack.Profile("orphan", "Patient", "http://example.org/fhir/StructureDefinition/missing-base", ("Patient", "")));

        var report = pack.Validator.Validate("""{"resourceType":"Patient","active":true}""", profiles: [PackValidator.Profiles + "orphan"]);

        Assert.Contains(report.Findings, f => f.IsError && f.Location == "Patient");
    }

    [Theory]
    [InlineData("-1.000000000000000000E+245", FindingSeverity.Warning, "decimal-range")]
    [InlineData("1e400000000000000000000000000000", FindingSeverity.Warning, "decimal-range")]
    public void Validate_DecimalBeyondTheSdkRange_IsAHarnessLimitNotAnError(string literal, FindingSeverity severity, string rule)
    {
        var report = FhirValidator.Core.Validate($$$"""{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":{"value":{{{literal}}}}}""");

        var finding = FindingAssert.SingleIssue(report, severity, "not-supported", "Observation.value.value", rule);
        Assert.Contains(literal, finding.Message);
    }
}
