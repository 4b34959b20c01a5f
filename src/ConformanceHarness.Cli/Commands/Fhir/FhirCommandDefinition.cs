using System.CommandLine;
using ConformanceHarness.Cli.Commands.Fhir.Core;
using ConformanceHarness.Cli.Commands.Fhir.Validate;

namespace ConformanceHarness.Cli.Commands.Fhir;

/// <summary><c>harness fhir</c>: FHIR validation and the definitions it validates against.</summary>
public static class FhirCommandDefinition
{
    public static Command Create() =>
        new("fhir", "FHIR R4: validate resources; build the core package the validator and the FSH tooling use")
        {
            ValidateCommandDefinition.Create(),
            CoreCommandDefinition.Create(),
        };
}
