namespace ConformanceHarness.Fixtures.Facilities;

/// <summary>
/// Name patterns that mark a facility as fictional ("Synthetic …"), in English and French; {0} is the city.
/// </summary>
internal static class FacilityNames
{
    public static readonly string[] Hospital = ["Synthetic General Hospital of {0}", "{0} Synthetic Health Sciences Centre"];

    public static readonly string[] FrenchHospital = ["Hôpital synthétique de {0}", "Centre hospitalier fictif de {0}"];

    public static readonly string[] Ichsc = ["{0} Synthetic Imaging Clinic", "Fictional Diagnostic Imaging of {0}"];

    public static readonly string[] FrenchIchsc = ["Clinique d'imagerie synthétique de {0}"];
}
