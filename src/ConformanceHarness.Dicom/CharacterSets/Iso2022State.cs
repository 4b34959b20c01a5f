namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>The graphic sets currently designated to G0 and G1 while decoding or encoding one value.</summary>
internal readonly record struct Iso2022State(GraphicSet G0, GraphicSet? G1)
{
    public Iso2022State Designate(GraphicSet set) => set.Element == CodeElement.G0 ? this with { G0 = set } : this with { G1 = set };

    public bool IsDesignated(GraphicSet set) => set.Element == CodeElement.G0 ? G0 == set : G1 == set;
}
