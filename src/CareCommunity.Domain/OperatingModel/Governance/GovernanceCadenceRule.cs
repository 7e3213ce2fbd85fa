using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// CC-6: the leadership function and the coaches/service managers each meet bi-monthly, and operational performance,
/// quality and use of resources are reported once every 2 months to the Place Operational group.
/// </summary>
public sealed class GovernanceCadenceRule : OperatingModelRule
{
    /// <summary>An obligation's report or meeting is overdue.</summary>
    public static IssueDefinition Overdue { get; } = new(IssueCode.Create("cadence.overdue"), IssueKind.BusinessRule, Modality.Must,
        "A meeting or report is overdue (severity: OperatingModelOptions.OverdueSeverity, --overdue).");

    /// <summary>An obligation's report or meeting is due (not yet late).</summary>
    public static IssueDefinition Due { get; } = new(IssueCode.Create("cadence.due"), IssueKind.BusinessRule, Modality.May,
        "A meeting or report is due and not yet late: a reminder, not a departure.");

    /// <summary>A submission is dated before reporting started.</summary>
    public static IssueDefinition SubmissionBeforeStart { get; } = new(IssueCode.Create("cadence.submission-before-start"), IssueKind.Value, Modality.LibraryReading,
        "A submission is dated before the reporting start, so it counts towards no period.");

    /// <inheritdoc />
    public override Rule Descriptor { get; } = new(RuleId.Parse("CC-6"), "Bi-monthly governance and reporting",
        "The leadership function meets bi-monthly for development and reporting; coaches/service managers meet bi-monthly for "
        + "operational delivery; operational performance, quality (safety, effectiveness, experience) and use of resources are reported "
        + "once every 2 months to the Place Operational group.",
        [
            SeedDocument.CareCommunitiesOperatingModel.Quote(158, Modality.Must,
                "The 8 Care Communities Leadership function will meet bi-monthly for development and reporting purposes."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(158, Modality.Must,
                "In addition, the Care Community Coaches/Service Managers will also meet bi-monthly with a focus on operational delivery."),
            SeedDocument.CareCommunitiesOperatingModel.Quote(238, Modality.Must,
                "Operational performance, quality of care including safety, effectiveness, and experience as well as use of resources will be reported once every 2 months to the Place Operational group."),
        ],
        [Overdue, Due, SubmissionBeforeStart, DocumentIntegrity.DateInFuture],
        [
            new RuleOption("OperatingModelOptions.Cadence.Reading", "--cadence consecutive-periods|rolling", "consecutive-periods",
                "Consecutive two-month periods from the start, each needing a report; or a rolling interval of at most two months between reports (docs/decisions/0006)."),
            new RuleOption("OperatingModelOptions.Cadence.PeriodMonths", "", "2", "\"Bi-monthly\" and \"once every 2 months\" read as every two months."),
            new RuleOption("OperatingModelOptions.Cadence.GraceDays", "--grace-days N", "0", "Days after the due date before a missing report is overdue rather than due."),
            new RuleOption("OperatingModelOptions.OverdueSeverity", "--overdue error|warning", "error", "How serious an overdue meeting or report is."),
        ]);

    /// <inheritdoc />
    public override RuleResult Check(CareCommunityDraft document, OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var e = Begin(context);
        var root = DocumentPath.Root.Property("reporting");
        var cadence = context.Options.Cadence;
        e.Figure("reading", cadence.Reading == CadenceReading.RollingInterval ? "rolling" : "consecutive-periods");
        e.Figure("periodMonths", cadence.PeriodMonths);
        for (var i = 0; i < document.Submissions.Length; i++)
        {
            if (document.Submissions[i] is not { } s)
            {
                continue;
            }

            var at = root.Property("submissions").Index(i).Property("date");
            if (CheckNotFuture(e, context, s.Date, "The submission is dated", at) && document.ReportingStart is { } start && s.Date < start)
            {
                e.Raise(SubmissionBeforeStart, at,
                    $"The submission is dated {ModelText.Date(s.Date)}, before reporting started on {ModelText.Date(start)}; it counts towards no period.", ModelText.Date(s.Date));
            }
        }

        if (document.ReportingStart is not { } reportingStart)
        {
            e.CouldNotEvaluate("the reporting start could not be read.");
            return e.Finish("The reporting record has no readable start.");
        }

        if (context.AsOf is not { } asOf)
        {
            e.CouldNotEvaluate("no evaluation date was given.");
            return e.Finish($"Reporting started on {ModelText.Date(reportingStart)}.");
        }

        var record = new ReportingRecord(reportingStart, [.. document.Submissions.Where(s => s is not null).Select(s => s!)]);
        int due = 0, overdue = 0;
        foreach (var status in record.Evaluate(asOf, cadence, includeMet: false))
        {
            switch (status.State)
            {
                case ReportingState.Overdue:
                    overdue++;
                    e.Raise(Overdue, root,
                        $"{Describe(status.Obligation)} for the period {ModelText.Date(status.PeriodStart)} to {ModelText.Date(status.DueDate)} is overdue: none is recorded (CC-6: once every {cadence.PeriodMonths} months).",
                        ModelText.Of(status.Obligation), context.Options.OverdueSeverity);
                    break;
                default:
                    due++;
                    e.Raise(Due, root, status.DueDate >= asOf
                            ? $"{Describe(status.Obligation)} is due by {ModelText.Date(status.DueDate)} (CC-6)."
                            : $"{Describe(status.Obligation)} was due by {ModelText.Date(status.DueDate)} and is within its {cadence.GraceDays} days' grace (CC-6).",
                        ModelText.Of(status.Obligation));
                    break;
            }
        }

        if (document.Submissions.Any(s => s is null))
        {
            e.CouldNotEvaluate("some submissions could not be read, so an obligation reported overdue may have been met.");
        }

        e.Figure("asOf", ModelText.Date(asOf));
        var counted = record.Submissions.Count(s => s.Date <= asOf && s.Date >= reportingStart);
        e.Figure("submissions", counted);
        e.Figure("due", due);
        e.Figure("overdue", overdue);
        return e.Finish($"{ModelText.Count(counted)} submission(s) from {ModelText.Date(reportingStart)} to {ModelText.Date(asOf)}; "
            + $"{ModelText.Count(overdue)} obligation(s) overdue and {ModelText.Count(due)} due, read as {(cadence.Reading == CadenceReading.RollingInterval ? "a rolling interval" : "consecutive periods")} of {cadence.PeriodMonths} months.");
    }

    private static string Describe(ReportingObligation obligation) => obligation switch
    {
        ReportingObligation.LeadershipMeeting => "The leadership function's bi-monthly meeting",
        ReportingObligation.CoachesMeeting => "The coaches/service managers' bi-monthly meeting",
        _ => "The report to the Place Operational group",
    };
}
