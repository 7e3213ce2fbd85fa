using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// The register of the memorandum's versions: immutable, ids unique, effective periods never overlapping, so that on
/// any day at most one version is in force (docs/decisions/0055). A meeting is evaluated under the version in force on
/// its date: <see cref="InForceOn"/>. The register holds whatever versions the user knows of; the library ships only the
/// seed's <see cref="MemorandumVersion.November2020Draft"/>, without an effective period.
/// </summary>
public sealed class MemorandumVersions
{
    private MemorandumVersions(ImmutableArray<MemorandumVersion> versions)
    {
        Versions = versions;
        InForce = [.. versions.Where(v => v.Period is not null).OrderBy(v => v.Period!.From)];
    }

    /// <summary>A register without versions.</summary>
    public static MemorandumVersions Empty { get; } = new([]);

    /// <summary>The register holding only the seed's draft (which has no effective period).</summary>
    public static MemorandumVersions Seed { get; } = new([MemorandumVersion.November2020Draft]);

    /// <summary>Every version: those with an effective period in the order they take effect, then those without, by id.</summary>
    public ImmutableArray<MemorandumVersion> Versions { get; }

    /// <summary>The versions with an effective period, in the order they take effect.</summary>
    public ImmutableArray<MemorandumVersion> InForce { get; }

    /// <summary>Creates a register, reporting every problem instead of throwing.</summary>
    /// <param name="versions">The versions, in any order; a null entry is reported at its index.</param>
    /// <returns>The register, or the issues: <c>charter.version-missing</c> (a null entry), <c>model.duplicate-id</c>
    /// and <c>charter.versions-overlap</c>, located at <c>$[i]</c>.</returns>
    public static Result<MemorandumVersions> Create(IEnumerable<MemorandumVersion?> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var list = versions.ToArray();
        var issues = new List<ValidationIssue>();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                issues.Add(CharterIssues.Missing("version-missing", DocumentPath.Root.Index(i), $"The version at index {ModelText.Count(i)} could not be read."));
            }
        }

        issues.AddRange(Conflicts(list));
        return issues.Count > 0
            ? Result<MemorandumVersions>.Failure(issues)
            : Result<MemorandumVersions>.Success(new MemorandumVersions(Order(list!)));
    }

    /// <summary>
    /// The problems that stop versions forming a register: an id used twice, two periods sharing a day. Each is located
    /// at the index of the later entry and names the earlier one.
    /// </summary>
    /// <param name="versions">The versions; null entries are skipped.</param>
    /// <returns>The issues (<c>model.duplicate-id</c>, <c>charter.versions-overlap</c>), none when they form a register.</returns>
    public static IReadOnlyList<ValidationIssue> Conflicts(IReadOnlyList<MemorandumVersion?> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var issues = new List<ValidationIssue>();
        var seen = new Dictionary<MemorandumVersionId, int>();
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i] is not { } v)
            {
                continue;
            }

            if (!seen.TryAdd(v.Id, i))
            {
                issues.Add(new ValidationIssue(Severity.Error, IssueKind.Invariant, null, IssueCode.Create("model.duplicate-id"), DocumentPath.Root.Index(i).Property("id"),
                    $"The version id '{v.Id}' is already used at index {ModelText.Count(seen[v.Id])}: ids must be unique within a list.", v.Id.Value));
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (versions[j] is { Period: { } earlier } other && other.Id != v.Id && v.Period is { } period && period.Overlaps(earlier))
                {
                    issues.Add(new ValidationIssue(Severity.Error, IssueKind.Invariant, null, CharterIntegrity.VersionsOverlap.Code, DocumentPath.Root.Index(i).Property("period"),
                        $"Version '{v.Id}' ({period}) and version '{other.Id}' at index {ModelText.Count(j)} ({earlier}) are both in force on {ModelText.Date(period.From > earlier.From ? period.From : earlier.From)}: at most one version is in force on a day.",
                        period.ToString()));
                }
            }
        }

        return issues;
    }

    /// <summary>The version in force on <paramref name="date"/>, or why none is: the unique version whose effective period
    /// contains the day. Evaluate a meeting under the version in force on the meeting's date.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The version, or <see cref="NoVersionInForce"/> with the reason and the neighbouring versions.</returns>
    public VersionInForce InForceOn(LocalDate date)
    {
        if (Versions.IsEmpty)
        {
            return VersionInForce.Of(new NoVersionInForce(date, NoVersionReason.RegisterEmpty, null, null));
        }

        if (InForce.IsEmpty)
        {
            return VersionInForce.Of(new NoVersionInForce(date, NoVersionReason.NoneInForce, null, null));
        }

        MemorandumVersion? previous = null;
        foreach (var v in InForce)
        {
            if (v.Period!.Contains(date))
            {
                return VersionInForce.Of(v);
            }

            if (v.Period.From > date)
            {
                return VersionInForce.Of(new NoVersionInForce(date, previous is null ? NoVersionReason.BeforeFirst : NoVersionReason.BetweenVersions, previous, v));
            }

            previous = v;
        }

        return VersionInForce.Of(new NoVersionInForce(date, NoVersionReason.AfterLast, previous, null));
    }

    /// <summary>Finds a version by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The version, or null.</returns>
    public MemorandumVersion? Find(MemorandumVersionId id) => Versions.FirstOrDefault(v => v.Id == id);

    /// <summary>This register with one more version (the register is user-extensible: a later text, a new memorandum).</summary>
    /// <param name="version">The version.</param>
    /// <returns>The longer register, or the issues when the id is taken or the period overlaps another version's.</returns>
    public Result<MemorandumVersions> With(MemorandumVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Create([.. Versions, version]);
    }

    /// <summary>
    /// Applies an agreed variation (MOU-8): the version it varies ends the day before <paramref name="next"/> takes effect,
    /// and <paramref name="next"/> joins the register. Fails, with the MOU-8 issues, when the Board has not agreed the
    /// variation, when a Partner was not consulted before the Board agreed it, or when <paramref name="next"/> is not the
    /// version the variation produces, in force from its date.
    /// </summary>
    /// <param name="variation">The variation.</param>
    /// <param name="next">The varied text, with its effective period.</param>
    /// <param name="partners">The Partners at the date the Board agreed (all must have been consulted).</param>
    /// <param name="options">The options (minimum days of consultation); defaults when null.</param>
    /// <returns>The register with the new version, or the issues.</returns>
    public Result<MemorandumVersions> Apply(Variation variation, MemorandumVersion next, IEnumerable<OrganisationId> partners, CharterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(variation);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(partners);
        var rule = CharterRules.Variations.Descriptor.Id;
        var issues = new List<ValidationIssue>();
        void Add(IssueDefinition d, string member, string message, string? value = null) =>
            issues.Add(new ValidationIssue(d.DefaultSeverity, d.Kind, rule, d.Code, DocumentPath.Root.Property(member), message, value));

        if (variation.Agreement is not { } agreement)
        {
            Add(VariationsRule.NotAgreed, "agreement",
                $"Variation '{variation.Id}' has not been agreed by the Partnership Board: the memorandum may only be varied by the agreement of the Board (MOU-8).",
                variation.Id.Value);
        }
        else
        {
            foreach (var gap in variation.ConsultationGaps(partners, (options ?? CharterOptions.Default).MinimumConsultationDays))
            {
                Add(gap.Kind == ConsultationGapKind.NotConsulted ? VariationsRule.PartnerNotConsulted : VariationsRule.ConsultedAfterAgreement, "consultations",
                    gap.Kind == ConsultationGapKind.NotConsulted
                        ? $"Partner '{gap.Partner}' was not consulted before the Board agreed variation '{variation.Id}' on {ModelText.Date(agreement.AgreedOn)} (MOU-8)."
                        : $"Partner '{gap.Partner}' was first consulted on {ModelText.Date(gap.FirstConsultedOn!.Value)}, too late for the Board's agreement on {ModelText.Date(agreement.AgreedOn)} (MOU-8).",
                    gap.Partner.Value);
            }

            if (next.Period is { } p && p.From < agreement.AgreedOn)
            {
                Add(VariationsRule.VariedBeforeAgreement, "effectiveFrom",
                    $"Version '{next.Id}' would take effect on {ModelText.Date(p.From)}, before the Board agreed variation '{variation.Id}' on {ModelText.Date(agreement.AgreedOn)} (MOU-8).",
                    ModelText.Date(p.From));
            }
        }

        if (next.Period is not { } period)
        {
            Add(VariationsRule.VersionMismatch, "produces", $"Version '{next.Id}' has no effective period: a variation's version takes effect from a date.", next.Id.Value);
        }
        else if ((variation.Produces is { } id && id != next.Id) || (variation.EffectiveFrom is { } from && from != period.From))
        {
            Add(VariationsRule.VersionMismatch, "produces",
                $"Variation '{variation.Id}' produces '{variation.Produces}' from {(variation.EffectiveFrom is { } f ? ModelText.Date(f) : "?")}, not '{next.Id}' from {ModelText.Date(period.From)}.",
                next.Id.Value);
        }

        var varied = Find(variation.Varies);
        if (varied is null)
        {
            Add(CharterIntegrity.UnknownVersion, "varies", $"Variation '{variation.Id}' varies version '{variation.Varies}', which is not in the register.", variation.Varies.Value);
        }

        if (issues.Count > 0)
        {
            return Result<MemorandumVersions>.Failure(issues);
        }

        var list = Versions.ToList();
        if (varied!.Period is { } old && (old.Until is not { } until || until >= next.Period!.From))
        {
            if (next.Period!.From <= old.From
                || !old.EndingOn(next.Period.From.PlusDays(-1)).TryGetValue(out var endedPeriod)
                || !varied.WithPeriod(endedPeriod).TryGetValue(out var shortened))
            {
                return Result<MemorandumVersions>.Failure([new ValidationIssue(Severity.Error, VariationsRule.VersionMismatch.Kind, rule, VariationsRule.VersionMismatch.Code,
                    DocumentPath.Root.Property("effectiveFrom"),
                    $"Version '{next.Id}' would take effect on {ModelText.Date(next.Period.From)}, before or when the version it varies, '{varied.Id}', takes effect ({ModelText.Date(old.From)}).",
                    ModelText.Date(next.Period.From))]);
            }

            list[list.IndexOf(varied)] = shortened;
        }

        return Create([.. list, next]);
    }

    private static ImmutableArray<MemorandumVersion> Order(IEnumerable<MemorandumVersion> versions) =>
        [.. versions.OrderBy(v => v.Period is null ? 1 : 0).ThenBy(v => v.Period?.From ?? default).ThenBy(v => v.Id)];

}
