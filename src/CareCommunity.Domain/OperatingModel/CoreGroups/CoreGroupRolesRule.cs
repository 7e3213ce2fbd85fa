using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-2: a core group of named individuals from the partner organisations, with a commensurate level of autonomy, is
/// central to decision making; its eight roles are listed by the operating model.
/// </summary>
public sealed class CoreGroupRolesRule : OperatingModelRule
{
    /// <summary>One of the eight core roles has no named holder.</summary>
    public static IssueDefinition RoleVacant { get; } = new(IssueCode.Create("core-group.role-vacant"), IssueKind.Required, Modality.Must,
        "One of the eight core roles has no named holder (severity: OperatingModelOptions.VacantCoreRoleSeverity, --vacant-roles).");

    /// <summary>Two people hold the same core role.</summary>
    public static IssueDefinition RoleHeldTwice { get; } = new(IssueCode.Create("core-group.role-held-twice"), IssueKind.BusinessRule, Modality.LibraryReading,
        "Two people hold the same core role; the source lists each role once but does not forbid a shared role (docs/decisions/0004).");

    /// <summary>A core role is held by someone from an organisation of a kind the role does not suggest.</summary>
    public static IssueDefinition RoleOrganisationMismatch { get; } = new(IssueCode.Create("core-group.role-organisation-mismatch"), IssueKind.BusinessRule, Modality.LibraryReading,
        "A core role is held by someone from a kind of organisation the role's title does not suggest (docs/decisions/0004).");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-2"), "The core group and its eight roles",
        "A core group of named individuals from services within the care community, with a commensurate level of autonomy for decision "
        + "making, is central to decision making. Its roles are: Primary Care Network Clinical Director; Care Community Clinical Lead; "
        + "Coach / Service Manager; Social Care; Public Health; CWP Mental Health; Healthwatch; VCFSE.",
        [
            SeedDocument.CareCommunitiesOperatingModel.Quote(95, Modality.Must,
                "Whilst local teams and local people are all key to delivering a successful Care Community, a core group of individuals made up of colleagues from each of the partner organisations will be central to decision making within their Care Community."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(95, Modality.Must,
                "The “core team” will be named individuals, from services within the Care Community, have a commensurate level of autonomy for decision making and play an active role in developing elements of the Care Community."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(104, 113, Modality.Must,
                "Core group:** - Primary Care Network Clinical Director - Care Community Clinical Lead - Coach / Service Manager - Social Care - Public Health - CWP Mental Health - Healthwatch - VCFSE"),
        ],
        [RoleVacant, RoleHeldTwice, RoleOrganisationMismatch, DocumentIntegrity.UnknownPerson],
        [
            new RuleOption("OperatingModelOptions.VacantCoreRoleSeverity", "--vacant-roles error|warning", "error",
                "How serious a vacant core role is. The source's \"will be named individuals\" makes it an error; a community still forming may want a warning."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var at = DocumentPath.Root.Property("coreGroup");
        var held = new Dictionary<CoreRole, int>();
        for (var i = 0; i < document.CoreGroup.Length; i++)
        {
            if (document.CoreGroup[i] is not { } member)
            {
                continue;
            }

            var profile = CoreRoleProfile.For(member.Role);
            if (!held.TryAdd(member.Role, i))
            {
                e.Raise(RoleHeldTwice, at.Index(i).Property("role"),
                    $"The core role '{profile.Title}' is already held by the member at index {held[member.Role]} (CC-2).", ModelText.Of(member.Role));
            }

            if (CheckListed(e, context, member.Person, at.Index(i).Property("personId"))
                && context.OrganisationOf(member.Person) is { } org && !profile.ExpectedPartnerKinds.Contains(org.Kind))
            {
                e.Raise(RoleOrganisationMismatch, at.Index(i).Property("role"),
                    $"The '{profile.Title}' role is held by someone from '{org.Name}' ({ModelText.Of(org.Kind)}); the role suggests {string.Join(" or ", profile.ExpectedPartnerKinds.Select(k => ModelText.Of(k)))} (CC-2).",
                    ModelText.Of(member.Role));
            }
        }

        var vacant = Enum.GetValues<CoreRole>().Where(r => !held.ContainsKey(r)).ToArray();
        var unreadable = document.CoreGroup.Count(m => m is null);
        foreach (var role in unreadable > 0 ? [] : vacant)
        {
            e.Raise(RoleVacant, at,
                $"The core role '{CoreRoleProfile.For(role).Title}' has no named holder: the core group's eight roles are each held by a named individual (CC-2).",
                ModelText.Of(role), context.Options.VacantCoreRoleSeverity);
        }

        if (unreadable > 0 && vacant.Length > 0)
        {
            e.CouldNotEvaluate($"{ModelText.Count(unreadable)} core-group member(s) could not be read, so the roles not seen ({string.Join(", ", vacant.Select(r => ModelText.Of(r)))}) may be held.");
        }

        e.Figure("coreRolesHeld", held.Count);
        e.Figure("vacantCoreRoles", string.Join(",", vacant.Select(r => ModelText.Of(r))));
        return e.Finish($"{ModelText.Count(held.Count)} of the {ModelText.Count(CoreRoleProfile.All.Count)} core roles are held by named individuals.");
    }
}
