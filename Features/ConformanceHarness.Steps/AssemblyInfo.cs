namespace ConformanceHarness.Steps;
