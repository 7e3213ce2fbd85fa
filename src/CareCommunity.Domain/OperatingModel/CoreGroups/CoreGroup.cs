using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// A care community's core group (CC-2, CC-3): named people, each holding one of the eight <see cref="CoreRole"/>s.
/// Every member has an equal voice: the group has no notion of weight, and <see cref="Tally"/> counts one vote per member.
/// </summary>
/// <remarks>
/// Built with its <see cref="LocalCareCommunity"/>. The rules about the group are checked by
/// <see cref="CoreGroupRolesRule"/> (CC-2) and <see cref="EqualVoiceRule"/> (CC-3), not here: a role may be vacant or
/// shared, and a person may hold two roles (they still have one vote), each reported by its rule (docs/decisions/0004).
/// </remarks>
public sealed class CoreGroup
{
    private readonly Dictionary<PersonId, CoreGroupMember> _byPerson;

    private CoreGroup(ImmutableArray<CoreGroupMember> members)
    {
        Members = members;
        _byPerson = [];
        foreach (var m in members)
        {
            _byPerson.TryAdd(m.Person, m);
        }
    }

    /// <summary>A core group with no members.</summary>
    public static CoreGroup Empty { get; } = new([]);

    /// <summary>The members, in the order they were listed (so indices match the document).</summary>
    public ImmutableArray<CoreGroupMember> Members { get; }

    /// <summary>The roles no one holds, in role order.</summary>
    public IReadOnlyList<CoreRole> VacantRoles => Enum.GetValues<CoreRole>().Where(r => Holder(r) is null).ToArray();

    /// <summary>True when all eight roles are held.</summary>
    public bool IsComplete => VacantRoles.Count == 0;

    /// <summary>Creates a core group of the members listed.</summary>
    /// <param name="members">The members, as listed.</param>
    /// <returns>The group.</returns>
    public static CoreGroup Of(IEnumerable<CoreGroupMember> members) => new([.. Guard.Against.Null(members)]);

    /// <summary>The member holding a role, or null when it is vacant.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The member, or null.</returns>
    public CoreGroupMember? Holder(CoreRole role) => Members.FirstOrDefault(m => m.Role == role);

    /// <summary>True when the person is a member of the core group.</summary>
    /// <param name="person">The person.</param>
    /// <returns>True for a member.</returns>
    public bool IsMember(PersonId person) => _byPerson.ContainsKey(person);

    /// <summary>The membership of a person, or null.</summary>
    /// <param name="person">The person.</param>
    /// <returns>Their membership, or null.</returns>
    public CoreGroupMember? MembershipOf(PersonId person) => _byPerson.GetValueOrDefault(person);

    /// <summary>
    /// Tallies a core-group decision under equal voice (CC-3): one vote per member, whatever their role. Votes from
    /// people who are not members, and second votes from the same member, are not counted and are listed as such.
    /// </summary>
    /// <param name="votes">The votes cast.</param>
    /// <param name="rule">How the group decides; the group determines its own ways of working, so this is a parameter.</param>
    /// <returns>The decision, explained.</returns>
    public Explained<CoreGroupDecision> Tally(IEnumerable<CoreGroupVote> votes, CoreGroupDecisionRule rule = CoreGroupDecisionRule.SimpleMajority)
    {
        Guard.Against.Null(votes);
        Guard.Against.UndefinedEnum(rule);
        var counted = new Dictionary<PersonId, CoreGroupVote>();
        var rejected = new List<CoreGroupVote>();
        foreach (var vote in votes)
        {
            if (!IsMember(vote.Person) || !counted.TryAdd(vote.Person, vote))
            {
                rejected.Add(vote);
            }
        }

        var inFavour = counted.Values.Count(v => v.Choice == VoteChoice.InFavour);
        var against = counted.Values.Count(v => v.Choice == VoteChoice.Against);
        var abstaining = counted.Values.Count(v => v.Choice == VoteChoice.Abstain);
        var agreed = rule switch
        {
            CoreGroupDecisionRule.SimpleMajority => inFavour > against,
            CoreGroupDecisionRule.Consensus => inFavour > 0 && against == 0,
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
        var decision = new CoreGroupDecision(agreed, inFavour, against, abstaining, [.. rejected]);
        var inputs = new Dictionary<string, string>
        {
            ["members"] = Members.Length.ToString(CultureInfo.InvariantCulture),
            ["inFavour"] = inFavour.ToString(CultureInfo.InvariantCulture),
            ["against"] = against.ToString(CultureInfo.InvariantCulture),
            ["abstaining"] = abstaining.ToString(CultureInfo.InvariantCulture),
            ["notCounted"] = rejected.Count.ToString(CultureInfo.InvariantCulture),
            ["decisionRule"] = rule.ToString(),
        };
        var why = new Explanation(
            agreed ? "The core group agreed." : "The core group did not agree.",
            [
                RuleApplication.Of(OperatingModelRules.EqualVoice.Id, true,
                    "Each member's vote counted once with equal weight, whatever their role; votes from non-members and repeat votes were not counted.", inputs),
                RuleApplication.Of(OperatingModelRules.CoreGroupRoles.Id, agreed, rule == CoreGroupDecisionRule.SimpleMajority
                    ? $"Simple majority: {inFavour} in favour against {against}."
                    : $"Consensus: {inFavour} in favour and {against} against (consensus needs at least one in favour and none against)."),
            ]);
        return new Explained<CoreGroupDecision>(decision, why);
    }
}
