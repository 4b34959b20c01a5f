using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Cli.Commands.Fhir.Validate;

/// <summary>The validation report of one file, named as it was found (the path given, or the folder joined with the file).</summary>
public sealed record FileVerdict(string File, ValidationReport Report);
