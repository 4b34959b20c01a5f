namespace ConformanceHarness.Cli.Commands.Generate;

/// <summary>What <c>harness generate</c> was asked to produce, as given on the command line.</summary>
/// <param name="Mutations">Names of the mutations to write beside the clean data (<c>all</c> expanded); empty for none.</param>
public sealed record GenerateSettings(
    int Patients,
    int StudiesPerPatient,
    int Seed,
    string Out,
    IReadOnlyList<string> Modalities,
    int Series,
    int InstancesPerSeries,
    bool WithPixels,
    IReadOnlyList<string> Mutations,
    bool NoProgress)
{
    /// <summary>Every modality the generator offers, in the order studies take them by default.</summary>
    public static readonly IReadOnlyList<string> AllModalities = ["CT", "MR", "CR", "DX", "US", "MG", "SC"];

    public int StudyCount => Patients * StudiesPerPatient;

    /// <summary>The modality of the <paramref name="index"/>-th study: the list is taken in turn, so every one is used.</summary>
    public string ModalityOf(int index) => Modalities[index % Modalities.Count];
}
