namespace ConformanceHarness.Fixtures.Orders;

/// <summary>The procedures orders are drawn from, per modality (a registry as data).</summary>
public static class ImagingProcedures
{
    public static IReadOnlyList<ImagingProcedure> All { get; } =
    [
        new("CTHEAD", "CT head without contrast", "CT", BodySite.Head, ["Headache, rule out haemorrhage", "Fall with head injury"]),
        new("CTCHEST", "CT chest with contrast", "CT", BodySite.Chest, ["Pulmonary nodule follow-up", "Persistent cough"]),
        new("CTABDO", "CT abdomen and pelvis", "CT", BodySite.Abdomen, ["Right lower quadrant pain", "Weight loss"]),
        new("MRBRAIN", "MR brain with and without contrast", "MR", BodySite.Brain, ["Recurrent seizures", "Multiple sclerosis follow-up"]),
        new("MRKNEE", "MR knee", "MR", BodySite.Knee, ["Suspected meniscal tear", "Knee pain after sports injury"]),
        new("MRLSPINE", "MR lumbar spine", "MR", BodySite.LumbarSpine, ["Low back pain with sciatica"]),
        new("CRCHEST", "Chest X-ray PA and lateral", "CR", BodySite.Chest, ["Fever and cough", "Pre-operative assessment"]),
        new("CRHAND", "X-ray hand", "CR", BodySite.Hand, ["Fall on outstretched hand"]),
        new("DXCHEST", "Chest radiograph", "DX", BodySite.Chest, ["Shortness of breath", "Pneumonia follow-up"]),
        new("DXSHOULDER", "X-ray shoulder", "DX", BodySite.Shoulder, ["Shoulder pain after fall"]),
        new("USTHYROID", "Ultrasound thyroid", "US", BodySite.Thyroid, ["Palpable thyroid nodule"]),
        new("USABDO", "Ultrasound abdomen", "US", BodySite.Abdomen, ["Abnormal liver enzymes", "Right upper quadrant pain"]),
        new("MGSCREEN", "Screening mammogram", "MG", BodySite.Breast, ["Routine breast screening"]),
        new("MGDIAG", "Diagnostic mammogram", "MG", BodySite.Breast, ["Palpable breast lump"]),
        new("SCCHEST", "Outside chest images, digitized", "SC", BodySite.Chest, ["Comparison with outside imaging"]),
    ];

    public static IReadOnlyList<ImagingProcedure> For(string modality)
    {
        var found = All.Where(p => p.Modality == modality).ToList();
        return found.Count > 0 ? found : throw new ArgumentException(
            $"no procedure for modality '{modality}'; expected one of {string.Join(", ", All.Select(p => p.Modality).Distinct())}", nameof(modality));
    }
}
