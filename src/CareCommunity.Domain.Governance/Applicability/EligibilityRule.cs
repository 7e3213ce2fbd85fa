using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Applicability;

/// <summary>
/// MOU-6: "Partnership Board members will be eligible to participate on issues which apply to their organisation, in
/// line with the scope of applicable issues set out in Annex 1" (004 l.1294). A member is eligible on a matter when the
/// matter's element applies to the member's column (<see cref="SeatMapping"/>, docs/decisions/0023); the positions of
/// members who are not eligible are not counted. Checked on a <see cref="BoardMeeting"/>.
/// </summary>
public sealed class EligibilityRule : GovernanceRule<BoardMeeting>
{
    internal EligibilityRule()
    {
    }

    /// <summary>A member who is not eligible stated a position.</summary>
    public static IssueDefinition PositionNotCounted { get; } = new(IssueCode.Create("eligibility.position-not-counted"), IssueKind.BusinessRule,
        Modality.LibraryReading, "A Board member who is not eligible on the matter (Annex 1) stated a position; it is not counted.");

    /// <summary>No Board member is eligible on the matter.</summary>
    public static IssueDefinition NoEligibleMember { get; } = new(IssueCode.Create("eligibility.no-eligible-member"), IssueKind.BusinessRule,
        Modality.LibraryReading, "No Board member is eligible on the matter's element under the seat mapping in force: no one can decide it.");

    /// <summary>A member's seat maps to no column.</summary>
    public static IssueDefinition SeatWithoutColumn { get; } = new(IssueCode.Create("eligibility.seat-without-column"), IssueKind.BusinessRule,
        Modality.LibraryReading, "A Board member's seat maps to no Annex 1 column: the member is eligible on nothing.");

    /// <summary>A capital or transformation-funding matter names another element than Financials.</summary>
    public static IssueDefinition FundingMatterElement { get; } = new(IssueCode.Create("eligibility.funding-matter-element"), IssueKind.BusinessRule,
        Modality.LibraryReading, "A capital-investment or transformation-funding matter names another Annex 1 element than Financials (\"Allocation of capital and transformation\"), so other members are eligible on it.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MOU-6"), "Eligibility by Annex 1",
        "A Board member takes part only on matters whose Memorandum element applies to their organisation type in Annex 1; the Board seats map "
        + "onto Annex 1's columns by a documented, configurable mapping.",
        [
            MemorandumClauses.Eligibility,
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1474, Modality.Must,
                "Certain aspects of the Memorandum are not relevant to particular types of organisation within the partnership."),
            SeedDocument.HealthAndWellbeingBoard2021.Quote(1496, Modality.Must, "Annex 1 – Applicability of Memorandum Elements"),
        ],
        [PositionNotCounted, NoEligibleMember, SeatWithoutColumn, FundingMatterElement],
        [
            new RuleOption("GovernanceOptions.SeatMapping", "", "SeatMapping.Default",
                "Which Annex 1 column each Board seat counts under: local-authority members and the public health director under Councils, NHS "
                + "commissioning members under CCGs, primary care, voluntary sector, lay, Partnership Executive and the Chair under Other partners "
                + "(docs/decisions/0023). SeatMapping.With changes a seat; BoardMember.Column overrides one member."),
            new RuleOption("Memorandum.Applicability", "", "ApplicabilityMatrix.Annex1",
                "The applicability matrix: Annex 1 of the draft of November 2020, cell by cell (the NHSE and NHSI column is kept although NHS England "
                + "and NHS Improvement is not a member, docs/decisions/0027)."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(BoardMeeting document, GovernanceContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        if (MeetingRuleSupport.Evaluate(document, context, e) is not { } evaluation)
        {
            return e.Finish("Eligibility could not be read.");
        }

        var mapping = context.EffectiveOptions.SeatMapping;
        var members = document.Board.Members.IsDefault ? [] : document.Board.Members;
        e.Figure("element", ModelText.Of(document.Matter.Element));
        e.Figure("eligible", evaluation.Eligible.Length);
        e.Figure("eligiblePresent", evaluation.EligiblePresent.Length);
        e.Figure("notCounted", evaluation.NotCounted.Length);
        for (var i = 0; i < members.Length; i++)
        {
            if (mapping.ColumnOf(members[i]) is null)
            {
                e.Raise(SeatWithoutColumn, DocumentPath.Root.Property("board").Property("members").Index(i),
                    $"'{members[i].Name}' sits as {ModelText.Of(members[i].Seat)}, which the seat mapping puts under no Annex 1 column: eligible on nothing (MOU-6).",
                    members[i].Id.Value);
            }
        }

        if (document.Matter.Level == DecisionLevel.WholePartnership && evaluation.Eligible.IsEmpty)
        {
            e.Raise(NoEligibleMember, DocumentPath.Root.Property("matter").Property("element"),
                $"No Board member is eligible on '{ApplicabilityMatrix.Heading(document.Matter.Element)}' under the seat mapping in force (MOU-6).",
                ModelText.Of(document.Matter.Element));
        }

        if (document.Matter.IsFundingMatter && document.Matter.Element != MemorandumElement.Financials)
        {
            e.Raise(FundingMatterElement, DocumentPath.Root.Property("matter").Property("element"),
                $"'{document.Matter.Title}' is a {ModelText.Of(document.Matter.Funding)} matter but names '{ApplicabilityMatrix.Heading(document.Matter.Element)}', not 'Financials' (Annex 1, \"Allocation of capital and transformation\"): eligibility follows the element named (MOU-6).",
                ModelText.Of(document.Matter.Element));
        }

        var positions = document.Positions.IsDefault ? [] : document.Positions;
        for (var i = 0; i < positions.Length; i++)
        {
            if (evaluation.NotCounted.Contains(positions[i].Member))
            {
                e.Raise(PositionNotCounted, DocumentPath.Root.Property("positions").Index(i),
                    $"'{positions[i].Member}' is not eligible on '{ApplicabilityMatrix.Heading(document.Matter.Element)}' (Annex 1): their position is not counted (MOU-6, l.1294).",
                    positions[i].Member.Value);
            }
        }

        return e.Finish($"{ModelText.Count(evaluation.Eligible.Length)} of {ModelText.Count(members.Length)} Board member(s) eligible on '{ApplicabilityMatrix.Heading(document.Matter.Element)}', {ModelText.Count(evaluation.EligiblePresent.Length)} present.");
    }
}
