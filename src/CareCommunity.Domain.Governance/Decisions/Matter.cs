using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.OperatingModel;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// A matter for decision: its level (MOU-2), the Memorandum element (Annex 1 row) it concerns, from which eligibility
/// follows (MOU-6), whether it is a capital or transformation-funding matter (MOU-5), the Partners who delegated formal
/// powers on it to the Board (MOU-3) and the Partners it affects (who may refer it to dispute resolution).
/// </summary>
/// <remarks>A lenient view: the evaluation checks it. Use <see cref="WholePartnership"/>, <see cref="DelegatedToForum"/>
/// and <see cref="ForIndividualOrganisation"/> to make one.</remarks>
/// <param name="Title">What is to be decided.</param>
/// <param name="Level">The level of decision.</param>
/// <param name="Element">The Annex 1 row the matter concerns.</param>
/// <param name="Funding">Whether it is a capital-investment or transformation-funding matter.</param>
/// <param name="PowersDelegatedBy">The Partners who delegated formal powers on the matter to the Board.</param>
/// <param name="AffectedPartners">The Partners the matter affects.</param>
/// <param name="Forum">For a delegated matter, the collaborative forum (e.g. "Joint Committee of CCGs").</param>
/// <param name="Organisation">For an individual organisation's matter, the organisation.</param>
public sealed record Matter(string Title, DecisionLevel Level, MemorandumElement Element, FundingMatter Funding,
    ImmutableArray<OrganisationId> PowersDelegatedBy, ImmutableArray<OrganisationId> AffectedPartners, string? Forum = null, OrganisationId? Organisation = null)
{
    /// <summary>A whole-Partnership matter for the Board.</summary>
    /// <param name="title">What is to be decided.</param>
    /// <param name="element">The Annex 1 row it concerns.</param>
    /// <param name="powersDelegatedBy">The Partners who delegated formal powers on it to the Board.</param>
    /// <param name="affectedPartners">The Partners it affects.</param>
    /// <param name="funding">Whether it is a capital or transformation-funding matter.</param>
    /// <returns>The matter.</returns>
    public static Matter WholePartnership(string title, MemorandumElement element, IEnumerable<OrganisationId> powersDelegatedBy,
        IEnumerable<OrganisationId> affectedPartners, FundingMatter funding = FundingMatter.None) =>
        new(title, DecisionLevel.WholePartnership, element, funding, [.. powersDelegatedBy], [.. affectedPartners]);

    /// <summary>A matter some partners delegated to a collaborative forum.</summary>
    /// <param name="title">What is to be decided.</param>
    /// <param name="element">The Annex 1 row it concerns.</param>
    /// <param name="forum">The forum, e.g. "Joint Committee of CCGs".</param>
    /// <returns>The matter.</returns>
    public static Matter DelegatedToForum(string title, MemorandumElement element, string forum) =>
        new(title, DecisionLevel.DelegatedToCollaborativeForum, element, FundingMatter.None, [], [], forum);

    /// <summary>A matter for one organisation's own decision.</summary>
    /// <param name="title">What is to be decided.</param>
    /// <param name="element">The Annex 1 row it concerns.</param>
    /// <param name="organisation">The organisation.</param>
    /// <returns>The matter.</returns>
    public static Matter ForIndividualOrganisation(string title, MemorandumElement element, OrganisationId organisation) =>
        new(title, DecisionLevel.IndividualOrganisation, element, FundingMatter.None, [], [], null, organisation);

    /// <summary>True for a capital-investment or transformation-funding matter.</summary>
    public bool IsFundingMatter => Funding != FundingMatter.None;

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({ModelText.Of(Level)}, {ModelText.Of(Element)}{(IsFundingMatter ? ", " + ModelText.Of(Funding) : "")})";
}
