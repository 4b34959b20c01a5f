namespace ConformanceHarness.CompatibilityKit.Tests.Support;

/// <summary>The normalizer masks only what legitimately differs between implementations.</summary>
public sealed class EnvelopeNormalizerTests
{
    private static readonly string Failed = Json(
        "{'testStepFinished':{'testCaseStartedId':'9','testStepId':'7','testStepResult':{'status':'FAILED','message':'whoops'," +
        "'exception':{'type':'Error','message':'whoops','stackTrace':'Error: whoops\\nat x'},'duration':{'seconds':0,'nanos':5}}," +
        "'timestamp':{'seconds':1,'nanos':2}}}");

    [Fact]
    public void Normalize_IdsInDifferentNumbering_RenamesByFirstAppearance()
    {
        var reference = new EnvelopeNormalizer().Normalize([Json("{'testCase':{'id':'6','pickleId':'3','testSteps':[],'testRunStartedId':'5'}}"),
            Json("{'testCaseStarted':{'id':'8','testCaseId':'6','attempt':0}}")]);
        var ours = new EnvelopeNormalizer().Normalize([Json("{'testCase':{'testRunStartedId':'c','id':'a','pickleId':'b','testSteps':[]}}"),
            Json("{'testCaseStarted':{'attempt':0,'testCaseId':'a','id':'d'}}")]);

        Assert.Equal(reference, ours);
    }

    [Fact]
    public void Normalize_FailedStep_MasksTimesExceptionTypeAndStackTraceOnly()
    {
        var normalized = new EnvelopeNormalizer().Normalize(Failed);

        Assert.Equal(Json(
            "{'testStepFinished':{'testCaseStartedId':'#1','testStepId':'#2','testStepResult':{'duration':'\\u003Cduration\\u003E'," +
            "'exception':{'message':'whoops','type':'\\u003Cexception type\\u003E'},'message':'whoops','status':'FAILED'}," +
            "'timestamp':'\\u003Ctimestamp\\u003E'}}"), normalized);
    }

    [Fact]
    public void Normalize_DifferentStatusOrMessage_StaysDifferent()
    {
        var reference = new EnvelopeNormalizer().Normalize(Failed);

        Assert.NotEqual(reference, new EnvelopeNormalizer().Normalize(Failed.Replace("FAILED", "PENDING")));
        Assert.NotEqual(reference, new EnvelopeNormalizer().Normalize(Failed.Replace(Json("'message':'whoops','exception'"), Json("'message':'oops','exception'"))));
    }

    [Fact]
    public void Normalize_SameIdReusedWhereReferenceHasTwo_StaysDifferent()
    {
        var reference = new EnvelopeNormalizer().Normalize([Json("{'testStepStarted':{'testCaseStartedId':'1','testStepId':'2'}}")]);
        var ours = new EnvelopeNormalizer().Normalize([Json("{'testStepStarted':{'testCaseStartedId':'1','testStepId':'1'}}")]);

        Assert.NotEqual(reference, ours);
    }

    private static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
