using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Cdata;

/// <summary>Port of the kit's cdata.ts.</summary>
[Binding]
public sealed class CdataSteps
{
    [Given("I have {int} <![CDATA[cukes]]> in my belly")]
    public void IHaveCdataCukesInMyBelly(int cukeCount) { }
}
