using System.Collections.Immutable;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// The rules of the Care Communities Operating Model, CC-1..CC-11: one type per rule, each in the folder of its
/// concept. The validator runs <see cref="All"/>; the catalogue and <c>docs/rules.md</c> are built from them.
/// </summary>
public static class OperatingModelRules
{
    /// <summary>CC-1: a team of teams on a registered-population footprint.</summary>
    public static FootprintRule Footprint { get; } = new();

    /// <summary>CC-2: the core group and its eight roles.</summary>
    public static CoreGroupRolesRule CoreGroupRoles { get; } = new();

    /// <summary>CC-3: equal voice, equal value, equity.</summary>
    public static EqualVoiceRule EqualVoice { get; } = new();

    /// <summary>CC-4: the leadership and management team is drawn from the core group.</summary>
    public static LeadershipDrawnFromCoreGroupRule LeadershipDrawnFromCoreGroup { get; } = new();

    /// <summary>CC-5: wider members and aligned secondary care leads.</summary>
    public static WiderMembersRule WiderMembers { get; } = new();

    /// <summary>CC-6: bi-monthly governance and reporting.</summary>
    public static GovernanceCadenceRule GovernanceCadence { get; } = new();

    /// <summary>CC-7: the risk register and escalation.</summary>
    public static RiskRegisterAndEscalationRule RiskRegisterAndEscalation { get; } = new();

    /// <summary>CC-8: the cost centre and impact-assessed changes.</summary>
    public static CostCentreAndImpactAssessmentRule CostCentreAndImpactAssessment { get; } = new();

    /// <summary>CC-9: the 80:20 principle.</summary>
    public static EightyTwentyRule EightyTwenty { get; } = new();

    /// <summary>CC-10: initiatives' expected impact and project initiation.</summary>
    public static InitiativeImpactRule InitiativeImpact { get; } = new();

    /// <summary>CC-11: adopt or adapt.</summary>
    public static AdoptOrAdaptRule AdoptOrAdapt { get; } = new();

    /// <summary>Every rule, in id order: what the validator runs on every document.</summary>
    public static ImmutableArray<OperatingModelRule> All { get; } =
    [
        Footprint, CoreGroupRoles, EqualVoice, LeadershipDrawnFromCoreGroup, WiderMembers, GovernanceCadence,
        RiskRegisterAndEscalation, CostCentreAndImpactAssessment, EightyTwenty, InitiativeImpact, AdoptOrAdapt,
    ];

    /// <summary>The operating model's rule set, CC-1..CC-11, built from <see cref="All"/>.</summary>
    public static RuleSet Set { get; } = new("Care community operating model", All.Select(r => r.Descriptor));
}
