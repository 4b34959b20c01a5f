namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A presentation context item (20H) of an A-ASSOCIATE-RQ: id, one abstract syntax, transfer syntaxes.</summary>
/// <remarks>PS3.8 §9.3.2.2, Tables 9-13, 9-14 (abstract syntax 30H) and 9-15 (transfer syntax 40H).</remarks>
public sealed record PresentationContextRequest(byte Id, string AbstractSyntax, ValueList<string> TransferSyntaxes)
{
    private const string Where = "a presentation context item (20H)";

    public static PresentationContextRequest Read(PduReader reader)
    {
        var id = reader.ReadByte("Presentation-context-ID");
        reader.Skip("Reserved", 3);
        string? abstractSyntax = null;
        var transferSyntaxes = new List<string>();
        AssociateItems.ReadItems(reader, (type, item) =>
        {
            if (type == AssociateItems.AbstractSyntax) abstractSyntax = item.ReadAscii("Abstract-syntax-name", item.Remaining);
            else if (type == AssociateItems.TransferSyntax) transferSyntaxes.Add(item.ReadAscii("Transfer-syntax-name", item.Remaining));
            else throw AssociateItems.Unexpected(item, type, Where);
        });
        if (abstractSyntax is null) throw reader.Error("Abstract-syntax-sub-item", "is missing");
        return new PresentationContextRequest(id, abstractSyntax, [.. transferSyntaxes]);
    }

    public void Write(PduWriter writer) => AssociateItems.WriteItem(writer, AssociateItems.PresentationContextRequest, item =>
    {
        item.WriteByte("Presentation-context-ID", Id);
        item.WriteZeros("Reserved", 3);
        AssociateItems.WriteAsciiItem(item, AssociateItems.AbstractSyntax, "Abstract-syntax-name", AbstractSyntax);
        foreach (var syntax in TransferSyntaxes)
        {
            AssociateItems.WriteAsciiItem(item, AssociateItems.TransferSyntax, "Transfer-syntax-name", syntax);
        }
    });
}
