using System.Collections.Immutable;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// The memorandum over time: the register of its <see cref="MemorandumVersions"/> and, for each version, the
/// <see cref="Memorandum"/> an evaluation reads (its partners and its applicability matrix). A Board meeting is evaluated
/// under the version in force on the meeting's date (<see cref="BoardMeetingEvaluator.EvaluateUnder"/>);
/// a date on which no version is in force is reported with the reason, never answered from another version
/// (docs/decisions/0055).
/// </summary>
public sealed class MemorandumHistory
{
    private readonly ImmutableDictionary<MemorandumVersionId, Memorandum> _texts;

    private MemorandumHistory(MemorandumVersions versions, ImmutableDictionary<MemorandumVersionId, Memorandum> texts)
    {
        Versions = versions;
        _texts = texts;
    }

    /// <summary>The register of versions.</summary>
    public MemorandumVersions Versions { get; }

    /// <summary>Creates the history, reporting every problem instead of throwing.</summary>
    /// <param name="versions">The register of versions.</param>
    /// <param name="texts">For each version with an effective period, the memorandum it holds; versions without a period
    /// may be left out.</param>
    /// <returns>The history, or the issues: a text for a version the register does not hold
    /// (<c>charter.unknown-version</c>), a version in force without a text (<c>meeting.missing</c>), located at
    /// <c>$.texts.&lt;version id&gt;</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<MemorandumHistory> Create(MemorandumVersions versions, IEnumerable<KeyValuePair<MemorandumVersionId, Memorandum>> texts)
    {
        Guard.Against.Null(versions);
        Guard.Against.Null(texts);
        var issues = new List<ValidationIssue>();
        var map = ImmutableDictionary.CreateBuilder<MemorandumVersionId, Memorandum>();
        var reported = new HashSet<MemorandumVersionId>();
        foreach (var (id, text) in texts)
        {
            var at = DocumentPath.Root.Property("texts").Property(id.Value);
            if (versions.Find(id) is null)
            {
                reported.Add(id);
                issues.Add(Issue(CharterIntegrity.UnknownVersion, at, $"A text is given for version '{id}', which the register does not hold."));
            }
            else if (text is null)
            {
                reported.Add(id);
                issues.Add(Issue(MeetingIntegrity.Missing, at, $"The text of version '{id}' is missing (null)."));
            }
            else if (!map.TryAdd(id, text))
            {
                issues.Add(Issue(MeetingIntegrity.Duplicate, at, $"Version '{id}' is given two texts."));
            }
        }

        foreach (var v in versions.InForce)
        {
            if (!map.ContainsKey(v.Id) && !reported.Contains(v.Id))
            {
                issues.Add(Issue(MeetingIntegrity.Missing, DocumentPath.Root.Property("texts").Property(v.Id.Value),
                    $"Version '{v.Id}' has an effective period ({v.Period}) but no text to evaluate meetings under."));
            }
        }

        return issues.Count > 0
            ? Result<MemorandumHistory>.Failure(issues)
            : Result<MemorandumHistory>.Success(new MemorandumHistory(versions, map.ToImmutable()));
    }

    /// <summary>A history of one version: <paramref name="memorandum"/> in force over the version's effective period.</summary>
    /// <param name="version">The version (e.g. <see cref="MemorandumVersion.November2020Draft"/>, given a period with
    /// <see cref="MemorandumVersion.WithPeriod"/>).</param>
    /// <param name="memorandum">What the version holds, e.g. <see cref="Memorandum.Draft2020"/>.</param>
    /// <returns>The history, or the issues.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<MemorandumHistory> Of(MemorandumVersion version, Memorandum memorandum)
    {
        Guard.Against.Null(version);
        Guard.Against.Null(memorandum);
        var register = MemorandumVersions.Create([version]);
        return register.IsSuccess
            ? Create(register.Value, [new(version.Id, memorandum)])
            : Result<MemorandumHistory>.Failure(register.Issues);
    }

    /// <summary>The memorandum in force on <paramref name="date"/>, with its version, or why none is.</summary>
    /// <param name="date">The day, e.g. a meeting's date.</param>
    /// <returns>The version and its text, or <see cref="NoVersionInForce"/>.</returns>
    public OneOf.OneOf<(MemorandumVersion Version, Memorandum Memorandum), NoVersionInForce> InForceOn(LocalDate date) =>
        Versions.InForceOn(date).Match<OneOf.OneOf<(MemorandumVersion, Memorandum), NoVersionInForce>>(
            v => (v, _texts[v.Id]),
            none => none);

    private static ValidationIssue Issue(Rules.IssueDefinition d, DocumentPath at, string message) =>
        new(d.DefaultSeverity, d.Kind, null, d.Code, at, message);
}
