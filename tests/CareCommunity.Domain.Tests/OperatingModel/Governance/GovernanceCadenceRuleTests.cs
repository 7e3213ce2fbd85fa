using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Governance;

public sealed class GovernanceCadenceRuleTests
{
    private static readonly GovernanceCadenceRule Rule = OperatingModelRules.GovernanceCadence;

    private static readonly OperatingModelOptions Rolling = new() { Cadence = new ReportingCadenceOptions { Reading = CadenceReading.RollingInterval } };

    [Fact]
    public void Check_ValidSample_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("consecutive-periods", Figure(result, "reading"));
        Assert.Equal("2", Figure(result, "periodMonths"));
        Assert.Equal("2025-03-15", Figure(result, "asOf"));
        Assert.Equal("18", Figure(result, "submissions"));
        Assert.Equal("0", Figure(result, "due"));
        Assert.Equal("0", Figure(result, "overdue"));
    }

    [Fact]
    public void Check_MissedPlaceReport_IsOverdueError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutSubmission(ReportingObligation.PlaceOperationalReport, new LocalDate(2024, 12, 1)));
        var issue = Single(Rule, result, GovernanceCadenceRule.Overdue, Severity.Error, "$.reporting");
        Assert.Equal("placeOperationalReport", issue.OffendingValue);
        Assert.Contains("2024-12-01", issue.Message, StringComparison.Ordinal);
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal("1", Figure(result, "overdue"));
        Assert.Equal("17", Figure(result, "submissions"));
    }

    [Theory]
    [InlineData(Severity.Warning, RuleStatus.NotMet)]
    [InlineData(Severity.Information, RuleStatus.Met)]
    public void Check_Overdue_TakesTheChosenSeverity(Severity severity, RuleStatus status)
    {
        var options = new OperatingModelOptions { OverdueSeverity = severity };
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutSubmission(ReportingObligation.CoachesMeeting, new LocalDate(2024, 12, 1)), options);
        Single(Rule, result, GovernanceCadenceRule.Overdue, severity, "$.reporting");
        Assert.Equal(status, result.Status);
    }

    [Fact]
    public void Check_ReportNotYetInForTheCurrentPeriod_IsDueInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithoutSubmission(ReportingObligation.LeadershipMeeting, new LocalDate(2025, 2, 1)));
        var issue = Single(Rule, result, GovernanceCadenceRule.Due, Severity.Information, "$.reporting");
        Assert.Equal("leadershipMeeting", issue.OffendingValue);
        AssertMetCleanly(Rule, result);
        Assert.Equal("1", Figure(result, "due"));
    }

    [Fact]
    public void Check_SubmissionBeforeTheStart_IsInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSubmission(ReportingObligation.LeadershipMeeting, new LocalDate(2024, 3, 1)));
        var issue = Single(Rule, result, GovernanceCadenceRule.SubmissionBeforeStart, Severity.Information, "$.reporting.submissions[18].date");
        Assert.Equal("2024-03-01", issue.OffendingValue);
        AssertMetCleanly(Rule, result);
        Assert.Equal("18", Figure(result, "submissions"));
    }

    [Fact]
    public void Check_SubmissionAfterTheEvaluationDate_IsDateInFutureError()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithSubmission(ReportingObligation.LeadershipMeeting, new LocalDate(2025, 4, 1)));
        var issue = Single(Rule, result, DocumentIntegrity.DateInFuture, Severity.Error, "$.reporting.submissions[18].date");
        Assert.Equal("2025-04-01", issue.OffendingValue);
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    // The source: "reported once every 2 months". Reporting starts 2026-06-01; the three obligations are last met on 2026-08-01.
    private static CareCommunityDraft RollingExample() => LocalCareCommunityBuilder.Valid()
        .WithReportingStart(new LocalDate(2026, 6, 1))
        .WithSubmissions(Enum.GetValues<ReportingObligation>().Select(o => new Submission(o, new LocalDate(2026, 8, 1))))
        .BuildDraft();

    [Fact]
    public void Check_Rolling_TwoMonthsAndADayAfterTheLastReport_IsOverdue()
    {
        var result = Check(Rule, RollingExample(), new LocalDate(2026, 10, 2), Rolling);
        var overdue = result.Issues.Where(i => i.Code == GovernanceCadenceRule.Overdue.Code).ToArray();
        Assert.Equal(["leadershipMeeting", "coachesMeeting", "placeOperationalReport"], overdue.Select(i => i.OffendingValue));
        Assert.All(overdue, i => Assert.Equal((Severity.Error, "$.reporting"), (i.Severity, i.Location.ToString())));
        Assert.All(overdue, i => Assert.Contains("2026-10-01", i.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Issues, i => i.Code == GovernanceCadenceRule.Due.Code);
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Assert.Equal("rolling", Figure(result, "reading"));
        Assert.Equal("3", Figure(result, "overdue"));
        Assert.Equal("3", Figure(result, "submissions"));
    }

    [Fact]
    public void Check_Rolling_TwoMonthsAfterTheLastReport_IsOnlyDue()
    {
        var result = Check(Rule, RollingExample(), new LocalDate(2026, 10, 1), Rolling);
        Assert.Equal(3, result.Issues.Length);
        Assert.All(result.Issues, i => Assert.Equal((GovernanceCadenceRule.Due.Code, Severity.Information), (i.Code, i.Severity)));
        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Equal("3", Figure(result, "due"));
        Assert.Equal("0", Figure(result, "overdue"));
    }

    [Fact]
    public void Check_Rolling_GraceDays_PostponeOverdue()
    {
        var options = new OperatingModelOptions { Cadence = new ReportingCadenceOptions { Reading = CadenceReading.RollingInterval, GraceDays = 1 } };
        var result = Check(Rule, RollingExample(), new LocalDate(2026, 10, 2), options);
        Assert.All(result.Issues, i => Assert.Equal(GovernanceCadenceRule.Due.Code, i.Code));
        Assert.Equal(3, result.Issues.Length);
    }

    [Theory]
    [InlineData(2026, 10, 1)]
    [InlineData(2026, 10, 2)]
    public void Check_Consecutive_SameRecord_FirstPeriodOverdueAndCurrentPeriodDue(int year, int month, int day)
    {
        // Consecutive periods: 2026-06-01..07-31 (nothing in it: overdue), 2026-08-01..09-30 (met), 2026-10-01.. (due).
        var result = Check(Rule, RollingExample(), new LocalDate(year, month, day));
        Assert.Equal(3, result.Issues.Count(i => i.Code == GovernanceCadenceRule.Overdue.Code && i.Message.Contains("2026-06-01", StringComparison.Ordinal)));
        Assert.Equal(3, result.Issues.Count(i => i.Code == GovernanceCadenceRule.Due.Code));
        Assert.Equal(6, result.Issues.Length);
        Assert.Equal("consecutive-periods", Figure(result, "reading"));
    }

    [Fact]
    public void Check_NoReadableStart_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft() with { ReportingStart = null };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Check_NoEvaluationDate_IsNotEvaluated()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().BuildDraft(), null);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Check_UnreadableSubmission_IsNotEvaluated()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { Submissions = draft.Submissions.Add(null) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.Equal(RuleStatus.NotEvaluated, result.Status);
        Assert.Contains("could not be read", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreadableSubmission_DoesNotHideAnOverdueReport()
    {
        var draft = LocalCareCommunityBuilder.Valid().WithoutSubmission(ReportingObligation.CoachesMeeting, new LocalDate(2024, 12, 1)).BuildDraft();
        draft = draft with { Submissions = draft.Submissions.Add(null) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.Equal(RuleStatus.NotMet, result.Status);
        Single(Rule, result, GovernanceCadenceRule.Overdue, Severity.Error, "$.reporting");
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
