using CareCommunity.Domain.Governance.Disputes;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Governance.Tests.Disputes;

/// <summary>Partners, instants and event sequences for the MOU-7 tests, in the Memorandum's words.</summary>
internal static class DisputeFixtures
{
    public static readonly DateTimeZone LondonZone = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static readonly OrganisationId CheshireEastCouncil = OrganisationId.Create("cheshire-east-council");
    public static readonly OrganisationId CheshireCcg = OrganisationId.Create("nhs-cheshire-ccg");
    public static readonly OrganisationId Halton = OrganisationId.Create("halton-mbc");
    public static readonly OrganisationId Knowsley = OrganisationId.Create("knowsley-mbc");
    public static readonly OrganisationId AlderHey = OrganisationId.Create("alder-hey");
    public static readonly OrganisationId MerseyCare = OrganisationId.Create("mersey-care");
    public static readonly OrganisationId Wirral = OrganisationId.Create("wirral-council");
    public static readonly OrganisationId Sefton = OrganisationId.Create("sefton-mbc");

    /// <summary>The two partners affected in the examples.</summary>
    public static readonly OrganisationId[] Affected = [CheshireEastCouncil, CheshireCcg];

    /// <summary>Seven eligible partners at the Co-ordination Group meeting, two of them affected: five count.</summary>
    public static readonly OrganisationId[] Participants = [CheshireEastCouncil, CheshireCcg, Halton, Knowsley, AlderHey, MerseyCare, Wirral];

    public static Instant London(int year, int month, int day, int hour = 12, int minute = 0, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(LondonZone).ToInstant();

    public static DisputeMatter BoardMatter { get; } = DisputeMatter.Create(DisputeMatterKind.PartnershipBoardDecision,
        "No consensus on the Partnership Board's decision on the urgent care pathway");

    public static DisputeEvent Raised(Instant at) => DisputeEvent.DisputeRaised(at, BoardMatter, Affected, CheshireEastCouncil);

    /// <summary>Raised 2 March 2026, good faith failed 5 March, Executive from 9 March (GMT, before the clock change).</summary>
    public static DisputeEvent[] ToStageOne() =>
    [
        Raised(London(2026, 3, 2)),
        DisputeEvent.GoodFaithAttemptFailed(London(2026, 3, 5)),
        DisputeEvent.ReferredToPartnershipExecutive(London(2026, 3, 9, 10)),
    ];

    public static DisputeEvent[] ToCoordinationGroup() =>
    [
        .. ToStageOne(),
        DisputeEvent.ReferredToChiefOfficer(London(2026, 4, 10)),
        DisputeEvent.CoordinationGroupInvolved(London(2026, 4, 14)),
    ];

    /// <summary>A majority of those not affected: 3 of the 5 who count (the 2 affected do not count).</summary>
    public static DisputeEvent GroupMajority(Instant at) =>
        DisputeEvent.CoordinationGroupVoted(at, Participants, [CheshireEastCouncil, CheshireCcg, Halton, Knowsley, AlderHey], "Adopt the Place's pathway with a 12-month review");

    /// <summary>A tie among those not affected: 2 of the 4 who count.</summary>
    public static DisputeEvent GroupTie(Instant at) =>
        DisputeEvent.CoordinationGroupVoted(at, [CheshireEastCouncil, Halton, Knowsley, AlderHey, MerseyCare], [CheshireEastCouncil, Halton, Knowsley], "Adopt the Place's pathway");

    public static DisputeHistory History(IEnumerable<DisputeEvent> events, DisputeOptions? options = null)
    {
        var result = DisputeHistory.From(events, options);
        Assert.True(result.IsSuccess, string.Join("; ", result.Issues));
        return result.Value;
    }
}
