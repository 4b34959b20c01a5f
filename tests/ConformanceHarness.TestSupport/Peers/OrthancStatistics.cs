namespace ConformanceHarness.TestSupport.Peers;

/// <summary>The counts of Orthanc's <c>GET /statistics</c> (the JSON's other members are ignored).</summary>
public sealed record OrthancStatistics(int CountPatients, int CountStudies, int CountSeries, int CountInstances);
