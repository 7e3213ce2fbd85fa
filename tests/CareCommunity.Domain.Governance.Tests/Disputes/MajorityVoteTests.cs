using System.Numerics;
using CareCommunity.Domain.Governance.Disputes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

public sealed class MajorityVoteTests
{
    [Theory]
    [InlineData(3, 5, true)]
    [InlineData(2, 4, false)]
    [InlineData(3, 4, true)]
    [InlineData(0, 0, false)]
    [InlineData(1, 1, true)]
    [InlineData(1, 2, false)]
    public void IsMajority_IsMoreThanHalf_ATieIsNot(int inFavour, int @base, bool majority)
    {
        var vote = MajorityVote.Of(inFavour, @base);

        Assert.Equal(majority, vote.IsMajority);
        Assert.Equal(@base > 0 && inFavour * 2 == @base, vote.IsTie);
    }

    [Fact]
    public void ToString_SaysTheFiguresAndWhatIsNeeded()
    {
        Assert.Equal("2/4 (tie, not a majority: 3 needed)", MajorityVote.Of(2, 4).ToString());
        Assert.Equal("3/5 (majority: 3 needed)", MajorityVote.Of(3, 5).ToString());
    }

    [Fact]
    public void Of_RejectsMoreInFavourThanTheBase() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MajorityVote.Of(5, 4));

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property IsMajority_EqualsTheExactRationalComparison() =>
        Prop.ForAll(Arb.From(from b in Gen.Choose(0, 2000) from k in Gen.Choose(0, b) select (k, b)), p =>
        {
            var (k, b) = p;
            var vote = MajorityVote.Of(k, b);
            // k/b > 1/2 as rationals, cross-multiplied in BigInteger; and "more for than not for".
            var rational = b > 0 && new BigInteger(k) * 2 > new BigInteger(b) * 1;
            return vote.IsMajority == rational && vote.IsMajority == (b > 0 && k > b - k) && (vote.IsMajority == (k >= vote.Needed));
        });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property CoordinationGroupMajority_CountsOnlyParticipantsNotAffected() =>
        Prop.ForAll(Arb.From(from p in Gen.Choose(0, 255) from f in Gen.Choose(0, 255) from a in Gen.Choose(1, 255) select (p, f, a)), masks =>
        {
            var pool = Enumerable.Range(0, 8).Select(i => Domain.OperatingModel.OrganisationId.Create($"partner-{i}")).ToArray();
            OrganisationIdSet Pick(int mask) => new([.. pool.Where((_, i) => (mask & (1 << i)) != 0)]);
            var participants = Pick(masks.p).Ids;
            var inFavour = Pick(masks.f & masks.p).Ids;
            var affected = Pick(masks.a).Ids;
            var history = DisputeFixtures.History(
            [
                DisputeEvent.DisputeRaised(DisputeFixtures.London(2026, 3, 2), DisputeFixtures.BoardMatter, affected, affected[0]),
                DisputeEvent.GoodFaithAttemptFailed(DisputeFixtures.London(2026, 3, 3)),
                DisputeEvent.ReferredToPartnershipExecutive(DisputeFixtures.London(2026, 3, 4)),
                DisputeEvent.ReferredToChiefOfficer(DisputeFixtures.London(2026, 3, 5)),
                DisputeEvent.CoordinationGroupInvolved(DisputeFixtures.London(2026, 3, 6)),
                DisputeEvent.CoordinationGroupVoted(DisputeFixtures.London(2026, 3, 7), participants, inFavour, "R"),
            ]);
            var vote = history.StatusAt(DisputeFixtures.London(2026, 3, 7)).Value.LastVote!.Value;
            var counted = participants.Except(affected).ToArray();
            return vote.Base == counted.Length && vote.InFavour == inFavour.Count(counted.Contains)
                && (history.State == DisputeState.StageTwoRecommended) == (2 * vote.InFavour > vote.Base);
        });

    private sealed record OrganisationIdSet(Domain.OperatingModel.OrganisationId[] Ids);
}
