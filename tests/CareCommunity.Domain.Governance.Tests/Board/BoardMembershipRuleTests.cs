using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using static CareCommunity.Domain.Governance.Tests.GovernanceFixtures;

namespace CareCommunity.Domain.Governance.Tests.Board;

public sealed class BoardMembershipRuleTests
{
    private static readonly GovernanceContext Context = new(MeetingDay);

    private static RuleResult Check(PartnershipBoard board, GovernanceOptions? options = null) =>
        GovernanceRules.BoardMembership.Check(board, Context with { Options = options });

    private static PartnershipBoard Without(params string[] ids) => new([.. Annex6Board.Members.Where(m => !ids.Contains(m.Id.Value))]);

    private static PartnershipBoard With(params BoardMember[] members) => new([.. Annex6Board.Members, .. members]);

    [Fact]
    public void Check_TheAnnex6Board_IsMet()
    {
        var result = Check(Annex6Board);

        Assert.Equal(RuleStatus.Met, result.Status);
        Assert.Empty(result.Issues);
        Assert.Equal("13", result.Figures["members"]);
        Assert.Equal("2", result.Figures["lay"]);
    }

    [Fact]
    public void Check_AVacantLaySeat_IsAnError()
    {
        // "Lay representatives (2)" (l.1666)
        var issue = Assert.Single(Check(Without("lay-2")).Issues);

        Assert.Equal(BoardMembershipRule.SeatCount.Code, issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("1", issue.OffendingValue);
    }

    [Fact]
    public void Check_AnExecutiveMajority_IsAWarning()
    {
        // "To be defined but it is not expected formal members from this constituency will form a majority" (l.1670)
        var executives = Enumerable.Range(3, 12).Select(i => Member($"exec-{i}", BoardSeat.PartnershipExecutive)).ToArray();

        var result = Check(With(executives));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(BoardMembershipRule.ExecutiveMajority.Code, issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_HalfTheBoardFromTheExecutive_IsNotAMajority()
    {
        var executives = Enumerable.Range(3, 9).Select(i => Member($"exec-{i}", BoardSeat.PartnershipExecutive)).ToArray();

        Assert.Empty(Check(With(executives)).Issues);
    }

    [Fact]
    public void Check_BothChiefExecutivesFromMerseyside_DoNotCoverCheshire_UnlessTheFourTogetherDo()
    {
        // "4 Local Authority representatives (2x elected members and 2x CEs: covering Merseyside and Cheshire)" (l.1656)
        var board = new PartnershipBoard([.. Without("ce-warrington").Members, Member("ce-sefton", BoardSeat.LocalAuthorityChiefExecutive, "sefton-mbc")]);

        var eachPair = Check(board);
        var together = Check(board, new GovernanceOptions { LocalAuthorityCoverage = LocalAuthorityCoverage.Together });

        var issue = Assert.Single(eachPair.Issues);
        Assert.Equal(BoardMembershipRule.LocalAuthorityCoverage.Code, issue.Code);
        Assert.Equal("cheshire", issue.OffendingValue);
        Assert.Empty(together.Issues);
    }

    [Fact]
    public void Check_ASubRegionGivenOnTheMember_WinsOverNone_AndUnknownIsInformation()
    {
        var unknown = new PartnershipBoard([.. Without("ce-warrington").Members, Member("ce-unknown", BoardSeat.LocalAuthorityChiefExecutive)]);
        var given = new PartnershipBoard([.. Without("ce-warrington").Members, Member("ce-given", BoardSeat.LocalAuthorityChiefExecutive) with { SubRegion = SubRegion.Cheshire }]);

        var issue = Assert.Single(Check(unknown).Issues);
        Assert.Equal(BoardMembershipRule.SubRegionUnknown.Code, issue.Code);
        Assert.Equal(Severity.Information, issue.Severity);
        Assert.Empty(Check(given).Issues);
    }

    [Fact]
    public void Check_ACommissioningMemberFromATrust_AndARepeatedMember_AreReported()
    {
        var board = new PartnershipBoard([.. Without("ccg-ao").Members, Member("ccg-ao", BoardSeat.NhsCommissioningAccountableOfficer, "cwp"), Annex6Board.Members[0]]);

        var result = Check(board);

        Assert.Single(result.Issues, i => i.Code == BoardMembershipRule.OrganisationType.Code && i.OffendingValue == "cwp");
        Assert.Single(result.Issues, i => i.Code == BoardMembershipRule.InvalidMember.Code);
    }
}
