using System.CommandLine;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Cli.Commands.Fhir.Validate;

/// <summary>
/// <c>harness fhir validate</c>: expands the paths, sets up the validator (packs, profiles), validates each file and
/// writes every verdict in the format asked for. Text that is not a FHIR resource is a fatal finding of its file. A file
/// that cannot be read, or a validator failure on one (a harness bug), is a <c>harness: error:</c> line and the others
/// go on. Exit code: 2 when a file could not be validated, else 1 when any file has an error finding, else 0.
/// </summary>
public sealed class ValidateCommand(ValidateSettings settings, InvocationConfiguration io)
{
    public int Execute()
    {
        var files = ValidationInputs.Expand(settings.Paths);
        if (files.Count == 0) throw new HarnessError($"fhir validate: no *.json or *.xml file in {string.Join(", ", settings.Paths)}");
        var validator = ValidatorSetup.Create(settings, io.Error);
        var verdicts = new List<FileVerdict>(files.Count);
        foreach (var file in files)
            if (TryValidate(validator, file) is { } verdict) verdicts.Add(verdict);
        Write(verdicts);
        io.Output.Flush();
        return verdicts.Count < files.Count ? ExitCodes.HarnessError
            : verdicts.Exists(v => !v.Report.IsValid) ? ExitCodes.ConformanceFailures
            : ExitCodes.Success;
    }

    private FileVerdict? TryValidate(FhirValidator validator, string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            HarnessError.Report(io.Error, $"{file}: {(error is UnauthorizedAccessException ? "permission denied" : error.Message)}");
            return null;
        }
        try
        {
            return new(file, validator.Validate(text, profiles: settings.Profiles));
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Findings never throw; an exception here is a harness bug, reported without a stack trace.
            HarnessError.Report(io.Error, $"{file}: the validator failed ({error.GetType().Name}: {error.Message})");
            return null;
        }
    }

    private void Write(IReadOnlyList<FileVerdict> verdicts)
    {
        switch (settings.Format)
        {
            case ValidateSettings.JsonFormat: VerdictJsonWriter.Write(verdicts, io.Output); break;
            case ValidateSettings.OperationOutcomeFormat: VerdictOutcomeWriter.Write(verdicts, io.Output); break;
            default: VerdictTextWriter.Write(verdicts, io.Output); break;
        }
    }
}
