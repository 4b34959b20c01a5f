using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

public sealed class EvidenceLinkTests
{
    [Fact]
    public async Task LinkEvidence_PublishesAnAttachmentOfTheRunningStep_ThatReadsBack()
    {
        var run = await FeatureRun.RunAsync("Feature: f\n  Scenario: s\n    Given an exchange is recorded\n", typeof(Steps));

        var attachment = Assert.Single(run.Of<AttachmentAdded>()).Attachment;
        var step = run.Scenario("s").TestCase.Steps.Single();
        Assert.Equal(step.Id, attachment.TestStepId);
        Assert.True(EvidenceLink.TryRead(attachment, out var link));
        Assert.Equal(new EvidenceLink("http-exchange", "42", "POST /fhir/Bundle → 202"), link);
    }

    [Fact]
    public void TryRead_OtherMediaTypeOrBrokenJson_IsNotALink()
    {
        Assert.False(EvidenceLink.TryRead(new Attachment("{}", false, "application/json", null), out _));
        Assert.False(EvidenceLink.TryRead(new Attachment("{not json", false, EvidenceLink.MediaType, null), out _));
    }

    [Binding]
    public sealed class Steps(ScenarioContext scenario)
    {
        [Given("an exchange is recorded")]
        public void Record() => scenario.LinkEvidence(new EvidenceLink("http-exchange", "42", "POST /fhir/Bundle → 202"));
    }
}
