using System.Runtime.CompilerServices;
using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// A rule over every item of an instance: the file meta information (encoded Explicit VR Little Endian, PS3.10 §7.1),
/// then the data set, each sequence's items in order and depth first. One pass, no per-element allocation but the
/// findings; a rule sees each item with the <see cref="ElementScope"/> of the data set that holds it.
/// </summary>
public abstract class ElementRule : IInstanceRule
{
    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        var findings = new List<DicomFinding>();
        Walk(new ElementScope(instance.FileMetaInformation, TagPath.Root, TransferSyntax.ExplicitVRLittleEndian), findings);
        Walk(new ElementScope(instance.Dataset, TagPath.Root, instance.File.TransferSyntax), findings);
        return findings;
    }

    /// <summary>Adds what is wrong with <paramref name="item"/> (held by <paramref name="scope"/>'s data set) to <paramref name="findings"/>.</summary>
    protected abstract void CheckItem(DicomItem item, ElementScope scope, List<DicomFinding> findings);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Walk(ElementScope scope, List<DicomFinding> findings)
    {
        foreach (var item in scope.Dataset)
        {
            CheckItem(item, scope, findings);
            if (item is not DicomSequence sequence) continue;
            var sequencePath = TagPath.Of(scope.Path, sequence.Tag);
            for (var i = 0; i < sequence.Items.Count; i++)
                Walk(new ElementScope(sequence.Items[i], TagPath.Item(sequencePath, i), scope.TransferSyntax), findings);
        }
    }
}
