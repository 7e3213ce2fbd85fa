using System.Collections.Immutable;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>Who may hold the nursing or AHP lead (CC-4). See docs/decisions/0005.</summary>
public enum NursingOrAhpLeadPolicy
{
    /// <summary>A core-group member whose recorded profession is nursing or an allied health profession (the default).</summary>
    RegisteredNurseOrAhp = 0,

    /// <summary>Any core-group member, whatever their profession.</summary>
    AnyCoreGroupMember = 1,
}

/// <summary>
/// The choices the seeds leave open, as parameters with documented defaults (docs/decisions). Immutable; derive
/// variants with <c>with</c>. Property setters validate their values.
/// </summary>
public sealed record OperatingModelOptions
{
    /// <summary>The defaults the library ships.</summary>
    public static OperatingModelOptions Default { get; } = new();

    /// <summary>Europe/London, whose calendar date the model's dates are in.</summary>
    public static DateTimeZone London { get; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>How serious a vacant core role is (CC-2). Default: <see cref="Severity.Error"/>.</summary>
    public Severity VacantCoreRoleSeverity { get; init; } = Severity.Error;

    /// <summary>How serious a vacant leadership role is (CC-4). Default: <see cref="Severity.Error"/>.</summary>
    public Severity VacantLeadershipRoleSeverity { get; init; } = Severity.Error;

    /// <summary>Who may hold the nursing or AHP lead (CC-4).</summary>
    public NursingOrAhpLeadPolicy NursingOrAhpLead { get; init; } = NursingOrAhpLeadPolicy.RegisteredNurseOrAhp;

    /// <summary>The reporting cadence (CC-6).</summary>
    public ReportingCadenceOptions Cadence { get; init; } = ReportingCadenceOptions.Default;

    /// <summary>How serious an overdue obligation is (CC-6). Default: <see cref="Severity.Error"/>.</summary>
    public Severity OverdueSeverity { get; init; } = Severity.Error;

    /// <summary>The score (likelihood × impact, 1-25) at or above which an open risk should be escalated (CC-7). Default 15.</summary>
    public int EscalationThreshold
    {
        get;
        init
        {
            Guard.Against.OutOfRange(value, nameof(value), 1, 25);
            field = value;
        }
    } = 15;

    /// <summary>The largest share of the offer local variation may take (CC-9). Default 0.20.</summary>
    public decimal MaximumLocalVariationShare
    {
        get;
        init
        {
            Guard.Against.OutOfRange(value, nameof(value), 0m, 1m);
            field = value;
        }
    } = 0.20m;

    /// <summary>
    /// Severities chosen for particular issue codes, overriding the severity the source's wording gives (for example
    /// <c>core-group.person-holds-two-roles</c> raised to an error, or <c>specification.adaptation-not-approved</c> raised
    /// from information). Empty by default: every issue has its source's strength (docs/decisions/0015).
    /// </summary>
    public ImmutableDictionary<IssueCode, Severity> SeverityOverrides
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var severity in value.Values)
            {
                if (!Enum.IsDefined(severity))
                {
                    throw new ArgumentOutOfRangeException(nameof(value), severity, "Not a severity.");
                }
            }

            field = value;
        }
    } = ImmutableDictionary<IssueCode, Severity>.Empty;

    /// <summary>
    /// The kinds of organisation that count as local secondary care providers (CC-5). The source does not say; the
    /// default is acute trusts, mental health trusts and community health providers (docs/decisions/0016).
    /// </summary>
    public ImmutableHashSet<PartnerKind> SecondaryCareKinds
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    } = [PartnerKind.AcuteTrust, PartnerKind.MentalHealthTrust, PartnerKind.CommunityHealth];

    /// <summary>How the 80:20 share is measured (CC-9). Default: by spend.</summary>
    public EightyTwentyBasis EightyTwentyBasis { get; init; } = EightyTwentyBasis.Spend;
}
