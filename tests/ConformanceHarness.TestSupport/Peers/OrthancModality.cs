namespace ConformanceHarness.TestSupport.Peers;

/// <summary>A DICOM peer Orthanc knows (its <c>DicomModalities</c> entry): where C-MOVE sends to, and who may query it.</summary>
public sealed record OrthancModality(string AeTitle, string Host, int Port);
