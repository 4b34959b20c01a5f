namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A presentation context item (21H) of an A-ASSOCIATE-AC: id, result/reason, one transfer syntax.</summary>
/// <remarks>PS3.8 §9.3.3.2, Tables 9-18 and 9-19. The transfer syntax is not significant unless accepted.</remarks>
public sealed record PresentationContextResult(byte Id, PresentationContextResultReason Result, string TransferSyntax)
{
    private const string Where = "a presentation context item (21H)";

    public static PresentationContextResult Read(PduReader reader)
    {
        var id = reader.ReadByte("Presentation-context-ID");
        reader.Skip("Reserved", 1);
        var result = (PresentationContextResultReason)reader.ReadByte("Result/Reason");
        reader.Skip("Reserved", 1);
        string? transferSyntax = null;
        AssociateItems.ReadItems(reader, (type, item) =>
        {
            if (type != AssociateItems.TransferSyntax) throw AssociateItems.Unexpected(item, type, Where);
            transferSyntax = item.ReadAscii("Transfer-syntax-name", item.Remaining);
        });
        if (transferSyntax is null) throw reader.Error("Transfer-syntax-sub-item", "is missing");
        return new PresentationContextResult(id, result, transferSyntax);
    }

    public void Write(PduWriter writer) => AssociateItems.WriteItem(writer, AssociateItems.PresentationContextResult, item =>
    {
        item.WriteByte("Presentation-context-ID", Id);
        item.WriteZeros("Reserved", 1);
        item.WriteByte("Result/Reason", (byte)Result);
        item.WriteZeros("Reserved", 1);
        AssociateItems.WriteAsciiItem(item, AssociateItems.TransferSyntax, "Transfer-syntax-name", TransferSyntax);
    });
}
