using System.CommandLine;
using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Cli.Commands.Dicom.Validate;

/// <summary>
/// <c>harness dicom validate</c>: the pack (built-in name or folder) under a contributor profile, over every DICOM file
/// of the paths (folders recursively, in ordinal path order; other files in folders are skipped with a note; a file
/// given by name is always validated, so a broken one is a finding). Exit 0 when no finding is an error, 1 when one is,
/// 2 when a path is missing or the pack or profile cannot be used.
/// </summary>
public sealed class DicomValidateCommand(DicomValidateSettings settings, InvocationConfiguration io)
{
    private const string Command = "dicom validate";

    public int Execute()
    {
        try
        {
            var engine = CreateEngine();
            var files = CollectFiles();
            var result = engine.Validate(files);
            if (settings.WithDciodvfy) result = DciodvfySource.Add(result);
            var tallies = RequirementTally.Of(result, engine);
            using (var output = new BufferedOutput(io.Output))
            {
                if (settings.Format == DicomValidateSettings.JsonFormat) DicomVerdictJsonWriter.Write(output, engine, result, tallies);
                else DicomVerdictTextWriter.Write(output, engine, result, tallies);
            }
            return result.IsValid ? ExitCodes.Success : ExitCodes.ConformanceFailures;
        }
        catch (HarnessError error)
        {
            HarnessError.Report(io.Error, error.Message);
            return ExitCodes.HarnessError;
        }
    }

    private DicomConformanceEngine CreateEngine()
    {
        var folder = PackLocator.Locate(settings.Pack, Command);
        try
        {
            return new DicomConformanceEngine(DicomRulePack.Load(folder), settings.Profile);
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new HarnessError($"{Command}: pack {folder}: {error.Message}", error);
        }
        catch (ArgumentException error)
        {
            throw new HarnessError($"{Command}: {error.Message.Split(" (Parameter", 2)[0]}", error);
        }
    }

    private List<string> CollectFiles()
    {
        var files = new List<string>();
        foreach (var path in settings.Paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (!Directory.Exists(path)) throw new HarnessError($"{Command}: {path}: no such file or directory");
            else
                foreach (var file in DicomInput.FilesUnder(path))
                {
                    if (DicomSniffer.LooksLikeDicom(file)) files.Add(file);
                    else io.Error.WriteLine($"harness: note: {file}: {DicomInput.NotDicom}, skipped");
                }
        }
        return files;
    }
}
