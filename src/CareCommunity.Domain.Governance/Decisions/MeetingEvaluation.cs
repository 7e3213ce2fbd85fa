using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// The evaluation of a Board meeting on a matter: the decision level, who was eligible and present, the quorum,
/// consensus, the 75% test where it applies, and the outcome.
/// </summary>
/// <param name="Date">The meeting's date.</param>
/// <param name="Memorandum">The memorandum it was evaluated against.</param>
/// <param name="Level">The decision level.</param>
/// <param name="Eligible">The Board members eligible on the matter (Annex 1), present or not.</param>
/// <param name="Present">The Board members present.</param>
/// <param name="EligiblePresent">The eligible members present.</param>
/// <param name="Quorum">The quorum check.</param>
/// <param name="Supporting">Eligible members present who support.</param>
/// <param name="Objecting">Eligible members present who object.</param>
/// <param name="Abstaining">Eligible members present who abstain.</param>
/// <param name="NoPosition">Eligible members present who stated no position.</param>
/// <param name="NotCounted">Members present whose position was not counted because they are not eligible.</param>
/// <param name="Consensus">True when consensus was reached (by the definition in force).</param>
/// <param name="SeventyFivePercent">The 75% test, for a funding matter without consensus.</param>
/// <param name="Outcome">The outcome.</param>
public sealed record MeetingEvaluation(LocalDate Date, Memorandum Memorandum, DecisionLevel Level, ImmutableArray<PersonId> Eligible,
    ImmutableArray<PersonId> Present, ImmutableArray<PersonId> EligiblePresent, QuorumCheck Quorum, int Supporting, int Objecting, int Abstaining,
    int NoPosition, ImmutableArray<PersonId> NotCounted, bool Consensus, SeventyFivePercentTest? SeventyFivePercent, BoardOutcome Outcome)
{
    /// <inheritdoc />
    public override string ToString() => $"{ModelText.Date(Date)}: {Outcome}";
}
