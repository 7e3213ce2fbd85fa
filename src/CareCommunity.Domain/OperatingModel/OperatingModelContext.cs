using System.Collections.Immutable;
using NodaTime;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// What a rule of the operating model needs besides the draft: the date it is evaluated on (none when building an
/// aggregate, so time-dependent checks are skipped), the options in force, and indexes of the draft's people,
/// organisations and core group, built once per document and shared by every rule.
/// </summary>
public sealed class OperatingModelContext
{
    private readonly Dictionary<PersonId, Person> _people = [];
    private readonly Dictionary<OrganisationId, Organisation> _organisations = [];
    private readonly Dictionary<PersonId, CoreGroupMember> _coreMembers = [];

    private OperatingModelContext(CareCommunityDraft draft, LocalDate? asOf, OperatingModelOptions options)
    {
        Draft = draft;
        AsOf = asOf;
        Options = options;
        foreach (var o in draft.Organisations)
        {
            if (o is not null)
            {
                _organisations.TryAdd(o.Id, o);
            }
        }

        foreach (var p in draft.People)
        {
            if (p is not null)
            {
                _people.TryAdd(p.Id, p);
            }
        }

        foreach (var m in draft.CoreGroup)
        {
            if (m is not null)
            {
                _coreMembers.TryAdd(m.Person, m);
            }
        }
    }

    /// <summary>True when some person in <c>$.people</c> could not be read: a reference to no listed person may name them.</summary>
    public bool SomePeopleUnread => Draft.People.Any(p => p is null);

    /// <summary>True when some organisation could not be read: a reference to no listed organisation may name it.</summary>
    public bool SomeOrganisationsUnread => Draft.Organisations.Any(o => o is null);

    /// <summary>True when some core-group member could not be read: who is a member is not fully known.</summary>
    public bool SomeCoreMembersUnread => Draft.CoreGroup.Any(m => m is null);

    /// <summary>The draft the context indexes.</summary>
    public CareCommunityDraft Draft { get; }

    /// <summary>The date the document is evaluated on; null when no date applies (building an aggregate).</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The options in force.</summary>
    public OperatingModelOptions Options { get; }

    /// <summary>The severities the user chose for particular issue codes.</summary>
    public ImmutableDictionary<Validation.IssueCode, Validation.Severity> SeverityOverrides => Options.SeverityOverrides;

    /// <summary>Creates the context of one document.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="asOf">The evaluation date, or null.</param>
    /// <param name="options">The options; the defaults when null.</param>
    /// <returns>The context.</returns>
    public static OperatingModelContext For(CareCommunityDraft draft, LocalDate? asOf, OperatingModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new OperatingModelContext(draft, asOf, options ?? OperatingModelOptions.Default);
    }

    /// <summary>The first listed person with this id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The person, or null.</returns>
    public Person? PersonOrNull(PersonId id) => _people.GetValueOrDefault(id);

    /// <summary>The first listed organisation with this id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The organisation, or null.</returns>
    public Organisation? OrganisationOrNull(OrganisationId id) => _organisations.GetValueOrDefault(id);

    /// <summary>The organisation a person comes from, when both are listed.</summary>
    /// <param name="id">The person's id.</param>
    /// <returns>The organisation, or null.</returns>
    public Organisation? OrganisationOf(PersonId id) => PersonOrNull(id) is { } p ? OrganisationOrNull(p.Organisation) : null;

    /// <summary>The person's first core-group membership, or null when they hold no core role.</summary>
    /// <param name="id">The person's id.</param>
    /// <returns>The membership, or null.</returns>
    public CoreGroupMember? CoreMembershipOf(PersonId id) => _coreMembers.GetValueOrDefault(id);

    /// <summary>True when a person with this id is listed.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when listed.</returns>
    public bool IsListed(PersonId id) => _people.ContainsKey(id);

    /// <summary>True when an organisation with this id is listed.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when listed.</returns>
    public bool IsListed(OrganisationId id) => _organisations.ContainsKey(id);
}
