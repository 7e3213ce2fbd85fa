using System.Collections.Immutable;
using NodaTime;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// A care community as a document states it, before any rule is checked: the lenient view that every rule of the
/// operating model runs on, so one error never hides another. Every part may be missing or wrong: a value that could
/// not be read is null (its reader reported why), an element of a list that could not be read is a null entry at its
/// index (so paths stay those of the document), references may point nowhere and ids may repeat.
/// <see cref="OperatingModelValidator"/> checks a draft rule by rule; <see cref="LocalCareCommunity.Create(CareCommunityDraft, OperatingModelOptions?)"/>
/// builds the aggregate only from a draft without errors.
/// </summary>
public sealed record CareCommunityDraft
{
    /// <summary>The community's id, if readable.</summary>
    public CareCommunityId? Id { get; init; }

    /// <summary>Its name, if readable.</summary>
    public string? Name { get; init; }

    /// <summary>Its Place, if readable.</summary>
    public PlaceId? Place { get; init; }

    /// <summary>Its registered population, if readable (CC-1).</summary>
    public RegisteredPopulation? RegisteredPopulation { get; init; }

    /// <summary>The PCNs it aligns with, as listed (CC-1).</summary>
    public ImmutableArray<OrganisationId?> AlignedPcns { get; init; } = [];

    /// <summary>The partner organisations, as listed.</summary>
    public ImmutableArray<Organisation?> Organisations { get; init; } = [];

    /// <summary>The named people, as listed.</summary>
    public ImmutableArray<Person?> People { get; init; } = [];

    /// <summary>The core group's members, as listed (CC-2, CC-3).</summary>
    public ImmutableArray<CoreGroupMember?> CoreGroup { get; init; } = [];

    /// <summary>The leadership assignments, as listed (CC-4).</summary>
    public ImmutableArray<LeadershipAssignment?> LeadershipTeam { get; init; } = [];

    /// <summary>The wider members, as listed (CC-5).</summary>
    public ImmutableArray<WiderMember?> WiderMembers { get; init; } = [];

    /// <summary>The aligned secondary care clinical leads, as listed (CC-5).</summary>
    public ImmutableArray<AlignedClinicalLead?> AlignedClinicalLeads { get; init; } = [];

    /// <summary>The first day of the first reporting period, if readable (CC-6).</summary>
    public LocalDate? ReportingStart { get; init; }

    /// <summary>The dated submissions, as listed (CC-6).</summary>
    public ImmutableArray<Submission?> Submissions { get; init; } = [];

    /// <summary>The risk register's risks as listed, or null when the community holds no risk register (CC-7).</summary>
    public ImmutableArray<Risk?>? RiskRegister { get; init; }

    /// <summary>The cost centre's aligned posts, as listed (CC-8).</summary>
    public ImmutableArray<AlignedPost?> Posts { get; init; } = [];

    /// <summary>The changes in existing investment or personnel, as listed (CC-8).</summary>
    public ImmutableArray<PersonnelChange?> Changes { get; init; } = [];

    /// <summary>The elements of the offer, as listed (CC-9).</summary>
    public ImmutableArray<OfferElement?> Offer { get; init; } = [];

    /// <summary>The initiatives, as listed (CC-10).</summary>
    public ImmutableArray<Initiative?> Initiatives { get; init; } = [];

    /// <summary>The specification elements, as listed (CC-11).</summary>
    public ImmutableArray<SpecificationElement?> Specifications { get; init; } = [];

    /// <summary>The draft of a built community: the inverse of building it, so a community is checked by the same rules.</summary>
    /// <param name="community">The community.</param>
    /// <returns>Its draft.</returns>
    public static CareCommunityDraft Of(LocalCareCommunity community)
    {
        ArgumentNullException.ThrowIfNull(community);
        return new CareCommunityDraft
        {
            Id = community.Id,
            Name = community.Name,
            Place = community.Place,
            RegisteredPopulation = community.RegisteredPopulation,
            AlignedPcns = [.. community.AlignedPcns.Select(p => (OrganisationId?)p)],
            Organisations = [.. community.Organisations],
            People = [.. community.People],
            CoreGroup = [.. community.CoreGroup.Members],
            LeadershipTeam = [.. community.LeadershipTeam.Assignments],
            WiderMembers = [.. community.WiderMembers],
            AlignedClinicalLeads = [.. community.AlignedClinicalLeads],
            ReportingStart = community.Reporting.Start,
            Submissions = [.. community.Reporting.Submissions],
            RiskRegister = [.. community.RiskRegister.Risks],
            Posts = [.. community.CostCentre.Posts],
            Changes = [.. community.CostCentre.Changes],
            Offer = [.. community.Offer],
            Initiatives = [.. community.Initiatives],
            Specifications = [.. community.Specifications],
        };
    }
}
