namespace ConformanceHarness.Dicom;

/// <summary>A private dictionary entry's key: its creator, group and the low byte of its element (PS3.5 §7.8.1).</summary>
internal readonly record struct PrivateKey(string Creator, ushort Group, byte Element);
