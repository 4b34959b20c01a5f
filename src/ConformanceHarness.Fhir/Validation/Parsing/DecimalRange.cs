using System.Text.RegularExpressions;
using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Validation.Parsing;

/// <summary>
/// R4 decimals may be as large as their literal says (<c>-1.000000000000000000E+245</c> is one of HL7's own
/// examples), while the SDK holds them in a .NET decimal and calls a larger one "not the right type of literal". That is
/// the harness's limit, not the instance's fault: a literal the R4 decimal regex accepts becomes a not-supported warning.
/// </summary>
public static partial class DecimalRange
{
    public const string RuleId = "decimal-range";

    public static Finding Triage(Finding finding)
    {
        if (finding.RuleId != $"{ResourceParser.RuleId}:PVAL123" || SdkMessage().Match(finding.Message) is not { Success: true } match) return finding;
        var literal = match.Groups["literal"].Value;
        if (!R4Decimal().IsMatch(literal)) return finding;
        return finding with
        {
            Severity = FindingSeverity.Warning, Code = "not-supported", RuleId = RuleId,
            Message = $"'{literal}' is a valid R4 decimal, but beyond the range this validator can hold, so it was not checked further",
        };
    }

    [GeneratedRegex("^string '(?<literal>[^']*)' is not the right type of literal for a decimal")]
    private static partial Regex SdkMessage();

    /// <summary>The decimal regex of the R4 definition of <c>decimal</c>.</summary>
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex R4Decimal();
}
