using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-4: an integrated leadership and management team is drawn from the core group membership: a Care Community
/// Clinical/Practitioner Lead, a PCN Clinical Director, a Community Manager/Coach, a nursing or AHP lead and a Social
/// Care Lead.
/// </summary>
public sealed class LeadershipDrawnFromCoreGroupRule : OperatingModelRule
{
    /// <summary>A leadership role is held by someone who is not a core-group member.</summary>
    public static IssueDefinition NotCoreMember { get; } = new(IssueCode.Create("leadership.not-core-member"), IssueKind.Invariant, Modality.Must,
        "A leadership role is held by someone who is not a member of the core group.");

    /// <summary>A leadership role has no holder.</summary>
    public static IssueDefinition RoleVacant { get; } = new(IssueCode.Create("leadership.role-vacant"), IssueKind.Required, Modality.Must,
        "One of the five leadership roles has no holder (severity: OperatingModelOptions.VacantLeadershipRoleSeverity, --vacant-roles).");

    /// <summary>Two people hold the same leadership role.</summary>
    public static IssueDefinition RoleHeldTwice { get; } = new(IssueCode.Create("leadership.role-held-twice"), IssueKind.BusinessRule, Modality.LibraryReading,
        "Two people hold the same leadership role; the source names each role once.");

    /// <summary>A leadership role is held by a core member whose core role is not the one the leadership role suggests.</summary>
    public static IssueDefinition CoreRoleMismatch { get; } = new(IssueCode.Create("leadership.core-role-mismatch"), IssueKind.BusinessRule, Modality.LibraryReading,
        "A leadership role is held by a core-group member whose core role is not the one the leadership role's title suggests.");

    /// <summary>The nursing or AHP lead is not recorded as a nurse or allied health professional.</summary>
    public static IssueDefinition NursingOrAhpLeadProfession { get; } = new(IssueCode.Create("leadership.nursing-ahp-lead-profession"), IssueKind.BusinessRule, Modality.LibraryReading,
        "The nursing or AHP lead is not recorded as a nurse or allied health professional (policy --nursing-ahp-lead, docs/decisions/0005).");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-4"), "Leadership and management team drawn from the core group",
        "An integrated leadership and management team is drawn from the core group membership: a Care Community Clinical/Practitioner "
        + "Lead, a PCN Clinical Director, a Community Manager/Coach, a nursing or AHP lead and a Social Care Lead. It reports priorities "
        + "and performance into Place, influences Place plans through local data, oversees effectiveness, quality and safety, stewards "
        + "resources within cost centres, supports innovation and improvement, and engages local populations using local assets.",
        [
            SeedDocument.CareCommunitiesOperatingModel.Quote(124, Modality.Must,
                "In addition, there will be an integrated leadership and management team drawn from the Core Group membership."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(124, Modality.Must,
                "The Leadership and management team will consist of a Care Community Clinical/Practitioner Lead, a PCN Clinical Director, a Community Manager/Coach, nursing or AHP lead and a Social Care Lead."),
        ],
        [NotCoreMember, RoleVacant, RoleHeldTwice, CoreRoleMismatch, NursingOrAhpLeadProfession, DocumentIntegrity.UnknownPerson],
        [
            new RuleOption("OperatingModelOptions.VacantLeadershipRoleSeverity", "--vacant-roles error|warning", "error",
                "How serious a vacant leadership role is; \"will consist of\" makes it an error."),
            new RuleOption("OperatingModelOptions.NursingOrAhpLead", "--nursing-ahp-lead nurse-or-ahp|any-core-member", "nurse-or-ahp",
                "Who may hold the nursing or AHP lead: a core member recorded as a nurse or AHP (the library's reading of the title), or any core member."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var list = DocumentPath.Root.Property("leadershipTeam");
        var held = new Dictionary<LeadershipRole, int>();
        for (var i = 0; i < document.LeadershipTeam.Length; i++)
        {
            if (document.LeadershipTeam[i] is not { } a)
            {
                continue;
            }

            if (!Enum.IsDefined(a.Role))
            {
                e.CouldNotEvaluate($"the leadership assignment at index {ModelText.Count(i)} names no leadership role of the model.");
                continue;
            }

            var at = list.Index(i);
            var profile = LeadershipRoleProfile.For(a.Role);
            if (!held.TryAdd(a.Role, i))
            {
                e.Raise(RoleHeldTwice, at.Property("role"),
                    $"The {profile.Title} is already assigned at index {held[a.Role]}: the source names each leadership role once (CC-4).", ModelText.Of(a.Role));
            }

            if (!CheckListed(e, context, a.Person, at.Property("personId")))
            {
                continue;
            }

            if (context.CoreMembershipOf(a.Person) is not { } membership)
            {
                if (context.SomeCoreMembersUnread)
                {
                    e.CouldNotEvaluate("some core-group members could not be read, so whether a leader is a member is not known.");
                    continue;
                }

                e.Raise(NotCoreMember, at.Property("personId"),
                    $"'{a.Person}' cannot be the {profile.Title}: the leadership and management team is drawn from the core group membership (CC-4), and this person is not a core-group member.",
                    a.Person.Value);
                continue;
            }

            if (profile.ExpectedCoreRole is { } expected && membership.Role != expected)
            {
                e.Raise(CoreRoleMismatch, at.Property("personId"),
                    $"The {profile.Title} is held by the core group's '{CoreRoleProfile.For(membership.Role).Title}', not its '{CoreRoleProfile.For(expected).Title}' (CC-4).", a.Person.Value);
            }

            if (a.Role == LeadershipRole.NursingOrAhpLead && context.Options.NursingOrAhpLead == NursingOrAhpLeadPolicy.RegisteredNurseOrAhp
                && context.PersonOrNull(a.Person)?.Profession is { } profession and not (Profession.Nurse or Profession.AlliedHealthProfessional))
            {
                e.Raise(NursingOrAhpLeadProfession, at.Property("personId"), profession == Profession.Unspecified
                        ? "The nursing or AHP lead's profession is not recorded, so it cannot be confirmed they are a nurse or allied health professional (CC-4, docs/decisions/0005)."
                        : $"The nursing or AHP lead is recorded as {ModelText.Of(profession)}, not a nurse or allied health professional (CC-4, docs/decisions/0005); --nursing-ahp-lead any-core-member allows this.",
                    a.Person.Value);
            }
        }

        var vacant = Enum.GetValues<LeadershipRole>().Where(r => !held.ContainsKey(r)).ToArray();
        foreach (var role in document.LeadershipTeam.Any(a => a is null) ? [] : vacant)
        {
            e.Raise(RoleVacant, list,
                $"No one holds the {LeadershipRoleProfile.For(role).Title}: the leadership and management team consists of five roles drawn from the core group (CC-4).",
                ModelText.Of(role), context.Options.VacantLeadershipRoleSeverity);
        }

        if (vacant.Length > 0 && document.LeadershipTeam.Any(a => a is null))
        {
            e.CouldNotEvaluate("some leadership assignments could not be read, so a role reported vacant may be held.");
        }

        e.Figure("leadershipRolesHeld", held.Count);
        e.Figure("vacantLeadershipRoles", string.Join(",", vacant.Select(r => ModelText.Of(r))));
        return e.Finish($"{ModelText.Count(held.Count)} of the {ModelText.Count(LeadershipRoleProfile.All.Count)} leadership roles are held.");
    }
}
