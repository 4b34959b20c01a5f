namespace ConformanceHarness.Fixtures.Population;

/// <summary>The language a synthetic name is drawn from (Ontario is bilingual: English and French).</summary>
public enum NameLanguage
{
    English,
    French,
}
