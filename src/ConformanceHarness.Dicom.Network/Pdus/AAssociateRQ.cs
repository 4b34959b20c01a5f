namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A-ASSOCIATE-RQ: fixed fields, then an application context item (10H), presentation context
/// items (20H) and a user information item (50H).</summary>
/// <remarks>PS3.8 §9.3.2, Tables 9-11 … 9-16.</remarks>
public sealed record AAssociateRQ(
    string CalledAeTitle,
    string CallingAeTitle,
    string ApplicationContextName,
    ValueList<PresentationContextRequest> PresentationContexts,
    UserInformation? UserInformation,
    ushort ProtocolVersion = 1) : Pdu
{
    public override PduType Type => PduType.AAssociateRQ;

    public static AAssociateRQ Read(PduReader reader)
    {
        var (version, called, calling) = AssociateItems.ReadFixed(reader);
        string? context = null;
        UserInformation? userInformation = null;
        var contexts = new List<PresentationContextRequest>();
        AssociateItems.ReadItems(reader, (type, item) =>
        {
            switch (type)
            {
                case AssociateItems.ApplicationContext: context = item.ReadAscii("Application-context-name", item.Remaining); break;
                case AssociateItems.PresentationContextRequest: contexts.Add(PresentationContextRequest.Read(item)); break;
                case AssociateItems.UserInformation: userInformation = UserInformation.Read(item); break;
                default: throw AssociateItems.Unexpected(item, type, "an A-ASSOCIATE-RQ");
            }
        });
        if (context is null) throw reader.Error("Application-context-item", "is missing");
        return new AAssociateRQ(called, calling, context, [.. contexts], userInformation, version);
    }

    public override void Write(PduWriter writer)
    {
        AssociateItems.WriteFixed(writer, ProtocolVersion, CalledAeTitle, CallingAeTitle);
        AssociateItems.WriteAsciiItem(writer, AssociateItems.ApplicationContext, "Application-context-name", ApplicationContextName);
        foreach (var context in PresentationContexts) context.Write(writer);
        UserInformation?.Write(writer);
    }
}
