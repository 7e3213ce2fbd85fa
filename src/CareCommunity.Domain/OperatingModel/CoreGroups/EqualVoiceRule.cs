using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-3: the core team operates within the principles of equal voice, equal value and equity; no role outweighs
/// another in its decisions (<see cref="CoreGroup.Tally"/> counts one vote per member), and it meets with a frequency
/// it determines itself.
/// </summary>
public sealed class EqualVoiceRule : OperatingModelRule
{
    /// <summary>One person holds two or more core roles.</summary>
    public static IssueDefinition PersonHoldsTwoRoles { get; } = new(IssueCode.Create("core-group.person-holds-two-roles"), IssueKind.BusinessRule, Modality.LibraryReading,
        "One person holds two or more core roles. The source does not forbid it; equal voice is kept because a member votes once (docs/decisions/0004).");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-3"), "Equal voice, equal value, equity",
        "The core team operates within the principles of equal voice, equal value and equity: no role outweighs another in the core "
        + "group's decisions. The team meets regularly, with a frequency it determines itself.",
        [
            SeedDocument.CareCommunitiesOperatingModel.Quote(99, Modality.Must,
                "The core team will operate within the principles of equal voice, equal value and equity in driving forward improvement actions determined by the group."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(99, Modality.Must,
                "The core team will meet regularly, with frequency determined by the team."),
        ],
        [PersonHoldsTwoRoles],
        [
            new RuleOption("OperatingModelOptions.SeverityOverrides", "--severity core-group.person-holds-two-roles=error", "information",
                "One person, one core role is the library's reading, not the source's: raise it to an error to enforce it."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var at = DocumentPath.Root.Property("coreGroup");
        var seen = new Dictionary<PersonId, int>();
        for (var i = 0; i < document.CoreGroup.Length; i++)
        {
            if (document.CoreGroup[i] is { } member && !seen.TryAdd(member.Person, i))
            {
                e.Raise(PersonHoldsTwoRoles, at.Index(i).Property("personId"),
                    $"Person '{member.Person}' already holds a core role (index {seen[member.Person]}); they keep one voice in the core group's decisions (CC-3).",
                    member.Person.Value);
            }
        }

        var members = document.CoreGroup.Count(m => m is not null);
        e.Figure("coreGroupMembers", members);
        e.Figure("distinctPeople", seen.Count);
        return e.Finish($"{ModelText.Count(seen.Count)} people hold the {ModelText.Count(members)} listed core role(s); each has one equal vote.");
    }
}
