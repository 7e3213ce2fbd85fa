using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// One version of the Memorandum of Understanding: a text, with its standing, its date, where the text is found and the
/// days it is in force. The memorandum is "a dynamic document" that "will be reviewed and updated" (004 l.1086-1088) and
/// may be varied by the Board (MOU-8); each variation gives a new version. <see cref="MemorandumVersions"/> holds the
/// versions and answers which one is in force on a day (docs/decisions/0055).
/// </summary>
public sealed record MemorandumVersion
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 300;

    private MemorandumVersion(MemorandumVersionId id, string title, MemorandumStatus status, LocalDate dated, EffectivePeriod? period, SourceCitation source)
    {
        Id = id;
        Title = title;
        Status = status;
        Dated = dated;
        Period = period;
        Source = source;
    }

    /// <summary>
    /// The text the library is built from: the draft Cheshire and Merseyside Health and Care Partnership Memorandum of
    /// Understanding, "D R A F T", "November 2020" (004 l.862-870), as circulated to Councils in December 2020 (l.217).
    /// The seed gives the month only, so <see cref="Dated"/> is 1 November 2020. The seed records no adoption, so the
    /// version has no effective period: give it one with <see cref="WithPeriod"/> when the Partners' adoption is known.
    /// </summary>
    public static MemorandumVersion November2020Draft { get; } = new(
        MemorandumVersionId.Create("cm-hcp-mou-2020-11-draft"),
        "Cheshire and Merseyside Health and Care Partnership Memorandum of Understanding (draft, November 2020)",
        MemorandumStatus.Draft,
        new LocalDate(2020, 11, 1),
        null,
        SeedDocument.HealthAndWellbeingBoard2021.Lines(862, 1670));

    /// <summary>The version's id.</summary>
    public MemorandumVersionId Id { get; }

    /// <summary>The text's title.</summary>
    public string Title { get; }

    /// <summary>Whether the text is a draft or agreed.</summary>
    public MemorandumStatus Status { get; }

    /// <summary>The date the text bears (the first of the month when the text gives a month only).</summary>
    public LocalDate Dated { get; }

    /// <summary>The days the version is in force; null when it has not (or not yet, to the register's knowledge) taken effect.</summary>
    public EffectivePeriod? Period { get; }

    /// <summary>Where the text is found.</summary>
    public SourceCitation Source { get; }

    /// <summary>Creates a version, reporting every problem instead of throwing.</summary>
    /// <param name="id">The id, a slug.</param>
    /// <param name="title">The text's title, 1 to <see cref="MaxTitleLength"/> characters.</param>
    /// <param name="status">Draft or agreed.</param>
    /// <param name="dated">The date the text bears.</param>
    /// <param name="period">The days it is in force, not starting before <paramref name="dated"/>; null when not in force.</param>
    /// <param name="source">Where the text is found (a <see cref="SeedDocument"/> of the library's, or one of the user's:
    /// <c>new SeedDocument("file", "title").Section("whole")</c>).</param>
    /// <returns>The version, or the issues (locations relative to the version: <c>$.id</c>, <c>$.title</c>, …).</returns>
    public static Result<MemorandumVersion> Create(string? id, string? title, MemorandumStatus status, LocalDate dated, EffectivePeriod? period, SourceCitation? source)
    {
        var issues = new List<ValidationIssue>();
        var root = DocumentPath.Root;
        if (!MemorandumVersionId.TryCreate(id, out var versionId))
        {
            issues.Add(id is null
                ? CharterIssues.Missing("version-id-missing", root.Property("id"), "A memorandum version needs an id.")
                : CharterIssues.Error("version-id-invalid", root.Property("id"), Identifier.Explain("memorandum version id", CharterIssues.Cut(id)), CharterIssues.Cut(id)));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            issues.Add(CharterIssues.Missing("version-title-missing", root.Property("title"), "A memorandum version needs a title."));
        }
        else if (title.Length > MaxTitleLength)
        {
            issues.Add(CharterIssues.Error("version-title-too-long", root.Property("title"),
                $"A memorandum version's title has {ModelText.Count(title.Length)} characters; at most {ModelText.Count(MaxTitleLength)} are accepted.", CharterIssues.Cut(title)));
        }

        if (!Enum.IsDefined(status))
        {
            issues.Add(CharterIssues.Error("version-status-invalid", root.Property("status"), $"'{status}' is not a memorandum status: use draft or agreed.", status.ToString()));
        }

        if (source is null)
        {
            issues.Add(CharterIssues.Missing("version-source-missing", root.Property("source"), "A memorandum version must say where its text is found."));
        }

        if (period is not null && period.From < dated)
        {
            issues.Add(CharterIssues.Invariant("version-in-force-before-dated", root.Property("period").Property("from"),
                $"The version cannot be in force from {ModelText.Date(period.From)}, before the date its text bears ({ModelText.Date(dated)}).",
                ModelText.Date(period.From)));
        }

        return issues.Count > 0
            ? Result<MemorandumVersion>.Failure(issues)
            : Result<MemorandumVersion>.Success(new MemorandumVersion(versionId, title!.Trim(), status, dated, period, source!));
    }

    /// <summary>This version with another effective period (or none), e.g. the draft once the Partners' adoption is known.</summary>
    /// <param name="period">The period, or null.</param>
    /// <returns>The version, or the issue when the period starts before the text's date.</returns>
    public Result<MemorandumVersion> WithPeriod(EffectivePeriod? period) => Create(Id.Value, Title, Status, Dated, period, Source);

    /// <summary>This version with another status, e.g. agreed.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The version.</returns>
    public Result<MemorandumVersion> WithStatus(MemorandumStatus status) => Create(Id.Value, Title, status, Dated, Period, Source);

    /// <summary>True when the version is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when its period contains the day.</returns>
    public bool IsInForceOn(LocalDate date) => Period?.Contains(date) == true;

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({ModelText.Of(Status)}, {(Period is null ? "not in force" : Period.ToString())})";
}
