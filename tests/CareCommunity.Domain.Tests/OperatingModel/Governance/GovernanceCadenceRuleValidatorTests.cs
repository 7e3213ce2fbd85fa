using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using NodaTime;
using static CareCommunity.Domain.Tests.OperatingModel.ValidatorTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.Governance;

/// <summary>
/// CC-6, bi-monthly meetings, and reports once every 2 months: the rule as <see cref="OperatingModelValidator"/> reports it on a whole community
/// (the rule on its own is in <see cref="GovernanceCadenceRuleTests"/>).
/// </summary>
public sealed class GovernanceCadenceRuleValidatorTests
{
    [Fact]
    public void Validate_Cc6_MissingPlaceReportForAClosedPeriod_IsOverdueError()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithoutSubmission(ReportingObligation.PlaceOperationalReport, new LocalDate(2024, 10, 1)));
        Assert.Equal("CC-6", issue.Rule.ToString());
        Assert.Equal(GovernanceCadenceRule.Overdue.Code, issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("$.reporting", issue.Location.ToString());
        Assert.Equal("placeOperationalReport", issue.OffendingValue);
        Assert.Contains("2024-10-01 to 2024-11-30", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Place Operational group", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cc6_OverdueSeverityOption_IsHonoured() =>
        Assert.Equal(Severity.Warning, OnlyIssue(LocalCareCommunityBuilder.Valid().WithoutSubmission(ReportingObligation.CoachesMeeting, new LocalDate(2024, 4, 1)),
            new OperatingModelOptions { OverdueSeverity = Severity.Warning }).Severity);

    [Fact]
    public void Validate_Cc6_GraceDays_KeepARecentlyClosedPeriodDue()
    {
        var builder = LocalCareCommunityBuilder.Valid().AsOf(new LocalDate(2025, 4, 3))
            .WithoutSubmission(ReportingObligation.LeadershipMeeting, new LocalDate(2025, 2, 1))
            .WithoutSubmission(ReportingObligation.LeadershipMeeting, new LocalDate(2025, 4, 1));
        var strict = Validate(builder);
        Assert.Single(strict.Issues, i => i.Code == GovernanceCadenceRule.Overdue.Code);
        var lenient = Validate(builder, new OperatingModelOptions { Cadence = new ReportingCadenceOptions { GraceDays = 7 } });
        Assert.DoesNotContain(lenient.Issues, i => i.Code == GovernanceCadenceRule.Overdue.Code);
        Assert.Equal(2, lenient.InformationCount);
    }

    [Fact]
    public void Validate_Cc6_QuarterlyCadence_OverdueMessageDoesNotClaimTwoMonths()
    {
        var builder = LocalCareCommunityBuilder.Valid().WithSubmissions([]);
        var report = Validate(builder, new OperatingModelOptions { Cadence = new ReportingCadenceOptions { PeriodMonths = 3 } });
        Assert.All(report.Issues.Where(i => i.Code == GovernanceCadenceRule.Overdue.Code),
            i => Assert.DoesNotContain("every 2 months", i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Cc6_MissingInTheCurrentPeriod_IsDueInformation()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithoutSubmission(ReportingObligation.LeadershipMeeting, new LocalDate(2025, 2, 1)));
        Assert.Equal("CC-6", issue.Rule.ToString());
        Assert.Equal(GovernanceCadenceRule.Due.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Contains("due by 2025-03-31", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cc6_SubmissionDatedInTheFuture_IsError()
    {
        var builder = LocalCareCommunityBuilder.Valid().WithSubmission(ReportingObligation.CoachesMeeting, new LocalDate(2025, 3, 16));
        var issue = OnlyIssue(builder);
        Assert.Equal(DocumentIntegrity.DateInFuture.Code, issue.Code);
        Assert.Equal("CC-6", issue.Rule.ToString());
        Assert.Equal($"$.reporting.submissions[{builder.Submissions().Length - 1}].date", issue.Location.ToString());
        Assert.Equal("2025-03-16", issue.OffendingValue);
    }

    [Fact]
    public void Validate_Cc6_SubmissionBeforeTheStart_IsInformation()
    {
        var issue = OnlyIssue(LocalCareCommunityBuilder.Valid().WithSubmission(ReportingObligation.CoachesMeeting, new LocalDate(2024, 3, 1)));
        Assert.Equal(GovernanceCadenceRule.SubmissionBeforeStart.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
    }
}
