namespace ConformanceHarness.Dicom.Tests.Helpers;

/// <summary>Random data sets of public string, numeric and sequence elements, nested up to three levels.</summary>
public static class RandomDatasets
{
    private static readonly DicomTag[] Texts = [DicomTags.AccessionNumber, DicomTags.StudyDescription, DicomTags.PatientID, DicomTags.PatientName];
    private static readonly DicomTag[] Sequences = [DicomTags.ReferencedSeriesSequence, DicomTags.ReferencedImageSequence, DicomTags.RequestAttributesSequence];

    public static DicomDataset Create(Random random, int depth)
    {
        var dataset = new DicomDataset();
        foreach (var tag in Texts.Where(_ => random.Next(3) > 0)) dataset.AddOrUpdate(tag, Text(random, 1 + random.Next(15)));
        if (random.Next(2) == 0) dataset.AddOrUpdate(DicomTags.Rows, (ushort)random.Next(ushort.MaxValue));
        if (random.Next(2) == 0) dataset.AddOrUpdate(DicomTags.InstanceNumber, random.Next(-99999, 99999));
        if (depth >= 3) return dataset;
        foreach (var tag in Sequences.Where(_ => random.Next(3) == 0))
        {
            dataset.AddOrUpdate(new DicomSequence(tag, Enumerable.Range(0, random.Next(4)).Select(_ => Create(random, depth + 1)))
            {
                IsUndefinedLength = random.Next(2) == 0,
                ItemsUndefinedLength = random.Next(2) == 0,
            });
        }
        return dataset;
    }

    private static string Text(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next('A', 'Z' + 1))]);
}
