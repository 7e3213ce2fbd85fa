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
/// Invariants, checked by <see cref="Create"/>: each role is held by at most one person, and a person holds at most one
/// role (one person, one voice — see docs/decisions/0004). A role may be vacant; vacancies are reported by validation.
/// </remarks>
public sealed class CoreGroup
{
    private readonly Dictionary<PersonId, CoreGroupMember> _byPerson;

    private CoreGroup(ImmutableArray<CoreGroupMember> members)
    {
        Members = members;
        _byPerson = members.ToDictionary(m => m.Person);
    }

    /// <summary>A core group with no members.</summary>
    public static CoreGroup Empty { get; } = new([]);

    /// <summary>The members, in the order they were listed (so indices match the document).</summary>
    public ImmutableArray<CoreGroupMember> Members { get; }

    /// <summary>The roles no one holds, in role order.</summary>
    public IReadOnlyList<CoreRole> VacantRoles => Enum.GetValues<CoreRole>().Where(r => Holder(r) is null).ToArray();

    /// <summary>True when all eight roles are held.</summary>
    public bool IsComplete => Members.Length == CoreRoleProfile.All.Count;

    /// <summary>Creates a core group. Issues are located relative to the list of members (<c>$[i]</c>).</summary>
    /// <param name="members">The members, as listed.</param>
    /// <returns>The group, or the CC-2/CC-3 issues that prevent it.</returns>
    public static Result<CoreGroup> Create(IEnumerable<CoreGroupMember> members)
    {
        Guard.Against.Null(members);
        var list = members.ToArray();
        var issues = new IssueCollector();
        var roles = new Dictionary<CoreRole, int>();
        var people = new Dictionary<PersonId, int>();
        for (var i = 0; i < list.Length; i++)
        {
            var at = DocumentPath.Root.Index(i);
            if (!roles.TryAdd(list[i].Role, i))
            {
                issues.Error(IssueKind.Invariant, OperatingModelRules.CoreGroupRoles.Id, OperatingModelIssueCodes.CoreRoleHeldTwice, at.Property("role"),
                    $"The core role '{CoreRoleProfile.For(list[i].Role).Title}' is already held by the member at index {roles[list[i].Role]}: each of the eight core roles is held by one named individual (CC-2).",
                    ModelText.Of(list[i].Role));
            }

            if (!people.TryAdd(list[i].Person, i))
            {
                issues.Error(IssueKind.Invariant, OperatingModelRules.EqualVoice.Id, OperatingModelIssueCodes.PersonHoldsTwoCoreRoles, at.Property("personId"),
                    $"Person '{list[i].Person}' already holds a core role (index {people[list[i].Person]}): one person holding two roles would have two voices, against equal voice (CC-3).",
                    list[i].Person.Value);
            }
        }

        return issues.HasErrors
            ? Result<CoreGroup>.Failure(issues.Issues)
            : Result<CoreGroup>.Success(new CoreGroup([.. list]));
    }

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
