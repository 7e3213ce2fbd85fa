using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.Rules;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class MemorandumVersionTests
{
    [Fact]
    public void November2020Draft_IsTheSeedsDraft_WithoutAnEffectivePeriod()
    {
        var draft = MemorandumVersion.November2020Draft;
        Assert.Equal("cm-hcp-mou-2020-11-draft", draft.Id.Value);
        Assert.Equal(MemorandumStatus.Draft, draft.Status);
        Assert.Equal(new LocalDate(2020, 11, 1), draft.Dated);
        Assert.Null(draft.Period);
        Assert.False(draft.IsInForceOn(Jun2021));
        Assert.Equal("004_0b226576d97cd4ce.txt l.862-1670", draft.Source.ToString());
        Assert.Contains("Memorandum of Understanding", draft.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void WithPeriod_GivesTheDraftTheDaysItIsInForce()
    {
        var adopted = MemorandumVersion.November2020Draft.WithPeriod(EffectivePeriod.Starting(Apr2021)).Value;
        Assert.True(adopted.IsInForceOn(Apr2021));
        Assert.False(adopted.IsInForceOn(Mar2021));
        Assert.Equal("cm-hcp-mou-2020-11-draft (draft, 2021-04-01..)", adopted.ToString());
        Assert.Equal(MemorandumStatus.Agreed, adopted.WithStatus(MemorandumStatus.Agreed).Value.Status);
    }

    [Fact]
    public void Create_ReportsEveryProblem_AtItsMember()
    {
        var result = MemorandumVersion.Create("Not A Slug", " ", (MemorandumStatus)9, Apr2021, EffectivePeriod.Starting(Mar2021), null);
        Assert.False(result.IsSuccess);
        Assert.Equal(
            ["charter.version-id-invalid", "charter.version-title-missing", "charter.version-status-invalid", "charter.version-source-missing", "charter.version-in-force-before-dated"],
            result.Issues.Select(i => i.Code.ToString()));
        Assert.Equal(["$.id", "$.title", "$.status", "$.source", "$.period.from"], result.Issues.Select(i => i.Location.ToString()));
    }

    [Fact]
    public void Create_AMissingIdAndAnOverlongTitle_AreNamed()
    {
        var result = MemorandumVersion.Create(null, new string('x', MemorandumVersion.MaxTitleLength + 1), MemorandumStatus.Agreed, Apr2021, null,
            SeedDocument.HealthAndWellbeingBoard2021.Lines(1310, 1312));
        Assert.Equal(["charter.version-id-missing", "charter.version-title-too-long"], result.Issues.Select(i => i.Code.ToString()));
        Assert.All(result.Issues, i => Assert.True(i.OffendingValue is null || i.OffendingValue.Length <= 200));
    }

    [Fact]
    public void Create_AUsersOwnDocument_CanBeCited()
    {
        var source = new SeedDocument("cm-ics-mou-2022.pdf", "A later memorandum (the user's own)").Section("whole");
        var later = MemorandumVersion.Create("cm-mou-2022-07", "A later memorandum", MemorandumStatus.Agreed, new LocalDate(2022, 6, 1),
            EffectivePeriod.Starting(new LocalDate(2022, 7, 1)), source).Value;
        Assert.Equal("cm-ics-mou-2022.pdf whole", later.Source.ToString());
    }
}
