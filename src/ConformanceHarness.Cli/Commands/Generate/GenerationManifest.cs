namespace ConformanceHarness.Cli.Commands.Generate;

/// <summary>
/// <c>manifest.json</c> of a generated folder: the options and seed that reproduce it, every patient with their studies
/// and the files that carry each (paths relative to the folder, '/'-separated), and every mutated variant with the
/// requirement it violates.
/// </summary>
internal sealed record GenerationManifest(string Generator, int Seed, GenerationOptions Options, List<ManifestPatient> Patients, List<ManifestMutation> Mutations);

internal sealed record GenerationOptions(int Patients, int StudiesPerPatient, IReadOnlyList<string> Modalities, int Series, int InstancesPerSeries, bool Pixels);

internal sealed record ManifestPatient(string Name, string Sex, string BirthDate, string HealthCardNumber, string VersionCode, List<ManifestStudy> Studies);

/// <summary>One order and what fulfils it: the study (DICOM), and its FHIR documents (order, manifest, report bundles).</summary>
internal sealed record ManifestStudy(
    string Facility, string PatientId, string IssuerOfPatientId, string AccessionNumber, string AccessionIssuer, string Procedure, string Modality,
    string StudyInstanceUid, int Series, int Instances, IReadOnlyList<string> Dicom, IReadOnlyList<ManifestDocument> Fhir);

internal sealed record ManifestDocument(string Name, string Pack, string Path);

/// <summary>A broken copy of the mutation base: what was changed, the requirement it violates and the files it wrote.</summary>
internal sealed record ManifestMutation(string Mutation, string Violates, string Channel, string Description, IReadOnlyList<string> Dicom, IReadOnlyList<ManifestDocument> Fhir);
