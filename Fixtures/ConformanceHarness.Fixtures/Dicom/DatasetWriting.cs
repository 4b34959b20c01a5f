using System.Globalization;

using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>Small helpers the modules share: DA/TM text and sequence items that see the data set's character set.</summary>
internal static class DatasetWriting
{
    public static string Da(DateTime value) => value.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Da(DateOnly value) => value.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Tm(DateTime value) => value.ToString("HHmmss", CultureInfo.InvariantCulture);

    public static string Is(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Sets the sequence <paramref name="tag"/> to one new item and returns it (every synthetic sequence has one item;
    /// writing again replaces it). The sequence is attached first, so values then written into the item are encoded in
    /// the parent's Specific Character Set.
    /// </summary>
    public static DicomDataset AddItem(this DicomDataset dataset, DicomTag tag)
    {
        var item = new DicomDataset();
        dataset.AddOrUpdate(new DicomSequence(tag, item));
        return item;
    }

    /// <summary>An empty sequence: a Type 2 SQ present with no items.</summary>
    public static DicomDataset AddEmptySequence(this DicomDataset dataset, DicomTag tag) => dataset.AddOrUpdate(new DicomSequence(tag));

    /// <summary>An item of the Code Sequence Macro (PS3.3 Table 8.8-1): value, scheme designator, meaning.</summary>
    public static DicomDataset AddCode(this DicomDataset dataset, DicomTag sequence, string value, string scheme, string meaning)
    {
        var item = dataset.AddItem(sequence);
        item.AddOrUpdate(DicomTags.CodeValue, value);
        item.AddOrUpdate(DicomTags.CodingSchemeDesignator, scheme);
        item.AddOrUpdate(DicomTags.CodeMeaning, meaning);
        return item;
    }

    /// <summary>The HL7v2 Hierarchic Designator Macro (PS3.3 Table 10-17) with a URI as the universal entity.</summary>
    public static void AddHierarchicDesignator(this DicomDataset item, string? localNamespace, string uri)
    {
        if (localNamespace is not null) item.AddOrUpdate(DicomTags.LocalNamespaceEntityID, localNamespace);
        item.AddOrUpdate(DicomTags.UniversalEntityID, uri);
        item.AddOrUpdate(DicomTags.UniversalEntityIDType, "URI");
    }
}
