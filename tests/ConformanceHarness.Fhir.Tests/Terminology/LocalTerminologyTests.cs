using ConformanceHarness.Fhir.Terminology;
using static ConformanceHarness.Fhir.Tests.Terminology.SyntheticTerminology;

namespace ConformanceHarness.Fhir.Tests.Terminology;

/// <summary>Expansion of synthetic value sets: every expected set is written out from the hierarchy in <see cref="SyntheticTerminology"/>.</summary>
public sealed class LocalTerminologyTests
{
    private static readonly LocalTerminology Terminology = Create();

    [Theory]
    [InlineData("is-a", "cross-sectional ct mr pet")]
    [InlineData("descendent-of", "radiography mammography cross-sectional ct mr pet us")]
    [InlineData("parent", "radiography cross-sectional us")]
    [InlineData("retired", "other")]
    [InlineData("regex", "mammography mr")]
    [InlineData("in", "ct mr")]
    [InlineData("exclude", "imaging cross-sectional ct mr pet us")]
    [InlineData("import-intersect", "radiography mammography cross-sectional ct mr pet us")]
    public void Expand_SyntheticModalityValueSet_HasExactlyTheExpectedCodes(string valueSet, string expected)
    {
        var expansion = Terminology.Expand(Vs(valueSet));

        Assert.NotNull(expansion);
        Assert.True(expansion.IsComplete, expansion.UnknownAll);
        Assert.Equal(expected.Split(' ').Order(), expansion.CodesOf(Modality).Order());
        Assert.Equal(expected.Split(' ').Length, expansion.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task CheckCodeAsync_ColdValueSet_AnswersLikeTheSynchronousCheck()
    {
        var terminology = Create();

        var result = await terminology.CheckCodeAsync(Vs("descendent-of"), Modality, "imaging", TestContext.Current.CancellationToken);

        Assert.Equal(CodeMembership.NotMember, result.Membership);
        Assert.Equal(CodeMembership.Member, (await terminology.CheckCodeAsync(Vs("descendent-of"), Modality, "us", TestContext.Current.CancellationToken)).Membership);
    }

    [Fact]
    public void Expand_IsAOverAParentLoop_TerminatesWithBothCodes() =>
        Assert.Equal(["p", "q"], Terminology.Expand(Vs("loop"))!.CodesOf(Loop).Order());

    [Fact]
    public void Expand_ImportPlusConcept_UnitesBothSystems()
    {
        var expansion = Terminology.Expand(Vs("import"))!;

        Assert.Equal(["cross-sectional", "ct", "mr", "pet"], expansion.CodesOf(Modality).Order());
        Assert.Equal(["ABC"], expansion.CodesOf(Letters));
    }

    [Theory]
    [InlineData("abc", CodeMembership.Member)]
    [InlineData("Def", CodeMembership.Member)]
    [InlineData("GHI", CodeMembership.NotMember)]
    public void CheckCode_CaseInsensitiveCodeSystem_IgnoresCase(string code, CodeMembership expected) =>
        Assert.Equal(expected, Terminology.CheckCode(Vs("letters"), Letters, code).Membership);

    [Theory]
    [InlineData("ct", CodeMembership.Member)]
    [InlineData("CT", CodeMembership.NotMember)]
    public void CheckCode_CaseSensitiveCodeSystem_RespectsCase(string code, CodeMembership expected) =>
        Assert.Equal(expected, Terminology.CheckCode(Vs("is-a"), Modality, code).Membership);

    [Fact]
    public void CheckCode_ImportCycle_IsNotCheckableAndNamesTheCycle()
    {
        var result = Terminology.CheckCode(Vs("cycle-a"), Modality, "mr");

        Assert.Equal(CodeMembership.NotCheckable, result.Membership);
        Assert.Contains($"import cycle: {Vs("cycle-a")} -> {Vs("cycle-b")} -> {Vs("cycle-a")}", result.Reason);
        Assert.Equal(CodeMembership.Member, Terminology.CheckCode(Vs("cycle-a"), Modality, "ct").Membership);
    }

    [Fact]
    public void CheckCode_MissingImport_IsNotCheckable()
    {
        var result = Terminology.CheckCode(Vs("import-missing"), Modality, "ct");

        Assert.Equal(CodeMembership.NotCheckable, result.Membership);
        Assert.Equal($"imported value set '{Vs("nowhere")}' was not found", result.Reason);
    }

    [Theory]
    [InlineData("fragment", Fragment, "x", "is not complete locally (content 'fragment')")]
    [InlineData("exists", Modality, "ct", "filter 'concept exists true' is not supported")]
    [InlineData("bad-regex", Modality, "ct", "regex filter '[unclosed' could not be evaluated")]
    [InlineData("unknown-anchor", Modality, "ct", "filter value 'nuclear' is not a code of code system")]
    [InlineData("mixed", "http://snomed.info/sct", "22298006", "code system 'http://snomed.info/sct' is not complete locally (content 'not-present')")]
    [InlineData("exclude-unknown-filter", Modality, "ct", "exclude not checkable: filter 'concept generalizes ct' is not supported")]
    public void CheckCode_UnenumerableContent_IsNotCheckableWithTheReason(string valueSet, string system, string code, string reason)
    {
        var result = Terminology.CheckCode(Vs(valueSet), system, code);

        Assert.Equal(CodeMembership.NotCheckable, result.Membership);
        Assert.Contains(reason, result.Reason);
    }

    [Theory]
    [InlineData("mixed", Modality, "ct", CodeMembership.Member)]
    [InlineData("mixed", Modality, "mr", CodeMembership.NotMember)]
    [InlineData("mixed", "http://loinc.org", "1234-5", CodeMembership.NotMember)]
    [InlineData("other-version", Modality, "ct", CodeMembership.Member)]
    [InlineData("other-version", Modality, "CT", CodeMembership.NotMember)]
    [InlineData("listed-abstract", "http://terminology.hl7.org/CodeSystem/v3-ActCode", "_ActAccountCode", CodeMembership.Member)]
    [InlineData("fragment-listed", Fragment, "x", CodeMembership.Member)]
    [InlineData("fragment-listed", Fragment, "y", CodeMembership.NotMember)]
    [InlineData("exclude-external", Modality, "ct", CodeMembership.Member)]
    [InlineData("exclude-external", Modality, "mr", CodeMembership.NotMember)]
    [InlineData("stored", Letters, "def", CodeMembership.Member)]
    [InlineData("stored", Letters, "ABC", CodeMembership.NotMember)]
    public void CheckCode_PartlyExternalOrListed_DecidesWhatIsLocal(string valueSet, string system, string code, CodeMembership expected) =>
        Assert.Equal(expected, Terminology.CheckCode(Vs(valueSet), system, code).Membership);

    [Theory]
    [InlineData("|2.0", CodeMembership.Member)]
    [InlineData("|1.0", CodeMembership.Member)]
    [InlineData("", CodeMembership.Member)]
    public void CheckCode_VersionedCanonical_FallsBackToTheLocalVersion(string suffix, CodeMembership expected) =>
        Assert.Equal(expected, Terminology.CheckCode(Vs("versioned") + suffix, Modality, "ct").Membership);

    [Fact]
    public void CheckCode_ExpansionOverTheLimit_IsNotCheckable()
    {
        var small = Create(new TerminologyOptions { MaxExpansionSize = 3 });

        var result = small.CheckCode(Vs("is-a"), Modality, "ct");

        Assert.Equal(CodeMembership.NotCheckable, result.Membership);
        Assert.Equal($"the expansion of value set '{Vs("is-a")}' exceeds 3 codes", result.Reason);
    }

    [Fact]
    public void CheckCode_SystemlessCode_MatchesAnySystemOfTheValueSet()
    {
        Assert.Equal(CodeMembership.Member, Terminology.CheckCode(Vs("import"), null, "abc").Membership);
        Assert.Equal(CodeMembership.NotMember, Terminology.CheckCode(Vs("import"), null, "us").Membership);
        Assert.Equal(CodeMembership.NotCheckable, Terminology.CheckCode(Vs("mixed"), null, "mr").Membership);
    }
}
