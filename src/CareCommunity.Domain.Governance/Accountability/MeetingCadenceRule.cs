using System.Globalization;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Accountability;

/// <summary>
/// MOU-11: the forums' meeting rhythm — the Assembly on average three times a year, the Board monthly, the
/// Co-ordination Group twice monthly, the People Board quarterly, the Communications and Engagement Strategic Advisory
/// Group monthly (004 l.1119, l.1134, l.1145, l.1236, l.1244). The check compares a record of meetings with each
/// cadence over the complete periods up to the evaluation date (docs/decisions/0033).
/// </summary>
public sealed class MeetingCadenceRule : DocumentRule<MeetingRecordDraft, MeetingCadenceContext>
{
    /// <summary>The rule's id, MOU-11.</summary>
    public static RuleId RuleId { get; } = RuleId.Parse("MOU-11");

    /// <summary>A period without the meetings the cadence states.</summary>
    public static IssueDefinition MeetingsMissed { get; } = new(IssueCode.Create("cadence.forum-meetings-missed"), IssueKind.BusinessRule, Modality.Must,
        "A forum held fewer meetings in a complete period than the Memorandum states (monthly, twice monthly, quarterly, on average three a year).");

    /// <summary>An unreadable meeting, or one dated outside the record.</summary>
    public static IssueDefinition UnreadableMeeting { get; } = new(IssueCode.Create("cadence.meeting-unreadable"), IssueKind.Structure, Modality.DocumentIntegrity,
        "A meeting could not be read (no forum or no date), or is dated before the record's start or after the evaluation date.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId, "Meeting cadence of the forums",
        "The Partnership Assembly meets on average three times a year, the Partnership Board monthly, the Co-ordination Group twice monthly, "
        + "the People Board quarterly and the Communications and Engagement Strategic Advisory Group monthly.",
        MeetingCadence.Seed.Select(c => c.Source),
        [MeetingsMissed, UnreadableMeeting],
        [
            new RuleOption("CadenceOptions.Reading", "", "calendar-periods",
                "calendar-periods: each complete calendar month (quarter) holds the meetings; rolling-interval: no more than a month (16 days for twice monthly, 3 months for quarterly) without a meeting (docs/decisions/0033)."),
            new RuleOption("CadenceOptions.Forums", "", "all", "The forums checked."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(MeetingRecordDraft document, MeetingCadenceContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var e = new RuleEvaluation(Descriptor, context.Options.SeverityOverrides);
        var meetings = new List<(Forum Forum, NodaTime.LocalDate Date)>();
        for (var i = 0; i < document.Meetings.Length; i++)
        {
            var path = DocumentPath.Root.Property("meetings").Index(i);
            if (document.Meetings[i] is not { Forum: { } forum, Date: { } date } || !Enum.IsDefined(forum))
            {
                e.Raise(UnreadableMeeting, path, string.Create(CultureInfo.InvariantCulture, $"Meeting {i} could not be read (it needs a forum and a date); it is not counted (MOU-11)."));
                continue;
            }

            if (date > context.AsOf || (document.From is { } start && date < start))
            {
                e.Raise(UnreadableMeeting, path,
                    $"Meeting {i} of {ModelText.Of(forum)} is dated {ModelText.Date(date)}, outside the record ({(document.From is { } s ? ModelText.Date(s) : "?")} to {ModelText.Date(context.AsOf)}); it is not counted (MOU-11).",
                    ModelText.Date(date));
                continue;
            }

            meetings.Add((forum, date));
        }

        e.Figure("meetingsListed", document.Meetings.Length);
        e.Figure("asOf", ModelText.Date(context.AsOf));
        if (document.From is not { } from || from > context.AsOf)
        {
            e.CouldNotEvaluate(document.From is null ? "the record has no start date." : "the record starts after the evaluation date.");
            return e.Finish("The meeting record's span could not be read; no cadence was checked.");
        }

        var summaries = new List<string>();
        foreach (var forum in context.Options.Forums.Distinct().Order())
        {
            var cadence = MeetingCadence.For(forum);
            var assessment = CadenceCheck.Check(cadence, meetings.Where(m => m.Forum == forum).Select(m => m.Date), from, context.AsOf, context.Options.Reading).Value;
            var name = ModelText.Of(forum);
            e.Figure(name + "Periods", assessment.Periods.Length);
            e.Figure(name + "PeriodsMissed", assessment.Missed.Count());
            foreach (var missed in assessment.Missed)
            {
                e.Raise(MeetingsMissed, DocumentPath.Root.Property("meetings"),
                    $"{name} held {missed.Held} meeting(s) from {ModelText.Date(missed.Start)} to {ModelText.Date(missed.End)}; \"{cadence.Source.Text}\" ({cadence.Source.Citation}), read as {CadenceCheck.ReadingText(cadence, context.Options.Reading)}: {missed.Required} needed (MOU-11).",
                    missed.Held.ToString(CultureInfo.InvariantCulture));
            }

            summaries.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {assessment.Periods.Length - assessment.Missed.Count()}/{assessment.Periods.Length}"));
        }

        return e.Finish($"Complete periods with enough meetings from {ModelText.Date(from)} to {ModelText.Date(context.AsOf)}: {string.Join(", ", summaries)}.");
    }
}
