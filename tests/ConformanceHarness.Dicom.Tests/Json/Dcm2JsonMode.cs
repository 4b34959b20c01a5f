namespace ConformanceHarness.Dicom.Tests.Json;

/// <summary>How a corpus file is put through DCMTK dcm2json.</summary>
public enum Dcm2JsonMode
{
    /// <summary><c>dcm2json file</c> as it is.</summary>
    WholeFile,

    /// <summary>
    /// A copy with Pixel Data erased by <c>dcmodify -ea (7fe0,0010)</c>: dcm2json 3.6.7 has no BulkDataURI
    /// output and refuses InlineBinary for encapsulated Pixel Data (exit 81), which PS3.18 F.2.7 does not
    /// allow either. Our side omits encapsulated Pixel Data when no bulk data factory is given.
    /// </summary>
    PixelDataErased,

    /// <summary>
    /// As <see cref="PixelDataErased"/>, for a file whose meta names an explicit VR transfer syntax while the
    /// data set is implicit VR little endian: DCMTK reads files only as labelled (non-standard VR errors,
    /// exit 20) and allows <c>-ti</c> only on a bare data set, so the bytes after the File Meta Information
    /// are cut out and given to <c>dcmodify -f -ti</c>, whose output file dcm2json reads.
    /// </summary>
    ImplicitBodyPixelDataErased,
}
