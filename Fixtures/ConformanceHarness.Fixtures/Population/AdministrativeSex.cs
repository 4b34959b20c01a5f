namespace ConformanceHarness.Fixtures.Population;

/// <summary>Patient's Sex (0010,0040), PS3.3 C.7.1.1: the enumerated values are the codes.</summary>
public enum AdministrativeSex
{
    Male = 'M',
    Female = 'F',
    Other = 'O',
}
