namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The user information item (50H): a list of sub-items, known ones typed, others kept raw.</summary>
/// <remarks>PS3.8 §9.3.2.3 / §9.3.3.3, Tables 9-16 and 9-20, and Annex D.</remarks>
public sealed record UserInformation(ValueList<UserInformationSubItem> SubItems)
{
    public static UserInformation Read(PduReader reader)
    {
        var subItems = new List<UserInformationSubItem>();
        AssociateItems.ReadItems(reader, (type, item) => subItems.Add(UserInformationSubItem.Read(type, item)));
        return new UserInformation([.. subItems]);
    }

    public void Write(PduWriter writer) => AssociateItems.WriteItem(writer, AssociateItems.UserInformation, item =>
    {
        foreach (var subItem in SubItems) AssociateItems.WriteItem(item, subItem.ItemType, subItem.WriteValue);
    });

    /// <summary>The first sub-item of type <typeparamref name="T"/>, or null.</summary>
    public T? Find<T>() where T : UserInformationSubItem => SubItems.OfType<T>().FirstOrDefault();
}
