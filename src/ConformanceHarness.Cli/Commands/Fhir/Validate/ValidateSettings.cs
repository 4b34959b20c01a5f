namespace ConformanceHarness.Cli.Commands.Fhir.Validate;

/// <summary>What <c>harness fhir validate</c> was asked to do, as given on the command line.</summary>
public sealed record ValidateSettings(IReadOnlyList<string> Paths, IReadOnlyList<string> Profiles, IReadOnlyList<string> Packs, string Format,
    IReadOnlyList<string>? Requirements = null)
{
    public const string TextFormat = "text";
    public const string JsonFormat = "json";
    public const string OperationOutcomeFormat = "operationoutcome";
}
