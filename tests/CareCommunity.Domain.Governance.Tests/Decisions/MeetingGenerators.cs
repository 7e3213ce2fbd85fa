using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.OperatingModel;
using FsCheck;
using FsCheck.Fluent;
using static CareCommunity.Domain.Governance.Tests.GovernanceFixtures;

namespace CareCommunity.Domain.Governance.Tests.Decisions;

/// <summary>Generators of Board meetings: valid ones (every reference resolves) and arbitrary ones (anything at all).</summary>
internal static class MeetingGenerators
{
    private static readonly string[] Partners = ["nhs-liverpool-ccg", "liverpool-city-council", "cwp", "nhse-nhsi", "halton-mbc"];

    public static Gen<GovernanceOptions> Options() =>
        from quorum in Gen.Elements(QuorumRule.Default, QuorumRule.AtLeastShare(1, 3), QuorumRule.AtLeast(3),
            QuorumRule.Default.Requiring("local authority", BoardSeat.LocalAuthorityElectedMember, BoardSeat.LocalAuthorityChiefExecutive))
        from consensus in Gen.Elements(Enum.GetValues<ConsensusDefinition>())
        from @base in Gen.Elements(Enum.GetValues<SeventyFivePercentBase>())
        from mapping in Gen.Elements(SeatMapping.Default, SeatMapping.Default.With(BoardSeat.PartnershipExecutive, ApplicabilityColumn.NhsProviders),
            SeatMapping.Default.With(BoardSeat.Lay, null))
        select new GovernanceOptions { Quorum = quorum, Consensus = consensus, SeventyFivePercentBase = @base, SeatMapping = mapping };

    public static Gen<BoardMeeting> ValidMeeting() =>
        from seats in Gen.ListOf(Gen.Elements(Enum.GetValues<BoardSeat>())).Select(s => s.Take(30).ToArray())
        let members = seats.Select((seat, i) => new BoardMember(PersonId.Create($"m-{i}"), $"Member {i}", seat)).ToImmutableArray()
        from presence in Gen.ArrayOf(Gen.Elements(true, false), members.Length)
        from stated in Gen.ArrayOf(Gen.Elements<Position?>(null, Position.Support, Position.Object, Position.Abstain), members.Length)
        from matter in ValidMatter()
        select new BoardMeeting(MeetingDay, new PartnershipBoard(members), matter,
            [.. members.Where((_, i) => presence[i]).Select(m => m.Id)],
            [.. members.Select((m, i) => (m, i)).Where(x => presence[x.i] && stated[x.i] is not null).Select(x => new MemberPosition(x.m.Id, stated[x.i]!.Value))]);

    public static Gen<Matter> ValidMatter() =>
        from level in Gen.Frequency((6, Gen.Constant(DecisionLevel.WholePartnership)), (1, Gen.Constant(DecisionLevel.DelegatedToCollaborativeForum)),
            (1, Gen.Constant(DecisionLevel.IndividualOrganisation)))
        from element in Gen.Elements(Enum.GetValues<MemorandumElement>())
        from funding in Gen.Elements(Enum.GetValues<FundingMatter>())
        from delegated in Gen.SubListOf(Partners)
        from affected in Gen.SubListOf(Partners)
        select new Matter("A matter", level, element, funding, [.. delegated.Select(Org)], [.. affected.Select(Org)],
            level == DecisionLevel.DelegatedToCollaborativeForum ? "Joint Committee of CCGs" : null,
            level == DecisionLevel.IndividualOrganisation ? Org("cwp") : null);

    /// <summary>Anything: repeated and unknown ids, undefined enum values, nulls, positions of absent members, missing matters.</summary>
    public static Gen<BoardMeeting> ArbitraryMeeting()
    {
        var ids = Gen.Elements("m-0", "m-1", "m-2", "m-3", "x").Select(P);
        var orgs = Gen.Elements<OrganisationId?>(null, Org("cwp"), Org("unknown-org"), default(OrganisationId));
        var member = Gen.Frequency<BoardMember?>(
            (1, Gen.Constant<BoardMember?>(null)),
            (8, from id in Gen.Frequency((9, ids), (1, Gen.Constant(default(PersonId))))
                from name in Gen.Elements("A member", " ", "")
                from seat in Gen.Choose(-1, 11)
                from org in orgs
                from region in Gen.Elements<int?>(null, 0, 1, 7)
                from column in Gen.Elements<int?>(null, 0, 5, 9)
                select (BoardMember?)new BoardMember(id, name, (BoardSeat)seat, org, (SubRegion?)region, (ApplicabilityColumn?)column)));
        var matter = Gen.Frequency<Matter?>(
            (1, Gen.Constant<Matter?>(null)),
            (6, from m in ValidMatter()
                from level in Gen.Choose(-1, 3)
                from element in Gen.Choose(-1, 8)
                from funding in Gen.Choose(0, 3)
                from title in Gen.Elements("A matter", "")
                from extra in Gen.Elements<OrganisationId[]>([], [Org("unknown-org")], [default])
                select (Matter?)(m with { Level = (DecisionLevel)level, Element = (MemorandumElement)element, Funding = (FundingMatter)funding, Title = title,
                    AffectedPartners = m.AffectedPartners.AddRange(extra) })));
        var position = Gen.Frequency<MemberPosition?>(
            (1, Gen.Constant<MemberPosition?>(null)),
            (8, from id in ids from p in Gen.Choose(-1, 4) select (MemberPosition?)new MemberPosition(id, (Position)p)));
        return from members in Gen.ListOf(member)
               from boardMissing in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
               from defaultMembers in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
               from m in matter
               from present in Gen.ListOf(ids)
               from positions in Gen.ListOf(position)
               from recorded in Gen.Elements<RecordedOutcome?>(null, RecordedOutcome.Carried, RecordedOutcome.NotCarried, (RecordedOutcome)5)
               from defaultLists in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
               select new BoardMeeting(MeetingDay,
                   boardMissing ? null! : new PartnershipBoard(defaultMembers ? default : [.. members.Select(x => x!)]),
                   m is not null && defaultLists ? m with { PowersDelegatedBy = default, AffectedPartners = default } : m!,
                   defaultLists ? default : [.. present], defaultLists ? default : [.. positions.Select(x => x!)], recorded);
    }
}
