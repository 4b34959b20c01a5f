namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>The attribute types of PS3.5 §7.4: what presence and value a module requires of an attribute.</summary>
public enum AttributeType
{
    /// <summary>Type 1: present, with a value (a sequence: at least one item).</summary>
    Type1,

    /// <summary>Type 1C: as Type 1 when its condition holds.</summary>
    Type1C,

    /// <summary>Type 2: present, possibly empty.</summary>
    Type2,

    /// <summary>Type 2C: as Type 2 when its condition holds.</summary>
    Type2C,

    /// <summary>Type 3: optional.</summary>
    Type3,
}
