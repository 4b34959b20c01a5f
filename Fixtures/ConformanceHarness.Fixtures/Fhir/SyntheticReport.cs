using System.Text.Json.Serialization;

using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Practitioners;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// One version of the radiologist's report on a study. Versions share <see cref="ReportNumber"/> (the filler report
/// number, the identity a contribution updates); the life cycle is <see cref="Finalize"/> (preliminary → final),
/// then <see cref="Amend"/> or <see cref="Correct"/>. <see cref="Addendum"/> is not a version but a new report
/// (number suffixed <c>-A1</c>, <c>-A2</c> …) pointing at this one, as <c>ext-di-addendum-of</c> says.
/// Every step is a new immutable object; times follow the study's, so no draw is made after <c>study.Report()</c>.
/// </summary>
public sealed class SyntheticReport
{
    internal SyntheticReport(SyntheticStudy study, Practitioner interpreter, string reportNumber, ReportStatus status,
        DateTime issued, ReportText text, SyntheticReport? addendumOf = null)
    {
        (Study, Interpreter, ReportNumber, Status, Issued, Text, AddendumOf) = (study, interpreter, reportNumber, status, issued, text, addendumOf);
    }

    [JsonIgnore]
    public SyntheticStudy Study { get; }

    /// <summary>The radiologist who reads the study: the report's results interpreter, at the performing facility.</summary>
    public Practitioner Interpreter { get; }

    public string ReportNumber { get; }

    public ReportStatus Status { get; }

    /// <summary>When this version was issued (local time).</summary>
    public DateTime Issued { get; }

    public ReportText Text { get; }

    /// <summary>The report this one is an addendum to; null for an ordinary report.</summary>
    [JsonIgnore]
    public SyntheticReport? AddendumOf { get; }

    /// <summary>The final version, two hours after the preliminary one.</summary>
    /// <exception cref="InvalidOperationException">The report is not preliminary.</exception>
    public SyntheticReport Finalize() => Next(ReportStatus.Final, [ReportStatus.Preliminary], TimeSpan.FromHours(2), Text);

    /// <summary>An amended version (new information added to a final report), a day later.</summary>
    /// <exception cref="InvalidOperationException">The report is still preliminary.</exception>
    public SyntheticReport Amend(string amendment) =>
        Next(ReportStatus.Amended, Released, TimeSpan.FromDays(1), Text with { Findings = $"{Text.Findings} Amendment: {amendment}" });

    /// <summary>A corrected version (an error of the released report fixed), a day later.</summary>
    /// <exception cref="InvalidOperationException">The report is still preliminary.</exception>
    public SyntheticReport Correct(string correctedConclusion) =>
        Next(ReportStatus.Corrected, Released, TimeSpan.FromDays(1), Text with { Conclusion = correctedConclusion });

    /// <summary>A final addendum to this released report, two days later, with its own number.</summary>
    /// <exception cref="InvalidOperationException">The report is still preliminary.</exception>
    public SyntheticReport Addendum(string addendum)
    {
        Require(Released, "an addendum");
        var text = new ReportText($"Addendum to report {ReportNumber}: {addendum}", addendum);
        return new(Study, Interpreter, $"{ReportNumber}-A{AddendumDepth + 1}", ReportStatus.Final, Issued.AddDays(2), text, this);
    }

    private static readonly ReportStatus[] Released = [ReportStatus.Final, ReportStatus.Amended, ReportStatus.Corrected];

    private int AddendumDepth => AddendumOf is null ? 0 : AddendumOf.AddendumDepth + 1;

    private SyntheticReport Next(ReportStatus status, ReportStatus[] from, TimeSpan after, ReportText text)
    {
        Require(from, $"a {status.Code()} version");
        return new(Study, Interpreter, ReportNumber, status, Issued + after, text, AddendumOf);
    }

    private void Require(ReportStatus[] from, string what)
    {
        if (!from.Contains(Status))
            throw new InvalidOperationException($"report {ReportNumber} is {Status.Code()}: {what} needs one that is {string.Join(" or ", from.Select(s => s.Code()))}");
    }
}
