using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.Fhir.Core;

/// <summary><c>harness fhir core</c>: the FHIR R4 core package <c>hl7.fhir.r4.core#4.0.1</c>.</summary>
public static class CoreCommandDefinition
{
    public static Command Create() =>
        new("core", "The FHIR R4 core package hl7.fhir.r4.core#4.0.1")
        {
            CoreBuildCommandDefinition.Create(),
        };
}
