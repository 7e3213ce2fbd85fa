using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Governance.Partners;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.GovernanceFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class MemorandumHistoryTests
{
    private static readonly LocalDate Adopted = new(2021, 1, 1);
    private static readonly LocalDate Replaced = new(2022, 7, 1);

    // Two versions: the draft as adopted until 30 June 2022, then a later version whose applicability matrix makes
    // every column eligible on every element — a stand-in for an agreed variation, so that eligibility visibly differs.
    private static MemorandumHistory TwoVersions()
    {
        var first = MemorandumVersion.November2020Draft.WithPeriod(EffectivePeriod.Between(Adopted, Replaced.PlusDays(-1))).Value;
        var second = MemorandumVersion.Create("varied-2022", "Memorandum as varied", MemorandumStatus.Agreed, Replaced,
            EffectivePeriod.Starting(Replaced), first.Source).Value;
        var everyoneEligible = Memorandum.Draft2020 with
        {
            Version = "varied, July 2022",
            Applicability = ApplicabilityMatrix.Create(ApplicabilityMatrix.Annex1.Cells.Select(c => c with { Applies = true })).Value,
        };
        return MemorandumHistory.Create(MemorandumVersions.Create([first, second]).Value,
            [new(first.Id, Memorandum.Draft2020), new(second.Id, everyoneEligible)]).Value;
    }

    [Fact]
    public void InForceOn_PicksTheVersionWhosePeriodHoldsTheDay_BothEndsIncluded()
    {
        var history = TwoVersions();

        Assert.Equal("cm-hcp-mou-2020-11-draft", history.InForceOn(Replaced.PlusDays(-1)).AsT0.Version.Id.Value);
        Assert.Equal("varied-2022", history.InForceOn(Replaced).AsT0.Version.Id.Value);
        Assert.Equal("cm-hcp-mou-2020-11-draft", history.InForceOn(Adopted).AsT0.Version.Id.Value);
    }

    [Fact]
    public void InForceOn_BeforeTheFirstVersion_SaysWhy()
    {
        var none = TwoVersions().InForceOn(Adopted.PlusDays(-1)).AsT1;

        Assert.Equal(NoVersionReason.BeforeFirst, none.Reason);
    }

    [Fact]
    public void Evaluate_UsesTheVersionInForceOnTheMeetingsDate()
    {
        // The same financial matter at two dates: under the draft only the members counted under the CCG column are
        // eligible (Annex 1, l.1496-1507); under the later version every member is, so the 75% base differs.
        var history = TwoVersions();
        var matter = Capital();
        var before = Meeting(matter, AllSupportBut()) with { Date = Replaced.PlusDays(-1) };
        var after = before with { Date = Replaced };

        var underDraft = BoardMeetingEvaluator.EvaluateUnder(before, history).Value.Value;
        var underVariation = BoardMeetingEvaluator.EvaluateUnder(after, history).Value.Value;

        Assert.True(underVariation.Eligible.Length > underDraft.Eligible.Length);
        Assert.Equal(BoardMeetingEvaluator.Evaluate(before, Memorandum.Draft2020).Value.Value.Eligible.Select(p => p.Value), underDraft.Eligible.Select(p => p.Value));
    }

    [Fact]
    public void Evaluate_OnADayNoVersionIsInForce_FailsWithTheReason()
    {
        var meeting = Meeting(GovernanceMatter(), AllSupportBut()) with { Date = Adopted.PlusDays(-10) };

        var result = BoardMeetingEvaluator.EvaluateUnder(meeting, TwoVersions());

        var issue = Assert.Single(result.Issues);
        Assert.Equal("meeting.no-memorandum-in-force", issue.Code.ToString());
        Assert.Equal("$.date", issue.Location.ToString());
        Assert.Contains("the first version, 'cm-hcp-mou-2020-11-draft', takes effect on", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AVersionInForceWithoutText_AndATextForAnUnknownVersion_AreBothReported()
    {
        var first = MemorandumVersion.November2020Draft.WithPeriod(EffectivePeriod.Starting(Adopted)).Value;
        var register = MemorandumVersions.Create([first]).Value;

        var result = MemorandumHistory.Create(register, [new(MemorandumVersionId.Create("unknown"), Memorandum.Draft2020)]);

        Assert.Equal(["charter.unknown-version", "meeting.missing"], result.Issues.Select(i => i.Code.ToString()).Order());
    }

    [Fact]
    public void Of_OneVersionWithoutPeriod_IsInForceNowhere()
    {
        var history = MemorandumHistory.Of(MemorandumVersion.November2020Draft, Memorandum.Draft2020).Value;

        Assert.Equal(NoVersionReason.NoneInForce, history.InForceOn(Adopted).AsT1.Reason);
    }
}
