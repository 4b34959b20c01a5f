namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A PDU whose bytes do not fit the structure of PS3.8 §9.3; names the PDU, field and offset.</summary>
/// <remarks>The state machine turns this into an A-ABORT (PS3.8 Table 9-26, source service-provider).</remarks>
public sealed class PduFormatException(string pdu, string field, int offset, string message)
    : Exception($"{pdu}: field '{field}' at offset {offset} {message}")
{
    /// <summary>The PDU's name as the standard writes it, e.g. "A-ASSOCIATE-RJ".</summary>
    public string Pdu { get; } = pdu;

    /// <summary>The field that could not be read, e.g. "Reason".</summary>
    public string Field { get; } = field;

    /// <summary>The field's offset from the first byte of the PDU.</summary>
    public int Offset { get; } = offset;
}
