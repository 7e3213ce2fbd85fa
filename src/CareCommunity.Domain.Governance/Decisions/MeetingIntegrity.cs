using System.Collections.Immutable;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// What a Board meeting must hold for the rules to be read at all (not sentences of the Memorandum): a Board and a
/// matter, defined values, unique ids, references that resolve, positions only from members present. The evaluation
/// returns these as a failure; MOU-4 lists and reports them.
/// </summary>
public static class MeetingIntegrity
{
    /// <summary>The Board or the matter is missing.</summary>
    public static IssueDefinition Missing { get; } = new(IssueCode.Create("meeting.missing"), IssueKind.Required, Modality.DocumentIntegrity,
        "The meeting has no Board or no matter, or a member, attendee or position is missing (null).");

    /// <summary>A value is not allowed.</summary>
    public static IssueDefinition InvalidValue { get; } = new(IssueCode.Create("meeting.invalid-value"), IssueKind.Value, Modality.DocumentIntegrity,
        "A value is not defined or blank: a seat, column, sub-region, level, element, funding flag or position outside its list, a default id or a blank name.");

    /// <summary>An id appears twice.</summary>
    public static IssueDefinition Duplicate { get; } = new(IssueCode.Create("meeting.duplicate"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "A Board member, an attendee or a member's position appears more than once.");

    /// <summary>A reference does not resolve.</summary>
    public static IssueDefinition UnknownReference { get; } = new(IssueCode.Create("meeting.unknown-reference"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "An attendee or a position names someone who is not a Board member, or an organisation the memorandum's register does not hold.");

    /// <summary>A position from a member not present.</summary>
    public static IssueDefinition PositionOfAbsentMember { get; } = new(IssueCode.Create("meeting.position-of-absent-member"), IssueKind.Invariant,
        Modality.DocumentIntegrity, "A position is recorded for a Board member who is not listed as present.");

    /// <summary>No version of the memorandum is in force on the meeting's date (evaluation under a <see cref="Charter.MemorandumHistory"/>).</summary>
    public static IssueDefinition NoMemorandumInForce { get; } = new(IssueCode.Create("meeting.no-memorandum-in-force"), IssueKind.Invariant,
        Modality.DocumentIntegrity, "No version of the memorandum is in force on the meeting's date, so no version's partners and applicability matrix can decide eligibility (docs/decisions/0055).");

    /// <summary>Every definition, in order.</summary>
    public static ImmutableArray<IssueDefinition> All { get; } = [Missing, InvalidValue, Duplicate, UnknownReference, PositionOfAbsentMember, NoMemorandumInForce];
}
