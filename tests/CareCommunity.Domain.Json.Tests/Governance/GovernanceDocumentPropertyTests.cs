using System.Text;
using CareCommunity.Domain.Json.Governance;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CareCommunity.Domain.Json.Tests.Governance;

/// <summary>Whatever the bytes, the meeting and dispute readers never throw, and every issue they report is located in the document.</summary>
public sealed class GovernanceDocumentPropertyTests
{
    private static readonly string Meeting = File.ReadAllText(RepositoryFiles.PathOf("samples/data/governance/meeting-ordinary-no-consensus.json"));
    private static readonly string Dispute = File.ReadAllText(RepositoryFiles.PathOf("samples/data/governance/dispute-final-at-board.json"));
    private static readonly DisputeReadSettings At = new() { At = Instant.FromUtc(2021, 12, 31, 0, 0) };

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Readers_ArbitraryString_NeverThrow() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text ?? "");
            Consistent(MeetingDocument.Decide(bytes));
            Consistent(DisputeDocument.Read(bytes, At));
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Readers_ArbitraryJson_NeverThrowAndLocationsResolve() =>
        Prop.ForAll(JsonGen.DocumentArb, json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var meeting = MeetingDocument.Decide(bytes);
            var dispute = DisputeDocument.Read(bytes, At);
            Consistent(meeting);
            Consistent(dispute);
            DocumentAssert.LocationsResolve(json, meeting.Report, json);
            DocumentAssert.LocationsResolve(json, dispute.Report, json);
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Decide_MeetingSampleWithOneMemberDeletedOrReplaced_NeverThrowsAndLocationsResolve() =>
        Prop.ForAll(SampleMutations.ArbOf(Meeting), mutation =>
        {
            var result = MeetingDocument.Decide(Encoding.UTF8.GetBytes(mutation.Json));
            Consistent(result);
            DocumentAssert.LocationsResolve(mutation.Json, result.Report, mutation.Description);
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Read_DisputeSampleWithOneMemberDeletedOrReplaced_NeverThrowsAndLocationsResolve() =>
        Prop.ForAll(SampleMutations.ArbOf(Dispute), mutation =>
        {
            var result = DisputeDocument.Read(Encoding.UTF8.GetBytes(mutation.Json), At);
            Consistent(result);
            DocumentAssert.LocationsResolve(mutation.Json, result.Report, mutation.Description);
        });

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Readers_TruncatedSamples_NeverThrow() =>
        Prop.ForAll(Gen.Choose(0, 100).ToArbitrary(), cut =>
        {
            Consistent(MeetingDocument.Decide(Encoding.UTF8.GetBytes(Meeting[..(Meeting.Length * cut / 100)])));
            Consistent(DisputeDocument.Read(Encoding.UTF8.GetBytes(Dispute[..(Dispute.Length * cut / 100)]), At));
        });

    private static void Consistent(MeetingDecisionResult result)
    {
        Assert.Equal(result.IsValid, result.Report.IsValid && result.Decision is not null);
        Assert.True(result.Decision is not null || result.Report.ErrorCount > 0);
        Assert.Equal(7, result.Rules.Length);
        _ = DecisionReportWriter.Format(result);
        _ = DecisionReportWriter.Serialize(result);
    }

    private static void Consistent(DisputeReadResult result)
    {
        Assert.True(result.History is not null || result.Report.ErrorCount > 0);
        Assert.Equal(result.History is not null, result.Status is not null);
        _ = DisputeStatusWriter.Format(result);
        _ = DisputeStatusWriter.Serialize(result);
        _ = DisputeStatusWriter.Mermaid(result);
    }
}
