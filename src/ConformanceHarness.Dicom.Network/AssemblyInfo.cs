namespace ConformanceHarness.Dicom.Network;
