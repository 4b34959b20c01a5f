using ConformanceHarness.Cli.Commands.Dicom.Dump;
using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Find;

/// <summary>
/// A C-FIND match as text: one <c>Keyword = value</c> line per attribute in tag order (the tag when it has no keyword),
/// text decoded with the identifier's character set, binary values as dcmdump shows them, sequence items indented.
/// </summary>
public static class MatchText
{
    private static readonly DumpValueFormatter Binary = new(maxLength: null);

    public static void Write(TextWriter output, DicomDataset dataset, string indent = "")
    {
        foreach (var item in dataset)
        {
            if (item.Tag.IsGroupLength) continue;
            var name = DicomDictionary.Lookup(item.Tag) is { Keyword.Length: > 0 } entry ? entry.Keyword : item.Tag.ToString();
            switch (item)
            {
                case DicomSequence sequence:
                    output.WriteLine($"{indent}{name} = ({sequence.Items.Count} item{(sequence.Items.Count == 1 ? "" : "s")})");
                    for (var index = 0; index < sequence.Items.Count; index++)
                    {
                        output.WriteLine($"{indent}  item {index + 1}:");
                        Write(output, sequence.Items[index], indent + "    ");
                    }
                    break;
                case DicomElement element:
                    output.WriteLine($"{indent}{name} = {Value(dataset, element)}");
                    break;
                default:
                    output.WriteLine($"{indent}{name} = (encapsulated)");
                    break;
            }
        }
    }

    private static string Value(DicomDataset dataset, DicomElement element) =>
        element.Length == 0 ? "" : element.VR.IsString ? dataset.GetString(element.Tag) : Binary.Format(dataset, element);
}
