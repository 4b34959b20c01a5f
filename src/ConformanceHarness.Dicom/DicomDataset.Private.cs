namespace ConformanceHarness.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>
    /// The tag of private element <paramref name="element"/> (0x00–0xFF) in the block reserved by
    /// <paramref name="creator"/> in odd <paramref name="group"/>, PS3.5 §7.8.1. Reserves the first free
    /// block (gggg,0010–00FF) with a LO creator element when the creator has none yet.
    /// </summary>
    public DicomTag GetPrivateTag(string creator, ushort group, byte element)
    {
        if (TryGetPrivateTag(creator, group, element, out var tag)) return tag;
        var free = Enumerable.Range(0x10, 0xF0).Select(block => new DicomTag(group, (ushort)block)).FirstOrDefault(t => !Contains(t));
        if (free == default) throw new InvalidOperationException($"group {group:X4} has no free private block for '{creator}'");
        AddOrUpdate(DicomVR.LO, free, creator);
        return new DicomTag(group, (ushort)((free.Element << 8) | element));
    }

    /// <summary>The tag when <paramref name="creator"/> already holds a block in <paramref name="group"/>; never reserves.</summary>
    public bool TryGetPrivateTag(string creator, ushort group, byte element, out DicomTag tag)
    {
        if ((group & 1) == 0) throw new ArgumentException($"group {group:X4} is not private (odd)", nameof(group));
        for (ushort block = 0x10; block <= 0xFF; block++)
        {
            var creatorTag = new DicomTag(group, block);
            if (TryGetString(creatorTag, out var name) && name.Trim() == creator.Trim())
            {
                tag = new DicomTag(group, (ushort)((block << 8) | element));
                return true;
            }
        }
        tag = default;
        return false;
    }

    /// <summary>The creator that reserved the block of a private data element, or null.</summary>
    public string? GetPrivateCreator(DicomTag tag) =>
        tag.PrivateCreator is { } creatorTag && TryGetString(creatorTag, out var name) ? name.Trim() : null;
}
