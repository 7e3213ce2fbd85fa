namespace CareCommunity.Domain.OperatingModel;

/// <summary>The recurring governance obligations of a care community (CC-6, 001 l.158, l.238).</summary>
public enum ReportingObligation
{
    /// <summary>The leadership function meets bi-monthly for development and reporting purposes.</summary>
    LeadershipMeeting = 0,

    /// <summary>Coaches/service managers meet bi-monthly with a focus on operational delivery.</summary>
    CoachesMeeting = 1,

    /// <summary>Performance, quality and use of resources reported once every 2 months to the Place Operational group.</summary>
    PlaceOperationalReport = 2,
}

/// <summary>A dated record that an obligation was met: a meeting held or a report submitted.</summary>
/// <param name="Obligation">Which obligation.</param>
/// <param name="Date">When.</param>
public sealed record Submission(ReportingObligation Obligation, NodaTime.LocalDate Date);

/// <summary>Where one obligation stands for one reporting period.</summary>
public enum ReportingState
{
    /// <summary>Met within the period.</summary>
    Met = 0,

    /// <summary>The period is under way and the obligation is not yet met.</summary>
    Due = 1,

    /// <summary>The period (plus any grace) has ended without the obligation being met.</summary>
    Overdue = 2,
}
