using System.CommandLine;
using System.Text.Json;

using ConformanceHarness.Fixtures;
using ConformanceHarness.Fixtures.Mutations;

namespace ConformanceHarness.Cli.Commands.Generate;

/// <summary>
/// <c>harness generate</c>: a <see cref="SyntheticWorld"/> from the seed; for each patient, studies of the modalities in
/// turn, each written with its FHIR documents under <c>patients/NNNN/</c>; the requested mutations of the mutation base
/// under <c>mutations/&lt;name&gt;/</c>; then <c>manifest.json</c>. Exit 0, or 2 when the options or the folder cannot be used.
/// </summary>
public sealed class GenerateCommand(GenerateSettings settings, InvocationConfiguration io)
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // names with accents stay readable
    };

    /// <summary>Reads the options (a bad one is reported as a harness error, exit 2) and generates.</summary>
    public static int Execute(ParseResult parseResult)
    {
        try
        {
            return new GenerateCommand(GenerateOptionReader.Read(parseResult), parseResult.InvocationConfiguration).Execute();
        }
        catch (HarnessError error)
        {
            return HarnessError.Report(parseResult.InvocationConfiguration.Error, error.Message);
        }
    }

    public int Execute()
    {
        try
        {
            var root = OutputFolder.Prepare(settings.Out);
            var writer = new ArtifactWriter(root);
            var world = SyntheticWorld.Create(settings.Seed);
            var patients = new List<ManifestPatient>();
            GenerateProgress.Run(io.Output, settings, advance => patients.AddRange(PatientsOf(world, writer, advance)));
            var mutationBase = new Lazy<ArtifactSet>(() => MutationBase.Create(settings.Seed));
            var mutations = settings.Mutations.Select(name => WriteMutation(writer, mutationBase.Value, MutationCatalogue.Get(name))).ToList();
            var manifest = new GenerationManifest("ConformanceHarness generate", settings.Seed, OptionsOf(settings), patients, mutations);
            File.WriteAllText(Path.Combine(root, "manifest.json"), JsonSerializer.Serialize(manifest, ManifestJson) + "\n");
            io.Output.WriteLine($"generated {patients.Count} patients, {settings.StudyCount} studies, {patients.Sum(p => p.Studies.Sum(s => s.Dicom.Count))} DICOM files, " +
                $"{patients.Sum(p => p.Studies.Sum(s => s.Fhir.Count))} FHIR documents and {mutations.Count} mutations into {settings.Out} (manifest.json)");
            return ExitCodes.Success;
        }
        catch (HarnessError error)
        {
            return HarnessError.Report(io.Error, error.Message);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return HarnessError.Report(io.Error, $"generate: cannot write {settings.Out}: {error.Message}");
        }
    }

    private IEnumerable<ManifestPatient> PatientsOf(SyntheticWorld world, ArtifactWriter writer, Action advance)
    {
        for (var p = 0; p < settings.Patients; p++)
        {
            var patient = world.NewPatient();
            var studies = new List<ManifestStudy>();
            for (var s = 0; s < settings.StudiesPerPatient; s++)
            {
                studies.Add(GeneratedStudy.Write(writer, $"patients/{p + 1:D4}", patient, settings, settings.ModalityOf(p * settings.StudiesPerPatient + s)));
                advance();
            }
            var demographics = patient.Demographics;
            yield return new ManifestPatient(demographics.Name.ToString(), demographics.Sex.ToString(), demographics.BirthDate.ToString("yyyy-MM-dd"),
                demographics.HealthCard.HealthNumber, demographics.HealthCard.VersionCode, studies);
        }
    }

    private ManifestMutation WriteMutation(ArtifactWriter writer, ArtifactSet mutationBase, Mutation mutation)
    {
        var (dicom, fhir) = writer.Write($"mutations/{mutation.Name}", mutation.Apply(mutationBase), "");
        return new ManifestMutation(mutation.Name, mutation.Violates, mutation.Channel.ToString(), mutation.Description, dicom, fhir);
    }

    private static GenerationOptions OptionsOf(GenerateSettings s) =>
        new(s.Patients, s.StudiesPerPatient, s.Modalities, s.Series, s.InstancesPerSeries, s.WithPixels);
}
