namespace ConformanceHarness.Gherkin;
