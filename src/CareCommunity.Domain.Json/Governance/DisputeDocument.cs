using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Governance.Disputes;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Json.Governance;

/// <summary>Settings for <see cref="DisputeDocument.Read(ReadOnlySpan{byte}, DisputeReadSettings?)"/>.</summary>
public sealed record DisputeReadSettings
{
    /// <summary>The defaults: the document's own readings (its <c>options</c>), else the library's.</summary>
    public static DisputeReadSettings Default { get; } = new();

    /// <summary>The readings of the process to follow; when given, they replace the document's <c>options</c>.</summary>
    public DisputeOptions? Options { get; init; }

    /// <summary>The instant to take the dispute's status at and check its history at (MOU-7); when null, the clock's.</summary>
    public Instant? At { get; init; }

    /// <summary>The clock read when <see cref="At"/> is null; with neither, the history is read but neither checked nor given a status.</summary>
    public IClock? Clock { get; init; }

    /// <summary>The limits on what is read and reported.</summary>
    public ValidationLimits Limits { get; init; } = ValidationLimits.Default;
}

/// <summary>The outcome of reading a dispute document.</summary>
/// <param name="Report">Every problem found: structural, value, and what MOU-7 says of the history at the instant (events it does not allow, a referral overdue).</param>
/// <param name="History">The dispute's history, when every event could be read and the process allows each in turn.</param>
/// <param name="DisputeId">The dispute's id, when the document gives one.</param>
/// <param name="At">The instant the history was checked at, if any.</param>
/// <param name="Status">The dispute's status at that instant, with why, when there is a history.</param>
/// <param name="Rule">MOU-7's result at that instant (not evaluated without an instant or readable options).</param>
public sealed record DisputeReadResult(ValidationReport Report, DisputeHistory? History, string? DisputeId, Instant? At, Explained<DisputeStatus>? Status, RuleResult Rule)
{
    /// <summary>True when the report has no errors and the history was built.</summary>
    public bool IsValid => Report.IsValid && History is not null;
}

/// <summary>
/// Reads dispute documents (<c>docs/schemas/dispute.schema.json</c>) into a <see cref="DisputeHistory"/>: the raising
/// of the dispute (its matter, affected partners, referring partner and instant) and then every event in the order
/// given, each appended through the domain's process, which refuses an event out of time order or out of sequence;
/// then checks the history with MOU-7 (<see cref="DisputeResolutionRule"/>, on the lenient draft, so every event is
/// looked at) and takes its status at an instant. Never throws for bad data: every problem is an issue at its JSON path
/// (the domain's event <c>i</c> is this document's <c>$.events[i-1]</c>; its event 0, the raising, is <c>$.raisedAt</c>).
/// </summary>
public static partial class DisputeDocument
{
    private const string Kind = "dispute";

    /// <summary>Issue code: an event carries a data member its kind does not have (e.g. a <c>facilitator</c> on <c>referredToChiefOfficer</c>).</summary>
    public static IssueCode MemberNotForKind { get; } = IssueCode.Create("dispute-document.member-not-for-kind");

    /// <summary>Issue code: a time zone that is not an IANA (tzdb) id.</summary>
    public static IssueCode UnknownTimeZone { get; } = IssueCode.Create("value.unknown-time-zone");

    /// <summary>The data members each kind of event carries (beyond <c>at</c> and <c>kind</c>); the document's format, not a rule.</summary>
    private static readonly ImmutableDictionary<DisputeEventKind, ImmutableArray<string>> DataMembers = new Dictionary<DisputeEventKind, ImmutableArray<string>>
    {
        [DisputeEventKind.PlaceOrSectorArrangementUsed] = ["arrangement"],
        [DisputeEventKind.CoordinationGroupVoted] = ["participants", "inFavour", "recommendation"],
        [DisputeEventKind.RecommendationRejected] = ["rejectedBy"],
        [DisputeEventKind.ReferredToIndependentFacilitator] = ["facilitator"],
        [DisputeEventKind.PartnershipBoardVoted] = ["membersVoting", "membersInFavour", "resolution"],
        [DisputeEventKind.ResolvedByAgreement] = ["note"],
    }.ToImmutableDictionary();

    /// <summary>Reads a document.</summary>
    /// <param name="utf8Json">The document, UTF-8 (a byte-order mark is allowed).</param>
    /// <param name="settings">The settings; <see cref="DisputeReadSettings.Default"/> when null.</param>
    /// <returns>The report and the history.</returns>
    public static DisputeReadResult Read(ReadOnlySpan<byte> utf8Json, DisputeReadSettings? settings = null)
    {
        settings ??= DisputeReadSettings.Default;
        if (utf8Json.Length > settings.Limits.MaxDocumentBytes)
        {
            return Finish(QualityDocuments.TooLarge(utf8Json.Length, settings.Limits), null, null, settings);
        }

        var issues = new IssueCollector();
        var contract = JsonDocuments.Read(utf8Json, CareCommunityJsonContext.Default.DisputeDocumentContract, Kind, issues);
        if (contract is null)
        {
            return Finish(issues, null, null, settings);
        }

        var (events, options) = ToDraft(contract, issues, settings);
        var at = settings.At ?? settings.Clock?.GetCurrentInstant();
        if (options is null)
        {
            return Finish(issues, null, contract.Id, settings, at, reason: "the document's options could not be read.");
        }

        var history = events.All(e => e is not null) ? DisputeHistory.From(events!, options) : null;
        if (at is not { } instant)
        {
            if (history is { ValueOrDefault: null })
            {
                issues.AddRange(history.Issues.Select(Relocate));
            }

            return Finish(issues, history?.ValueOrDefault, contract.Id, settings, null, reason: "no instant was given to check the history at.");
        }

        // The history as it stood at the instant: the events listed up to the first one dated after it. MOU-7 checks
        // those; an event the process refuses further on is reported from the whole history (decision 0060).
        var dates = new[] { contract.RaisedAt }.Concat(contract.Events.Take(events.Length - 1).Select(e => e?.At ?? contract.RaisedAt)).ToArray();
        var known = dates.TakeWhile(d => d <= instant).Count();
        var rule = DisputeRules.DisputeResolution.Check(new DisputeHistoryDraft { Events = events[..known] }, new DisputeContext(instant, options));
        rule = rule with { Issues = [.. rule.Issues.Select(Relocate)] };
        if (history is { ValueOrDefault: null } && history.Issues.Any(i => Index(i) is not { } at || at >= known))
        {
            issues.AddRange(history.Issues.Where(i => Index(i) is not { } at || at >= known).Select(Relocate));
        }

        var built = history?.ValueOrDefault;
        return Finish(issues, built, contract.Id, settings, instant, built?.StatusAt(instant), rule);
    }

    /// <summary>Reads a document from a stream, reading at most <see cref="ValidationLimits.MaxDocumentBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static DisputeReadResult Read(Stream utf8Json, DisputeReadSettings? settings = null)
    {
        settings ??= DisputeReadSettings.Default;
        return QualityDocuments.ReadBounded(utf8Json, settings.Limits) is { } bytes
            ? Read(bytes, settings)
            : Finish(QualityDocuments.TooLarge(null, settings.Limits), null, null, settings);
    }

    /// <summary>Reads a document file; a file that cannot be read, or is over the size limit, is an issue, not an exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The result.</returns>
    public static DisputeReadResult ReadFile(string path, DisputeReadSettings? settings = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        settings ??= DisputeReadSettings.Default;
        if (QualityDocuments.LengthOf(path) is { } length && length > settings.Limits.MaxDocumentBytes)
        {
            return Finish(QualityDocuments.TooLarge(length, settings.Limits), null, null, settings);
        }

        var issues = new IssueCollector();
        var bytes = JsonDocuments.ReadFile(path, issues);
        return bytes is null ? Finish(issues, null, null, settings) : Read(bytes, settings);
    }

    /// <summary>Writes a history as a document (it reads back to the same events); the options are written out in full.</summary>
    /// <param name="history">The history; its first event raises the dispute.</param>
    /// <param name="id">The dispute's id, if any.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The history does not start with the raising of a dispute.</exception>
    public static string Serialize(DisputeHistory history, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Events.IsEmpty || history.Events[0] is not { Kind: DisputeEventKind.DisputeRaised, Matter: { } matter, ReferredBy: { } referredBy } raised)
        {
            throw new ArgumentException("A dispute document starts with the raising of the dispute: the history is empty or starts otherwise.", nameof(history));
        }

        var o = history.Options;
        var contract = new DisputeDocumentContract(
            CareCommunityDocumentContract.CurrentSchemaVersion,
            new DisputeMatterContract(EnumText.Format(matter.Kind), matter.Description),
            [.. raised.AffectedPartners.Select(p => p.Value)],
            referredBy.Value,
            raised.At,
            [.. history.Events.Skip(1).Select(ToContract)],
            id,
            new DisputeOptionsContract(o.TimeZone.Id, o.WindowDays, EnumText.Format(o.WindowReading), EnumText.Format(o.WindowStart),
                EnumText.Format(o.EarlyReferral), EnumText.Format(o.StageThreeTrigger)));
        return ReadableJson.Serialize(contract, CareCommunityJsonContext.Default.DisputeDocumentContract);
    }

    private static DisputeEventContract ToContract(DisputeEvent e)
    {
        var contract = new DisputeEventContract(e.At, EnumText.Format(e.Kind));
        return e.Kind switch
        {
            DisputeEventKind.PlaceOrSectorArrangementUsed => contract with { Arrangement = e.Text },
            DisputeEventKind.CoordinationGroupVoted => contract with { Participants = Ids(e.Participants), InFavour = Ids(e.InFavour), Recommendation = e.Text },
            DisputeEventKind.RecommendationRejected => contract with { RejectedBy = Ids(e.RejectedBy) },
            DisputeEventKind.ReferredToIndependentFacilitator => contract with { Facilitator = e.Text },
            DisputeEventKind.PartnershipBoardVoted => contract with { MembersVoting = e.MembersVoting, MembersInFavour = e.MembersInFavour, Resolution = e.Text },
            DisputeEventKind.ResolvedByAgreement => contract with { Note = e.Text },
            _ => contract,
        };
    }

    private static string[] Ids(IEnumerable<OrganisationId> ids) => [.. ids.Select(i => i.Value)];

    private static DisputeReadResult Finish(IssueCollector issues, DisputeHistory? history, string? id, DisputeReadSettings settings,
        Instant? at = null, Explained<DisputeStatus>? status = null, RuleResult? rule = null, string reason = "the document could not be read.")
    {
        rule ??= QualityDocuments.NotEvaluated([DisputeResolutionRule.RuleId], reason)[0];
        return new(QualityDocuments.Report(issues, [rule], settings.Limits), history, id, at, status, rule);
    }

    /// <summary>Moves a location the domain gives in the terms of the history (event 0 raises the dispute) onto this document.</summary>
    private static ValidationIssue Relocate(ValidationIssue issue)
    {
        var location = issue.Location;
        if (EventIndex().Match(location.ToString()) is { Success: true } m)
        {
            var i = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            location = i == 0 ? DocumentPath.Root.Property("raisedAt") : DocumentPath.FromText($"$.events[{(i - 1).ToString(CultureInfo.InvariantCulture)}]{m.Groups[2].Value}");
        }

        return new ValidationIssue(issue.Severity, issue.Kind, issue.Rule, issue.Code, location, issue.Message, issue.OffendingValue);
    }

    /// <summary>The index in the history of the event an issue of the domain is about, if it names one.</summary>
    private static int? Index(ValidationIssue issue) =>
        EventIndex().Match(issue.Location.ToString()) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^\$\.events\[(\d+)\](.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EventIndex();

    private static (ImmutableArray<DisputeEvent?> Events, DisputeOptions? Options) ToDraft(DisputeDocumentContract c, IssueCollector issues, DisputeReadSettings settings)
    {
        var root = DocumentPath.Root;
        var v = new ContractValueReader(issues, settings.Limits);
        v.SchemaVersion(c.SchemaVersion, root.Property("schemaVersion"));
        if (c.Id is { } id && !Identifier.IsValid(id))
        {
            issues.Error(IssueKind.Value, null, CareCommunityDocument.InvalidIdentifier, root.Property("id"), Identifier.Explain("dispute id", settings.Limits.Echo(id)), id);
        }

        var options = settings.Options ?? ReadOptions(c.Options, root.Property("options"), v, issues, settings.Limits);
        var matterKind = v.Enum<DisputeMatterKind>(c.Matter.Kind, root.Property("matter").Property("kind"));
        var description = v.Text(c.Matter.Description, root.Property("matter").Property("description"));
        var affected = Partners(c.AffectedPartners, root.Property("affectedPartners"), v, issues);
        var referredBy = v.Id<OrganisationId>(c.ReferredBy, root.Property("referredBy"), OrganisationId.TryCreate, "organisation id");

        var events = v.Each(c.Events, root.Property("events"), (e, i) => ToEvent(e, root.Property("events").Index(i), v, issues));
        MaturityDocument.NullElements(c.Events, root.Property("events"), issues);
        var raised = matterKind is null || description is null || referredBy is null || affected is null
            ? null
            : Construct(() => DisputeEvent.DisputeRaised(c.RaisedAt, DisputeMatter.Create(matterKind.Value, description), affected, referredBy.Value), root.Property("affectedPartners"), issues);
        return ([raised, .. events], options);
    }

    private static ImmutableArray<OrganisationId>? Partners(IReadOnlyList<string>? ids, DocumentPath at, ContractValueReader v, IssueCollector issues)
    {
        MaturityDocument.NullElements(ids, at, issues);
        var read = v.EachValue(ids, at, (id, i) => v.Id<OrganisationId>(id, at.Index(i), OrganisationId.TryCreate, "organisation id"));
        return read.Any(r => r is null) ? null : [.. read.Select(r => r!.Value)];
    }

    private static DisputeOptions? ReadOptions(DisputeOptionsContract? c, DocumentPath at, ContractValueReader v, IssueCollector issues, ValidationLimits limits)
    {
        var options = DisputeOptions.Default;
        if (c is null)
        {
            return options;
        }

        var ok = true;
        if (c.TimeZone is { } zoneId)
        {
            if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is { } zone)
            {
                options = options with { TimeZone = zone };
            }
            else
            {
                issues.Error(IssueKind.Value, null, UnknownTimeZone, at.Property("timeZone"),
                    $"'{limits.Echo(zoneId)}' is not a time zone id of the IANA time zone database (e.g. Europe/London).", zoneId);
                ok = false;
            }
        }

        if (c.WindowDays is { } days)
        {
            if (days is >= 1 and <= 365)
            {
                options = options with { WindowDays = days };
            }
            else
            {
                issues.Error(IssueKind.Value, null, CareCommunityDocument.ValueNotAllowed, at.Property("windowDays"),
                    "The window is from 1 to 365 days.", days.ToString(CultureInfo.InvariantCulture));
                ok = false;
            }
        }

        ok &= Choose<WindowReading>(c.WindowReading, at.Property("windowReading"), v, r => options = options with { WindowReading = r });
        ok &= Choose<WindowStart>(c.WindowStart, at.Property("windowStart"), v, s => options = options with { WindowStart = s });
        ok &= Choose<EarlyReferral>(c.EarlyReferral, at.Property("earlyReferral"), v, e => options = options with { EarlyReferral = e });
        ok &= Choose<StageThreeTrigger>(c.StageThreeTrigger, at.Property("stageThreeTrigger"), v, t => options = options with { StageThreeTrigger = t });
        return ok ? options : null;
    }

    private static bool Choose<TEnum>(string? text, DocumentPath at, ContractValueReader v, Action<TEnum> apply)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            return true;
        }

        if (v.Enum<TEnum>(text, at) is { } value)
        {
            apply(value);
            return true;
        }

        return false;
    }

    private static DisputeEvent? ToEvent(DisputeEventContract e, DocumentPath at, ContractValueReader v, IssueCollector issues)
    {
        var kind = v.Enum<DisputeEventKind>(e.Kind, at.Property("kind"));
        if (kind is null)
        {
            return null;
        }

        if (kind == DisputeEventKind.DisputeRaised)
        {
            issues.Error(IssueKind.Structure, null, CareCommunityDocument.ValueNotAllowed, at.Property("kind"),
                "A dispute is raised once, by the document's matter, affectedPartners, referredBy and raisedAt; it is not an event of the list.", e.Kind);
            return null;
        }

        var expected = DataMembers.GetValueOrDefault(kind.Value, []);
        var given = Given(e);
        var ok = true;
        foreach (var member in given.Where(m => !expected.Contains(m)))
        {
            issues.Error(IssueKind.Structure, null, MemberNotForKind, at.Property(member),
                expected.IsEmpty
                    ? $"An event of kind '{e.Kind}' carries no data: '{member}' does not belong to it."
                    : $"'{member}' does not belong to an event of kind '{e.Kind}', which carries {string.Join(", ", expected)}.");
            ok = false;
        }

        foreach (var member in expected.Where(m => !given.Contains(m)))
        {
            issues.Error(IssueKind.Required, null, CareCommunityDocument.MissingMember, at.Property(member),
                $"An event of kind '{e.Kind}' needs '{member}' ({string.Join(", ", expected)}).");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        switch (kind.Value)
        {
            case DisputeEventKind.PlaceOrSectorArrangementUsed:
                return v.Text(e.Arrangement!, at.Property("arrangement")) is { } arrangement ? DisputeEvent.PlaceOrSectorArrangementUsed(e.At, arrangement) : null;
            case DisputeEventKind.CoordinationGroupVoted:
                var participants = Partners(e.Participants, at.Property("participants"), v, issues);
                var inFavour = Partners(e.InFavour, at.Property("inFavour"), v, issues);
                var recommendation = v.Text(e.Recommendation!, at.Property("recommendation"));
                return participants is { } p && inFavour is { } f && recommendation is not null
                    ? Construct(() => DisputeEvent.CoordinationGroupVoted(e.At, p, f, recommendation), at, issues)
                    : null;
            case DisputeEventKind.RecommendationRejected:
                return Partners(e.RejectedBy, at.Property("rejectedBy"), v, issues) is { } rejectedBy
                    ? Construct(() => DisputeEvent.RecommendationRejected(e.At, rejectedBy), at.Property("rejectedBy"), issues)
                    : null;
            case DisputeEventKind.ReferredToIndependentFacilitator:
                return v.Text(e.Facilitator!, at.Property("facilitator")) is { } facilitator ? DisputeEvent.ReferredToIndependentFacilitator(e.At, facilitator) : null;
            case DisputeEventKind.PartnershipBoardVoted:
                var resolution = v.Text(e.Resolution!, at.Property("resolution"));
                return resolution is null ? null : Construct(() => DisputeEvent.PartnershipBoardVoted(e.At, e.MembersVoting!.Value, e.MembersInFavour!.Value, resolution), at, issues);
            case DisputeEventKind.ResolvedByAgreement:
                return v.Text(e.Note!, at.Property("note")) is { } note ? DisputeEvent.ResolvedByAgreement(e.At, note) : null;
            case DisputeEventKind.GoodFaithAttemptFailed:
                return DisputeEvent.GoodFaithAttemptFailed(e.At);
            case DisputeEventKind.ReferredToPartnershipExecutive:
                return DisputeEvent.ReferredToPartnershipExecutive(e.At);
            case DisputeEventKind.ReferredToChiefOfficer:
                return DisputeEvent.ReferredToChiefOfficer(e.At);
            case DisputeEventKind.CoordinationGroupInvolved:
                return DisputeEvent.CoordinationGroupInvolved(e.At);
            case DisputeEventKind.AffectedPartnersAdvisedInWriting:
                return DisputeEvent.AffectedPartnersAdvisedInWriting(e.At);
            case DisputeEventKind.RecommendationAccepted:
                return DisputeEvent.RecommendationAccepted(e.At);
            case DisputeEventKind.PartnershipBoardCouldNotDecide:
                return DisputeEvent.PartnershipBoardCouldNotDecide(e.At);
            case DisputeEventKind.FacilitatorCouldNotResolve:
                return DisputeEvent.FacilitatorCouldNotResolve(e.At);
            case DisputeEventKind.PartiesAdvisedOfBoardDecision:
                return DisputeEvent.PartiesAdvisedOfBoardDecision(e.At);
            default:
                issues.Error(IssueKind.Value, null, CareCommunityDocument.ValueNotAllowed, at.Property("kind"),
                    $"Events of kind '{e.Kind}' cannot be read from a dispute document.", e.Kind);
                return null;
        }
    }

    private static ImmutableArray<string> Given(DisputeEventContract e)
    {
        var given = ImmutableArray.CreateBuilder<string>();
        void Add(object? value, string name)
        {
            if (value is not null)
            {
                given.Add(name);
            }
        }

        Add(e.Arrangement, "arrangement");
        Add(e.Participants, "participants");
        Add(e.InFavour, "inFavour");
        Add(e.Recommendation, "recommendation");
        Add(e.RejectedBy, "rejectedBy");
        Add(e.Facilitator, "facilitator");
        Add(e.MembersVoting, "membersVoting");
        Add(e.MembersInFavour, "membersInFavour");
        Add(e.Resolution, "resolution");
        Add(e.Note, "note");
        return given.ToImmutable();
    }

    /// <summary>Builds a domain value whose constructor guards its arguments; a refusal becomes a value issue at <paramref name="at"/>.</summary>
    private static T? Construct<T>(Func<T> create, DocumentPath at, IssueCollector issues)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            issues.Error(IssueKind.Value, null, CareCommunityDocument.ValueNotAllowed, at, $"Refused: {message}");
            return null;
        }
    }
}
