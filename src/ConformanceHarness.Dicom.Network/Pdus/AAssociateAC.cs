namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A-ASSOCIATE-AC: fixed fields, then an application context item (10H), presentation context
/// items (21H) and a user information item (50H).</summary>
/// <remarks>PS3.8 §9.3.3, Tables 9-17 … 9-20. Called- and Calling-AE-title are reserved here but sent as in the RQ.</remarks>
public sealed record AAssociateAC(
    string CalledAeTitle,
    string CallingAeTitle,
    string ApplicationContextName,
    ValueList<PresentationContextResult> PresentationContexts,
    UserInformation? UserInformation,
    ushort ProtocolVersion = 1) : Pdu
{
    public override PduType Type => PduType.AAssociateAC;

    public static AAssociateAC Read(PduReader reader)
    {
        var (version, called, calling) = AssociateItems.ReadFixed(reader);
        string? context = null;
        UserInformation? userInformation = null;
        var contexts = new List<PresentationContextResult>();
        AssociateItems.ReadItems(reader, (type, item) =>
        {
            switch (type)
            {
                case AssociateItems.ApplicationContext: context = item.ReadAscii("Application-context-name", item.Remaining); break;
                case AssociateItems.PresentationContextResult: contexts.Add(PresentationContextResult.Read(item)); break;
                case AssociateItems.UserInformation: userInformation = UserInformation.Read(item); break;
                default: throw AssociateItems.Unexpected(item, type, "an A-ASSOCIATE-AC");
            }
        });
        if (context is null) throw reader.Error("Application-context-item", "is missing");
        return new AAssociateAC(called, calling, context, [.. contexts], userInformation, version);
    }

    public override void Write(PduWriter writer)
    {
        AssociateItems.WriteFixed(writer, ProtocolVersion, CalledAeTitle, CallingAeTitle);
        AssociateItems.WriteAsciiItem(writer, AssociateItems.ApplicationContext, "Application-context-name", ApplicationContextName);
        foreach (var context in PresentationContexts) context.Write(writer);
        UserInformation?.Write(writer);
    }
}
