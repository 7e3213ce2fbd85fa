using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// MOU-3: "The Partnership Board will not act where it has no formal powers delegated by any Partner" (004 l.1290). A
/// whole-Partnership matter no Partner (member) delegated formal powers on is outside the Board's powers: it may be
/// considered, not decided. Checked on a <see cref="BoardMeeting"/>.
/// </summary>
public sealed class DelegatedPowersRule : GovernanceRule<BoardMeeting>
{
    internal DelegatedPowersRule()
    {
    }

    /// <summary>No Partner delegated formal powers on the matter.</summary>
    public static IssueDefinition NoPowers { get; } = new(IssueCode.Create("delegated-powers.none"), IssueKind.BusinessRule, Modality.LibraryReading,
        "No Partner has delegated formal powers on the matter to the Board: the Board may consider it but will not act.");

    /// <summary>The minutes record the Board acting without powers.</summary>
    public static IssueDefinition ActedWithoutPowers { get; } = new(IssueCode.Create("delegated-powers.acted-without-powers"), IssueKind.BusinessRule, Modality.Must,
        "The minutes record the Board as carrying a matter no Partner delegated formal powers on.");

    /// <summary>A delegation named by an organisation that is not a Partner.</summary>
    public static IssueDefinition NonMemberDelegation { get; } = new(IssueCode.Create("delegated-powers.non-member-delegation"), IssueKind.BusinessRule,
        Modality.LibraryReading, "A delegation of powers is named by an organisation that is not a member Partner (e.g. NHS England and NHS Improvement); it does not count.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("MOU-3"), "No formal powers, no action",
        "The Partnership Board acts on a whole-Partnership matter only where at least one Partner has delegated formal powers on it.",
        [MemorandumClauses.NoFormalPowers], [NoPowers, ActedWithoutPowers, NonMemberDelegation]);

    /// <inheritdoc />
    public override RuleResult Check(BoardMeeting document, GovernanceContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = Begin(context);
        if (MeetingRuleSupport.Evaluate(document, context, e) is not { } evaluation)
        {
            return e.Finish("The Board's powers could not be read.");
        }

        var matter = document.Matter;
        var delegations = matter.PowersDelegatedBy.IsDefault ? [] : matter.PowersDelegatedBy;
        var partners = context.EffectiveMemorandum.Partners;
        var byMembers = delegations.Count(d => partners.TryFind(d, out var p) && p.IsMember);
        e.Figure("delegatedByPartners", byMembers);
        if (matter.Level != DecisionLevel.WholePartnership)
        {
            return e.Finish("Not a whole-Partnership matter: the Board's powers are not in question (MOU-2).");
        }

        for (var i = 0; i < delegations.Length; i++)
        {
            if (partners.TryFind(delegations[i], out var p) && !p.IsMember)
            {
                e.Raise(NonMemberDelegation, DocumentPath.Root.Property("matter").Property("powersDelegatedBy").Index(i),
                    $"'{p.Name}' is not a member Partner: its delegation does not give the Board formal powers (MOU-3).", p.Id.Value);
            }
        }

        if (evaluation.Outcome.IsT4)
        {
            e.Raise(NoPowers, DocumentPath.Root.Property("matter").Property("powersDelegatedBy"),
                $"No Partner has delegated formal powers on '{matter.Title}': the Partnership Board will not act (MOU-3, l.1290).");
            if (document.Recorded == RecordedOutcome.Carried)
            {
                e.Raise(ActedWithoutPowers, DocumentPath.Root.Property("recorded"),
                    $"The minutes record '{matter.Title}' as carried, but no Partner delegated formal powers on it (MOU-3, l.1290).", "carried");
            }
        }

        return e.Finish(byMembers == 0
            ? $"No Partner delegated formal powers on '{matter.Title}': outside the Board's powers."
            : $"{ModelText.Count(byMembers)} Partner(s) delegated formal powers on '{matter.Title}'.");
    }
}
