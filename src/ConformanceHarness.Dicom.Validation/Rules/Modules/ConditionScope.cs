namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// Where a 1C/2C condition is evaluated: <see cref="Item"/>, the data set holding the attribute (the instance or a
/// sequence item), the instance's SOP Class UID (<see cref="SopClass"/>, empty when absent) and its file meta
/// information (<see cref="FileMeta"/>, empty for a data set received over the network).
/// </summary>
public readonly record struct ConditionScope(DicomDataset Item, string SopClass, DicomDataset FileMeta)
{
    public ConditionScope InItem(DicomDataset item) => this with { Item = item };
}
