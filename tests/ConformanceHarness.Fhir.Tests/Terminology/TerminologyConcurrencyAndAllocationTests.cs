using ConformanceHarness.Fhir.Terminology;
using static ConformanceHarness.Fhir.Tests.Terminology.SyntheticTerminology;

namespace ConformanceHarness.Fhir.Tests.Terminology;

public sealed class TerminologyConcurrencyAndAllocationTests
{
    private const string IdentifierType = "http://hl7.org/fhir/ValueSet/identifier-type";
    private const string V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";

    [Fact]
    public void CheckCode_WarmMember_AllocatesNothing()
    {
        var terminology = Create();
        Assert.Equal(CodeMembership.Member, terminology.CheckCode(IdentifierType, V2_0203, "MR").Membership);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++) terminology.CheckCode(IdentifierType, V2_0203, "MR");

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_ColdCyclicImportsFromManyThreads_NeitherDeadlocksNorDisagrees()
    {
        var terminology = Create();
        var canonicals = Enumerable.Range(0, 64).Select(i => Vs(i % 2 == 0 ? "cycle-a" : "cycle-b"));

        var results = await System.Threading.Tasks.Task.WhenAll(canonicals.Select(canonical => System.Threading.Tasks.Task.Run(
            () => (terminology.CheckCode(canonical, Modality, "ct"), terminology.CheckCode(canonical, Modality, "mr")), TestContext.Current.CancellationToken)))
            .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // ct is listed in cycle-a, which cycle-b imports; nothing lists mr, and the cycle leaves the rest unknown.
        Assert.All(results, r => Assert.Equal((CodeMembership.Member, CodeMembership.NotCheckable), (r.Item1.Membership, r.Item2.Membership)));
    }
}
