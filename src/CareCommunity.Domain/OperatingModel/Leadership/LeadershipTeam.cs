using System.Collections.Immutable;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>A leadership role held by a core-group member.</summary>
/// <param name="Role">The leadership role.</param>
/// <param name="Person">Who holds it.</param>
public sealed record LeadershipAssignment(LeadershipRole Role, PersonId Person);

/// <summary>
/// The integrated leadership and management team (CC-4), drawn from the core group membership. A team can only be made
/// by <see cref="Create"/>, which refuses anyone who is not a core-group member: a leadership team holding a non-member
/// is unrepresentable.
/// </summary>
public sealed class LeadershipTeam
{
    private LeadershipTeam(ImmutableArray<LeadershipAssignment> assignments) => Assignments = assignments;

    /// <summary>The assignments, in the order they were listed (so indices match the document).</summary>
    public ImmutableArray<LeadershipAssignment> Assignments { get; }

    /// <summary>The six responsibilities every leadership team carries (001 l.131-138).</summary>
    public static IReadOnlyList<LeadershipResponsibility> Responsibilities { get; } = Enum.GetValues<LeadershipResponsibility>();

    /// <summary>The leadership roles no one holds.</summary>
    public IReadOnlyList<LeadershipRole> VacantRoles => Enum.GetValues<LeadershipRole>().Where(r => Holder(r) is null).ToArray();

    /// <summary>The people on the team (a person may hold more than one leadership role).</summary>
    public IReadOnlyList<PersonId> People => Assignments.Select(a => a.Person).Distinct().ToArray();

    /// <summary>
    /// Draws a leadership team from a core group. Issues are located relative to the list of assignments (<c>$[i]</c>).
    /// </summary>
    /// <param name="coreGroup">The core group the team is drawn from.</param>
    /// <param name="assignments">The assignments, as listed.</param>
    /// <returns>The team, or the CC-4 issues that prevent it: a holder who is not a core-group member, or a role held twice.</returns>
    public static Result<LeadershipTeam> Create(CoreGroup coreGroup, IEnumerable<LeadershipAssignment> assignments)
    {
        Guard.Against.Null(coreGroup);
        Guard.Against.Null(assignments);
        var list = assignments.ToArray();
        var issues = new IssueCollector();
        var seen = new Dictionary<LeadershipRole, int>();
        for (var i = 0; i < list.Length; i++)
        {
            var at = DocumentPath.Root.Index(i);
            var a = list[i];
            if (!Enum.IsDefined(a.Role))
            {
                issues.Error(IssueKind.Value, OperatingModelRules.LeadershipTeam.Id, OperatingModelIssueCodes.UnknownLeadershipRole, at.Property("role"),
                    "Not a leadership role of the model (CC-4).", ModelText.Of(a.Role));
                continue;
            }

            if (!coreGroup.IsMember(a.Person))
            {
                issues.Error(IssueKind.Invariant, OperatingModelRules.LeadershipTeam.Id, OperatingModelIssueCodes.LeaderNotCoreMember, at.Property("personId"),
                    $"'{a.Person}' cannot be the {LeadershipRoleProfile.For(a.Role).Title}: the leadership and management team is drawn from the core group membership (CC-4), and this person is not a core-group member.",
                    a.Person.Value);
            }

            if (!seen.TryAdd(a.Role, i))
            {
                issues.Error(IssueKind.Invariant, OperatingModelRules.LeadershipTeam.Id, OperatingModelIssueCodes.LeadershipRoleHeldTwice, at.Property("role"),
                    $"The {LeadershipRoleProfile.For(a.Role).Title} is already assigned at index {seen[a.Role]}: each leadership role has one holder (CC-4).",
                    ModelText.Of(a.Role));
            }
        }

        return issues.HasErrors
            ? Result<LeadershipTeam>.Failure(issues.Issues)
            : Result<LeadershipTeam>.Success(new LeadershipTeam([.. list]));
    }

    /// <summary>Who holds a leadership role, or null.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The holder, or null.</returns>
    public PersonId? Holder(LeadershipRole role) =>
        Assignments.FirstOrDefault(a => a.Role == role) is { } found ? found.Person : null;
}
