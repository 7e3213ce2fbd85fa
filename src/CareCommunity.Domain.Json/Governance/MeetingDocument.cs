using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Governance;
using CareCommunity.Domain.Governance.Applicability;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.Governance.Decisions;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.Governance;

/// <summary>Settings for <see cref="MeetingDocument.Decide(ReadOnlySpan{byte}, MeetingReadSettings?)"/>.</summary>
public sealed record MeetingReadSettings
{
    /// <summary>The defaults: the document's own quorum and options over the library's, under <see cref="Memorandum.Draft2020"/>.</summary>
    public static MeetingReadSettings Default { get; } = new();

    /// <summary>The readings to decide under; when given, they replace the document's <c>quorum</c> and <c>options</c>.</summary>
    public GovernanceOptions? Options { get; init; }

    /// <summary>The memorandum the meeting is decided under (its partners and Annex 1); <see cref="Memorandum.Draft2020"/> when null.</summary>
    public Memorandum? Memorandum { get; init; }

    /// <summary>The register of memorandum versions a document's <c>memorandumVersion</c> names one of; <see cref="MemorandumVersions.Seed"/> when null.</summary>
    public MemorandumVersions? Versions { get; init; }

    /// <summary>
    /// The memorandum's versions with their texts. When given, the meeting is decided under the version in force on its
    /// date (<see cref="BoardMeetingEvaluator.EvaluateUnder"/>; none in force is an error at <c>$.heldOn</c>), its
    /// register replaces <see cref="Versions"/>, and <see cref="Memorandum"/> is not used.
    /// </summary>
    public MemorandumHistory? History { get; init; }

    /// <summary>The limits on what is read and reported.</summary>
    public ValidationLimits Limits { get; init; } = ValidationLimits.Default;
}

/// <summary>The outcome of reading and deciding a meeting document.</summary>
/// <param name="Report">Every problem found: structural, value, and a meeting that does not hold together (e.g. a member listed twice).</param>
/// <param name="Meeting">The meeting, when the document could be read into one.</param>
/// <param name="Options">The readings it was decided under, when it was read.</param>
/// <param name="Decision">The evaluation of the matter with its explanation, when the meeting holds together.</param>
/// <param name="Version">The memorandum version the document names, or the one in force on the meeting's date, if any.</param>
/// <param name="Rules">The results of the meeting's rules (MOU-2..MOU-6) and the Board's standing (MOU-1, MOU-10), in id order; empty when the meeting could not be decided.</param>
public sealed record MeetingDecisionResult(ValidationReport Report, BoardMeeting? Meeting, GovernanceOptions? Options, Explained<MeetingEvaluation>? Decision,
    MemorandumVersion? Version, ImmutableArray<RuleResult> Rules)
{
    /// <summary>True when the document was read and the matter decided (whatever the outcome).</summary>
    public bool IsValid => Report.IsValid && Decision is not null;
}

/// <summary>
/// Reads meeting documents (<c>docs/schemas/meeting.schema.json</c>) into a <see cref="BoardMeeting"/> and has the
/// domain (<see cref="BoardMeetingEvaluator"/>) decide the matter. Never throws for bad data: every problem is an issue
/// at its JSON path in the document (the domain's own locations, such as <c>$.board.members[2]</c> or
/// <c>$.positions[0]</c>, are moved onto the member they are about: <c>$.members[2]</c>, <c>$.members[5].position</c>).
/// </summary>
public static partial class MeetingDocument
{
    private const string Kind = "meeting";

    /// <summary>The rules a meeting is checked against: those of the meeting (MOU-2..MOU-6) and the Board's standing (MOU-1, MOU-10), in id order.</summary>
    private static readonly ImmutableArray<RuleId> MeetingRuleIds =
        [.. GovernanceRules.MeetingRules.Select(r => r.Descriptor.Id).Append(GovernanceRules.Partners.Descriptor.Id).Append(GovernanceRules.BoardMembership.Descriptor.Id).Order()];

    /// <summary>Issue code: a memorandum version the register does not hold.</summary>
    public static IssueCode UnknownMemorandumVersion { get; } = IssueCode.Create("value.unknown-memorandum-version");

    /// <summary>Issue code (information): the document names no memorandum version and none is in force on the meeting's date.</summary>
    public static IssueCode NoVersionInForce { get; } = IssueCode.Create("meeting-document.no-version-in-force");

    /// <summary>Reads a document and decides its matter.</summary>
    /// <param name="utf8Json">The document, UTF-8 (a byte-order mark is allowed).</param>
    /// <param name="settings">The settings; <see cref="MeetingReadSettings.Default"/> when null.</param>
    /// <returns>The report, the meeting and the decision.</returns>
    public static MeetingDecisionResult Decide(ReadOnlySpan<byte> utf8Json, MeetingReadSettings? settings = null)
    {
        settings ??= MeetingReadSettings.Default;
        if (utf8Json.Length > settings.Limits.MaxDocumentBytes)
        {
            return Finish(QualityDocuments.TooLarge(utf8Json.Length, settings.Limits), null, null, null, settings);
        }

        var issues = new IssueCollector();
        var contract = JsonDocuments.Read(utf8Json, CareCommunityJsonContext.Default.MeetingDocumentContract, Kind, issues);
        if (contract is null)
        {
            return Finish(issues, null, null, null, settings);
        }

        var memorandum = settings.Memorandum ?? Memorandum.Draft2020;
        var before = issues.Issues.Count;
        var version = Version(contract, settings.History?.Versions ?? settings.Versions ?? MemorandumVersions.Seed, settings.History is null, issues, settings.Limits);
        var unknownVersion = issues.Issues.Skip(before).Any(i => i.Severity == Severity.Error);
        var (meeting, options) = ToMeeting(contract, issues, settings);
        if (meeting is null || options is null || unknownVersion)
        {
            return Finish(issues, null, null, null, settings, version);
        }

        if (settings.History is { } history && history.InForceOn(meeting.Date).TryPickT0(out var inForce, out _))
        {
            memorandum = inForce.Memorandum;
            if (version is { } named && named.Id != inForce.Version.Id)
            {
                issues.Error(IssueKind.Value, null, UnknownMemorandumVersion, DocumentPath.Root.Property("memorandumVersion"),
                    $"The meeting is held on {ModelText.Date(meeting.Date)}, when '{inForce.Version.Id}' is in force, not '{named.Id}'.", named.Id.Value);
                return Finish(issues, null, null, null, settings, version);
            }

            version = inForce.Version;
        }

        var evaluated = settings.History is { } h ? BoardMeetingEvaluator.EvaluateUnder(meeting, h, options) : BoardMeetingEvaluator.Evaluate(meeting, memorandum, options);
        if (evaluated.ValueOrDefault is not { } decision)
        {
            Relocated(evaluated.Issues, contract, issues);
            return Finish(issues, meeting, options, null, settings, version);
        }

        var context = new GovernanceContext(meeting.Date, memorandum, options);
        var rules = GovernanceRules.CheckMeeting(meeting, context).Concat(GovernanceRules.CheckStanding(meeting.Board, context))
            .OrderBy(r => r.Rule).ToImmutableArray();
        var relocated = rules.Select(r => r with { Issues = [.. r.Issues.Select(i => Relocate(i, contract))] }).ToImmutableArray();
        return Finish(issues, meeting, options, decision, settings, version, relocated);
    }

    private static MemorandumVersion? Version(MeetingDocumentContract c, MemorandumVersions versions, bool sayNoneInForce, IssueCollector issues, ValidationLimits limits)
    {
        var at = DocumentPath.Root.Property("memorandumVersion");
        if (c.MemorandumVersion is not { } text)
        {
            var inForce = versions.InForceOn(c.HeldOn);
            if (inForce.None is { } none && sayNoneInForce)
            {
                issues.Information(IssueKind.Required, null, NoVersionInForce, at,
                    none.Message + " The matter is decided under the memorandum the library holds; name the version with \"memorandumVersion\".");
            }

            return inForce.Version;
        }

        if (MemorandumVersionId.TryCreate(text, out var id) && versions.Find(id) is { } found)
        {
            return found;
        }

        issues.Error(IssueKind.Value, null, UnknownMemorandumVersion, at,
            $"'{limits.Echo(text)}' is not a memorandum version of the register; expected one of: {string.Join(", ", versions.Versions.Select(v => v.Id.Value))}.", text);
        return null;
    }

    private static void Relocated(IEnumerable<ValidationIssue> found, MeetingDocumentContract c, IssueCollector issues)
    {
        foreach (var issue in found)
        {
            issues.Add(Relocate(issue, c));
        }
    }

    private static ValidationIssue Relocate(ValidationIssue issue, MeetingDocumentContract c) =>
        new(issue.Severity, issue.Kind, issue.Rule, issue.Code, Relocate(issue.Location, c), issue.Message, issue.OffendingValue);

    /// <summary>Reads a document from a stream, reading at most <see cref="ValidationLimits.MaxDocumentBytes"/> bytes, and decides its matter.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static MeetingDecisionResult Decide(Stream utf8Json, MeetingReadSettings? settings = null)
    {
        settings ??= MeetingReadSettings.Default;
        return QualityDocuments.ReadBounded(utf8Json, settings.Limits) is { } bytes
            ? Decide(bytes, settings)
            : Finish(QualityDocuments.TooLarge(null, settings.Limits), null, null, null, settings);
    }

    /// <summary>Reads a document file and decides its matter; a file that cannot be read, or is over the size limit, is an issue, not an exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static MeetingDecisionResult DecideFile(string path, MeetingReadSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        settings ??= MeetingReadSettings.Default;
        if (QualityDocuments.LengthOf(path) is { } length && length > settings.Limits.MaxDocumentBytes)
        {
            return Finish(QualityDocuments.TooLarge(length, settings.Limits), null, null, null, settings);
        }

        var issues = new IssueCollector();
        var bytes = JsonDocuments.ReadFile(path, issues);
        return bytes is null ? Finish(issues, null, null, null, settings) : Decide(bytes, settings);
    }

    /// <summary>Writes a meeting as a document (it reads back to the same meeting); the quorum and options are written out in full.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">The readings; <see cref="GovernanceOptions.Default"/> when null.</param>
    /// <param name="memorandumVersion">The memorandum version to name, if any.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(BoardMeeting meeting, GovernanceOptions? options = null, string? memorandumVersion = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        options ??= GovernanceOptions.Default;
        var present = meeting.Present.IsDefault ? [] : meeting.Present.ToHashSet();
        var positions = (meeting.Positions.IsDefault ? [] : meeting.Positions).ToDictionary(p => p.Member, p => p.Position);
        var m = meeting.Matter;
        var q = options.Quorum;
        var seats = Enum.GetValues<BoardSeat>()
            .Where(s => options.SeatMapping.ColumnOf(s) != SeatMapping.Default.ColumnOf(s))
            .Select(s => new SeatColumnContract(EnumText.Format(s), options.SeatMapping.ColumnOf(s) is { } c ? EnumText.Format(c) : null))
            .ToArray();
        var contract = new MeetingDocumentContract(
            CareCommunityDocumentContract.CurrentSchemaVersion,
            meeting.Date,
            new MeetingMatterContract(m.Title, EnumText.Format(m.Element), EnumText.Format(m.Level),
                m.Funding == FundingMatter.None ? null : EnumText.Format(m.Funding), m.Forum, m.Organisation?.Value,
                m.PowersDelegatedBy.IsDefaultOrEmpty ? null : [.. m.PowersDelegatedBy.Select(p => p.Value)],
                m.AffectedPartners.IsDefaultOrEmpty ? null : [.. m.AffectedPartners.Select(p => p.Value)]),
            [.. meeting.Board.Members.Select(b => new BoardMemberContract(b.Id.Value, b.Name, EnumText.Format(b.Seat), present.Contains(b.Id),
                positions.TryGetValue(b.Id, out var p) ? EnumText.Format(p) : null, b.Organisation?.Value,
                b.Column is { } c ? EnumText.Format(c) : null, b.SubRegion is { } r ? EnumText.Format(r) : null))],
            new QuorumContract(q.Numerator == 0 ? null : q.Numerator, q.Numerator == 0 ? null : q.Denominator, q.Numerator == 0 ? null : q.MoreThan,
                q.MinimumMembers == 0 ? null : q.MinimumMembers,
                q.RequiredSeats.IsEmpty ? null : [.. q.RequiredSeats.Select(g => new SeatGroupContract(g.Name, [.. g.Seats.Select(EnumText.Format)]))]),
            meeting.Recorded is { } recorded ? EnumText.Format(recorded) : null,
            memorandumVersion,
            new DecisionOptionsContract(EnumText.Format(options.SeventyFivePercentBase), EnumText.Format(options.Consensus), seats.Length == 0 ? null : seats));
        return ReadableJson.Serialize(contract, CareCommunityJsonContext.Default.MeetingDocumentContract);
    }

    private static MeetingDecisionResult Finish(IssueCollector issues, BoardMeeting? meeting, GovernanceOptions? options, Explained<MeetingEvaluation>? decision,
        MeetingReadSettings settings, MemorandumVersion? version = null, ImmutableArray<RuleResult> rules = default)
    {
        rules = rules.IsDefault ? QualityDocuments.NotEvaluated(MeetingRuleIds, "the meeting could not be read or does not hold together.") : rules;
        return new(QualityDocuments.Report(issues, rules, settings.Limits), meeting, options, decision, version, rules);
    }

    private static (BoardMeeting? Meeting, GovernanceOptions? Options) ToMeeting(MeetingDocumentContract c, IssueCollector issues, MeetingReadSettings settings)
    {
        var root = DocumentPath.Root;
        var v = new ContractValueReader(issues, settings.Limits);
        var before = issues.Issues.Count;
        v.SchemaVersion(c.SchemaVersion, root.Property("schemaVersion"));
        var matter = ReadMatter(c.Matter, root.Property("matter"), v, issues);
        var members = v.Each(c.Members, root.Property("members"), (m, i) => ReadMember(m, root.Property("members").Index(i), v));
        MaturityDocument.NullElements(c.Members, root.Property("members"), issues);
        var recorded = c.Recorded is { } r ? v.Enum<RecordedOutcome>(r, root.Property("recorded")) : null;
        var options = settings.Options ?? ReadOptions(c, root, v, issues);

        if (issues.Issues.Skip(before).Any(i => i.Severity == Severity.Error) || matter is null || options is null || members.Any(m => m is null))
        {
            return (null, null);
        }

        var present = members.Where(m => m!.Present).Select(m => m!.Member.Id).ToImmutableArray();
        var stated = members.Where(m => m!.Position is not null).Select(m => new MemberPosition(m!.Member.Id, m.Position!.Value)).ToImmutableArray();
        var board = new PartnershipBoard([.. members.Select(m => m!.Member)]);
        return (new BoardMeeting(c.HeldOn, board, matter, present, stated, recorded), options);
    }

    private static Matter? ReadMatter(MeetingMatterContract c, DocumentPath at, ContractValueReader v, IssueCollector issues)
    {
        var title = v.Text(c.Title, at.Property("title"));
        var element = v.Enum<MemorandumElement>(c.Element, at.Property("element"));
        var level = v.Enum<DecisionLevel>(c.Level, at.Property("level"));
        var funding = c.Funding is { } f ? v.Enum<FundingMatter>(f, at.Property("funding")) : FundingMatter.None;
        var forum = c.Forum is { } text ? v.Text(text, at.Property("forum")) : null;
        var organisation = c.Organisation is { } o ? v.Id<OrganisationId>(o, at.Property("organisation"), OrganisationId.TryCreate, "organisation id") : null;
        var delegatedBy = Organisations(c.PowersDelegatedBy, at.Property("powersDelegatedBy"), v, issues);
        var affected = Organisations(c.AffectedPartners, at.Property("affectedPartners"), v, issues);
        if (title is null || element is null || level is null || funding is null || delegatedBy is null || affected is null
            || (c.Forum is not null && forum is null) || (c.Organisation is not null && organisation is null))
        {
            return null;
        }

        return new Matter(title, level.Value, element.Value, funding.Value, delegatedBy.Value, affected.Value, forum, organisation);
    }

    private static ImmutableArray<OrganisationId>? Organisations(IReadOnlyList<string>? ids, DocumentPath at, ContractValueReader v, IssueCollector issues)
    {
        MaturityDocument.NullElements(ids, at, issues);
        var read = v.EachValue(ids, at, (id, i) => v.Id<OrganisationId>(id, at.Index(i), OrganisationId.TryCreate, "organisation id"));
        return read.Any(r => r is null) ? null : [.. read.Select(r => r!.Value)];
    }

    private static MemberRead? ReadMember(BoardMemberContract c, DocumentPath at, ContractValueReader v)
    {
        var position = c.Position is { } p ? v.Enum<Position>(p, at.Property("position")) : null;
        var id = v.Id<PersonId>(c.Id, at.Property("id"), PersonId.TryCreate, "person id");
        var name = v.Text(c.Name, at.Property("name"));
        var seat = v.Enum<BoardSeat>(c.Seat, at.Property("seat"));
        var organisation = c.Organisation is { } o ? v.Id<OrganisationId>(o, at.Property("organisation"), OrganisationId.TryCreate, "organisation id") : null;
        var column = c.Column is { } col ? v.Enum<ApplicabilityColumn>(col, at.Property("column")) : null;
        var subRegion = c.SubRegion is { } s ? v.Enum<SubRegion>(s, at.Property("subRegion")) : null;
        if (id is null || name is null || seat is null || (c.Organisation is not null && organisation is null)
            || (c.Column is not null && column is null) || (c.SubRegion is not null && subRegion is null) || (c.Position is not null && position is null))
        {
            return null;
        }

        return new MemberRead(new BoardMember(id.Value, name, seat.Value, organisation, subRegion, column), c.Present, position);
    }

    private static GovernanceOptions? ReadOptions(MeetingDocumentContract c, DocumentPath root, ContractValueReader v, IssueCollector issues)
    {
        var options = GovernanceOptions.Default;
        var ok = true;
        if (c.Quorum is { } q)
        {
            var quorum = ReadQuorum(q, root.Property("quorum"), v, issues);
            ok &= quorum is not null;
            options = quorum is null ? options : options with { Quorum = quorum };
        }

        if (c.Options is not { } o)
        {
            return ok ? options : null;
        }

        var at = root.Property("options");
        if (o.SeventyFivePercentBase is { } b)
        {
            var reading = v.Enum<SeventyFivePercentBase>(b, at.Property("seventyFivePercentBase"));
            ok &= reading is not null;
            options = reading is { } r ? options with { SeventyFivePercentBase = r } : options;
        }

        if (o.Consensus is { } cd)
        {
            var consensus = v.Enum<ConsensusDefinition>(cd, at.Property("consensus"));
            ok &= consensus is not null;
            options = consensus is { } d ? options with { Consensus = d } : options;
        }

        var mapping = options.SeatMapping;
        var seen = new HashSet<BoardSeat>();
        var seatColumns = v.Each(o.SeatColumns, at.Property("seatColumns"), (sc, i) =>
        {
            var entry = at.Property("seatColumns").Index(i);
            var seat = v.Enum<BoardSeat>(sc.Seat, entry.Property("seat"));
            ApplicabilityColumn? column = sc.Column is { } text ? v.Enum<ApplicabilityColumn>(text, entry.Property("column")) : null;
            if (seat is null || (sc.Column is not null && column is null))
            {
                return null;
            }

            if (!seen.Add(seat.Value))
            {
                issues.Error(IssueKind.Invariant, null, CareCommunityDocument.DuplicateMember, entry.Property("seat"),
                    $"The seat '{sc.Seat}' is mapped more than once; map each seat once.", sc.Seat);
                return null;
            }

            return Tuple.Create(seat.Value, column);
        });
        MaturityDocument.NullElements(o.SeatColumns, at.Property("seatColumns"), issues);
        if (!ok || seatColumns.Any(s => s is null))
        {
            return null;
        }

        return options with { SeatMapping = seatColumns.Aggregate(mapping, (m, s) => m.With(s!.Item1, s.Item2)) };
    }

    private static QuorumRule? ReadQuorum(QuorumContract q, DocumentPath at, ContractValueReader v, IssueCollector issues)
    {
        if ((q.Numerator is null) != (q.Denominator is null))
        {
            issues.Error(IssueKind.Required, null, CareCommunityDocument.MissingMember, at.Property(q.Numerator is null ? "numerator" : "denominator"),
                "A quorum share needs both a numerator and a denominator (e.g. 1 and 2 for half the members).");
            return null;
        }

        if (q.MoreThan is not null && q.Numerator is null)
        {
            issues.Error(IssueKind.Required, null, CareCommunityDocument.MissingMember, at.Property("numerator"),
                "'moreThan' qualifies a share: give a numerator and a denominator too.");
            return null;
        }

        if (q.Numerator is null && q.MinimumMembers is null && q.RequiredSeats is null)
        {
            issues.Error(IssueKind.Required, null, CareCommunityDocument.MissingMember, at,
                "A quorum needs a share (numerator, denominator), a minimumMembers or requiredSeats; leave 'quorum' out for the library's default (more than half the members present).");
            return null;
        }

        var groups = v.Each(q.RequiredSeats, at.Property("requiredSeats"), (g, i) =>
        {
            var entry = at.Property("requiredSeats").Index(i);
            var name = v.Text(g.Name, entry.Property("name"));
            var seats = v.EachValue(g.Seats, entry.Property("seats"), (s, j) => v.Enum<BoardSeat>(s, entry.Property("seats").Index(j)));
            MaturityDocument.NullElements(g.Seats, entry.Property("seats"), issues);
            if (name is null || seats.Any(s => s is null))
            {
                return null;
            }

            return Construct(() => new SeatGroup(name, seats.Select(s => s!.Value)), entry.Property("seats"), issues, "This seat group is refused");
        });
        MaturityDocument.NullElements(q.RequiredSeats, at.Property("requiredSeats"), issues);
        if (groups.Any(g => g is null))
        {
            return null;
        }

        return Construct(() =>
        {
            var rule = q.Numerator is { } n
                ? (q.MoreThan ?? false ? QuorumRule.MoreThanShare(n, q.Denominator!.Value) : QuorumRule.AtLeastShare(n, q.Denominator!.Value))
                : QuorumRule.AtLeast(Math.Max(1, q.MinimumMembers ?? 1));
            rule = q.MinimumMembers is { } min && q.Numerator is not null ? rule.WithMinimum(min) : rule;
            return groups.Aggregate(rule, (r, g) => r.Requiring(g!.Name, g.Seats));
        }, at, issues, "This quorum is refused");
    }

    /// <summary>Builds a domain value whose factory guards its arguments; a refusal becomes a value issue at <paramref name="at"/>.</summary>
    private static T? Construct<T>(Func<T> create, DocumentPath at, IssueCollector issues, string what)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            var message = e.Message;
            var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            message = parameter < 0 ? message : message[..parameter];
            issues.Error(IssueKind.Value, null, CareCommunityDocument.ValueNotAllowed, at, $"{what}: {message.Split('\n')[0].Trim()}");
            return null;
        }
    }

    /// <summary>
    /// Moves a location the domain gives in the terms of <see cref="BoardMeeting"/> onto this document: the Board's
    /// members are the document's members in order, the attendees those marked present, the positions those stated.
    /// </summary>
    private static DocumentPath Relocate(DocumentPath location, MeetingDocumentContract c)
    {
        var text = location.ToString();
        if (text == "$.date")
        {
            return DocumentPath.Root.Property("heldOn");
        }

        if (text is "$.board" or "$.present" or "$.positions")
        {
            return DocumentPath.Root.Property("members");
        }

        if (text.StartsWith("$.board.members", StringComparison.Ordinal))
        {
            return DocumentPath.FromText("$.members" + text["$.board.members".Length..]);
        }

        if (Indexed().Match(text) is { Success: true } m)
        {
            var k = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var members = m.Groups[1].Value == "present"
                ? c.Members.Select((b, i) => (b, i)).Where(x => x.b.Present).Select(x => x.i).ToArray()
                : c.Members.Select((b, i) => (b, i)).Where(x => x.b.Position is not null).Select(x => x.i).ToArray();
            if (k < members.Length)
            {
                return DocumentPath.Root.Property("members").Index(members[k]).Property(m.Groups[1].Value == "present" ? "present" : "position");
            }
        }

        return location;
    }

    private sealed record MemberRead(BoardMember Member, bool Present, Position? Position);

    [GeneratedRegex(@"^\$\.(present|positions)\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Indexed();
}
