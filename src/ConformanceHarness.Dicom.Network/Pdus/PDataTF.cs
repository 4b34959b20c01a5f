namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>P-DATA-TF: one or more presentation-data-value items.</summary>
/// <remarks>PS3.8 §9.3.5, Table 9-22.</remarks>
public sealed record PDataTF(ValueList<PresentationDataValue> Values) : Pdu
{
    public override PduType Type => PduType.PDataTF;

    public static PDataTF Read(PduReader reader)
    {
        if (reader.Remaining == 0) throw reader.Error("Presentation-data-value-item", "is missing; at least one is required");
        var values = new List<PresentationDataValue>();
        while (reader.Remaining > 0) values.Add(PresentationDataValue.Read(reader));
        return new PDataTF([.. values]);
    }

    public override void Write(PduWriter writer)
    {
        foreach (var value in Values) value.Write(writer);
    }
}
