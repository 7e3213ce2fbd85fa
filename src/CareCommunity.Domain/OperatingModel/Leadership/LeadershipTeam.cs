using System.Collections.Immutable;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>A leadership role held by a core-group member.</summary>
/// <param name="Role">The leadership role.</param>
/// <param name="Person">Who holds it.</param>
public sealed record LeadershipAssignment(LeadershipRole Role, PersonId Person);

/// <summary>
/// The integrated leadership and management team (CC-4), drawn from the core group membership. A team is built only
/// with its <see cref="LocalCareCommunity"/>, which refuses a draft whose team holds anyone who is not a core-group
/// member (<see cref="LeadershipDrawnFromCoreGroupRule"/>): a leadership team holding a non-member is unrepresentable.
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

    /// <summary>Creates the team of the assignments listed; <see cref="LeadershipDrawnFromCoreGroupRule"/> (CC-4) checks it.</summary>
    /// <param name="assignments">The assignments, as listed.</param>
    /// <returns>The team.</returns>
    internal static LeadershipTeam Of(IEnumerable<LeadershipAssignment> assignments) => new([.. assignments]);

    /// <summary>Who holds a leadership role, or null.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The holder, or null.</returns>
    public PersonId? Holder(LeadershipRole role) =>
        Assignments.FirstOrDefault(a => a.Role == role) is { } found ? found.Person : null;
}
