using CareCommunity.Domain.Governance.Accountability;

namespace CareCommunity.Domain.Governance.Tests.Accountability;

public sealed class MeetingCadenceTests
{
    [Fact]
    public void Seed_HoldsTheFiveCadencesOfTheMemorandum()
    {
        Assert.Equal(
            [
                "partnershipAssembly: on average 3 a year",
                "partnershipBoard: 1 a month",
                "coordinationGroup: 2 a month",
                "peopleBoard: 1 a quarter",
                "communicationsAndEngagementGroup: 1 a month",
            ],
            MeetingCadence.Seed.Select(c => c.ToString()));
        Assert.Equal(["l.1119", "l.1134", "l.1145", "l.1236", "l.1244"], MeetingCadence.Seed.Select(c => c.Source.Citation.Location));
    }

    [Fact]
    public void For_FindsEachForum_AndRejectsAnUndefinedOne()
    {
        Assert.All(Enum.GetValues<Forum>(), f => Assert.Equal(f, MeetingCadence.For(f).Forum));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeetingCadence.For((Forum)42));
    }
}
