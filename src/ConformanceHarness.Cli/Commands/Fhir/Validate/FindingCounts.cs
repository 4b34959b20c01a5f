using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Cli.Commands.Fhir.Validate;

/// <summary>Findings counted by severity; fatal ones count as errors. <see cref="Zero"/> is the identity of <see cref="Add"/>.</summary>
public readonly record struct FindingCounts(int Errors, int Warnings, int Information)
{
    public static readonly FindingCounts Zero = new(0, 0, 0);

    public static FindingCounts Of(ValidationReport report)
    {
        var (errors, warnings, information) = (0, 0, 0);
        foreach (var finding in report.Findings)
        {
            if (finding.IsError) errors++;
            else if (finding.Severity == FindingSeverity.Warning) warnings++;
            else information++;
        }
        return new(errors, warnings, information);
    }

    public FindingCounts Add(FindingCounts other) => new(Errors + other.Errors, Warnings + other.Warnings, Information + other.Information);

    public override string ToString() => $"{Errors} errors, {Warnings} warnings, {Information} information";
}
