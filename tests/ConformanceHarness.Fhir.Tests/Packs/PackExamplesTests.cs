using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Requirements;
using ConformanceHarness.Requirements;
using ConformanceHarness.Fhir.Terminology;

namespace ConformanceHarness.Fhir.Tests.Packs;

/// <summary>
/// Every example of every built-in pack: a valid one has no error and no warning but the two the packs cannot avoid
/// (dom-6, a narrative best practice; a binding to a value set not available here, e.g. all of LOINC); an invalid one
/// has exactly one finding of warning or above, and it cites the requirement its file name starts with.
/// </summary>
public sealed class PackExamplesTests
{
    public static TheoryData<string, string> ValidExamples() => Examples("valid");

    public static TheoryData<string, string> InvalidExamples() => Examples("invalid");

    private static TheoryData<string, string> Examples(string kind)
    {
        var data = new TheoryData<string, string>();
        foreach (var pack in BuiltInPack.Names)
            foreach (var file in BuiltInPack.Examples(pack, kind)) data.Add(pack, file);
        return data;
    }

    /// <summary>What a valid example may still be told: not a defect of the example, nor checkable here.</summary>
    public static bool IsUnavoidable(Finding f) =>
        f.Severity < FindingSeverity.Warning || f.RuleId == "dom-6" || (f.RuleId == BindingValidator.RuleId && f.Code == BindingValidator.NotFound);

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void ValidExample_ValidatesClean(string pack, string file)
    {
        var built = BuiltInPack.Get(pack);
        var report = built.Validator.Validate(File.ReadAllText(built.ExamplePath("valid", file)));

        var issues = report.Findings.Where(f => !IsUnavoidable(f)).ToList();
        Assert.True(issues.Count == 0, $"{pack}/examples/valid/{file}:{Environment.NewLine}{string.Join(Environment.NewLine, issues)}");
    }

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public void InvalidExample_YieldsExactlyItsRequirement(string pack, string file)
    {
        var built = BuiltInPack.Get(pack);
        var requirement = BuiltInPack.RequirementOf(file);
        Assert.Contains(built.Catalogue.Requirements, r => r.Id == requirement);

        var report = built.Validator.Validate(File.ReadAllText(built.ExamplePath("invalid", file)));

        var issues = report.Findings.Where(f => !IsUnavoidable(f)).ToList();
        Assert.True(issues.Count == 1 && issues[0].Requirement?.Id == requirement,
            $"{pack}/examples/invalid/{file}: expected one finding citing {requirement}, found {issues.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, issues)}");
    }
}
