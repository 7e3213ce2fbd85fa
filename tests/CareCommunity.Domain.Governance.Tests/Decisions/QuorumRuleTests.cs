using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Decisions;
using static CareCommunity.Domain.Governance.Tests.GovernanceFixtures;

namespace CareCommunity.Domain.Governance.Tests.Decisions;

public sealed class QuorumRuleTests
{
    [Theory]
    [InlineData(13, 7)]
    [InlineData(12, 7)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    public void Default_MoreThanHalfOfTheMembers(int boardSize, int required) =>
        Assert.Equal(required, QuorumRule.Default.RequiredPresent(boardSize));

    [Fact]
    public void AtLeastShare_AtLeast_AndRequiring_AreTheUsersRules()
    {
        Assert.Equal(6, QuorumRule.AtLeastShare(1, 2).RequiredPresent(12));
        Assert.Equal(5, QuorumRule.AtLeastShare(1, 3).RequiredPresent(13));
        Assert.Equal(4, QuorumRule.AtLeast(4).RequiredPresent(13));
        Assert.Equal(9, QuorumRule.Default.WithMinimum(9).RequiredPresent(13));
        var rule = QuorumRule.Default.Requiring("local authority", BoardSeat.LocalAuthorityElectedMember, BoardSeat.LocalAuthorityChiefExecutive);
        var withoutCouncils = Annex6Board.Members.Where(m => !m.Id.Value.StartsWith("em-", StringComparison.Ordinal) && !m.Id.Value.StartsWith("ce-", StringComparison.Ordinal)).ToArray();

        var check = rule.Check(Annex6Board, withoutCouncils);

        Assert.False(check.IsQuorate);
        Assert.Equal(new[] { "local authority" }, check.MissingSeatGroups);
        Assert.Equal("more than 1/2 of the members present, a local authority member present", check.Rule);
        Assert.True(QuorumRule.Default.Check(Annex6Board, withoutCouncils).IsQuorate);
    }

    [Fact]
    public void Share_OutsideZeroToOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuorumRule.AtLeastShare(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuorumRule.MoreThanShare(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuorumRule.AtLeast(0));
        Assert.Throws<ArgumentException>(() => QuorumRule.Default.Requiring("nobody"));
    }
}
