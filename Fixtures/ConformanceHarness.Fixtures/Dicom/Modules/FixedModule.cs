using System.Globalization;

using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>
/// A module whose attributes are the same in every synthetic image: a table of tags and values (a registry as data).
/// An empty value list is a Type 2 attribute present without a value; for an SQ tag it is an empty sequence. Values of
/// binary VRs (US, SS, FL…) are written as the numbers their text denotes.
/// </summary>
/// <param name="Name">The module's PS3.3 name and section, for messages and docs.</param>
internal sealed class FixedModule(string name, params (DicomTag Tag, string[] Values)[] attributes) : IIodModule
{
    public string Name { get; } = name;

    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        foreach (var (tag, values) in attributes)
        {
            var vr = DicomDictionary.Lookup(tag)?.ValueRepresentations.FirstOrDefault() ?? DicomVR.UN;
            if (vr == DicomVR.SQ) dataset.AddEmptySequence(tag);
            else if (vr.IsString) dataset.AddOrUpdate(vr, tag, values);
            else dataset.AddOrUpdate(vr, tag, [.. values.Select(v => double.Parse(v, CultureInfo.InvariantCulture))]);
        }
    }

    public override string ToString() => Name;
}
