using System.Collections.Immutable;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// How many Partners must agree to include an additional partner. The seed gives no threshold: "If appropriate to
/// achieve the Objectives, the Partners may agree to include additional partner(s) to the Partnership" (004 l.1342).
/// The default, <see cref="AllPartners"/>, is the library's reading (docs/decisions/0057).
/// </summary>
public enum AdmissionThreshold
{
    /// <summary>Every Partner at the date of the agreement agreed ("the Partners may agree"; the memorandum itself has
    /// effect only when all Partners support it, l.1348). The default.</summary>
    AllPartners = 0,

    /// <summary>An agreement of the Partnership Board, as for the Assembly's constituencies ("a simple process of
    /// proposition and agreement via the Partnership Board", l.1652).</summary>
    PartnershipBoard = 1,

    /// <summary>At least <see cref="CharterOptions.AdmissionSharePercent"/> per cent of the Partners agreed.</summary>
    Share = 2,
}

/// <summary>
/// The admission of an additional partner (MOU-9, 004 l.1340-1344): which organisation, when the Partners agreed and who
/// agreed (Partners, or the Board's decision), the day it joined, the day it committed "to the Principles and the
/// Objectives and ownership of the system success/failure", and why its inclusion is appropriate to achieve the
/// Objectives.
/// </summary>
public sealed record PartnerAdmission
{
    /// <summary>The longest statement of the objective accepted.</summary>
    public const int MaxObjectiveLength = 2000;

    private PartnerAdmission(OrganisationId partner, LocalDate agreedOn, LocalDate admittedOn, ImmutableArray<OrganisationId> agreedBy,
        BoardAgreement? board, LocalDate? committedOn, string? objective)
    {
        Partner = partner;
        AgreedOn = agreedOn;
        AdmittedOn = admittedOn;
        AgreedBy = agreedBy;
        Board = board;
        CommittedOn = committedOn;
        Objective = objective;
    }

    /// <summary>The organisation admitted.</summary>
    public OrganisationId Partner { get; }

    /// <summary>The day the Partners agreed to include it.</summary>
    public LocalDate AgreedOn { get; }

    /// <summary>The day it became a Partner, not before <see cref="AgreedOn"/>.</summary>
    public LocalDate AdmittedOn { get; }

    /// <summary>The Partners recorded as agreeing, in id order, without repeats.</summary>
    public ImmutableArray<OrganisationId> AgreedBy { get; }

    /// <summary>The Partnership Board's decision, when the agreement was taken there.</summary>
    public BoardAgreement? Board { get; }

    /// <summary>The day it committed to the Principles and the Objectives and ownership of the system success/failure, when recorded.</summary>
    public LocalDate? CommittedOn { get; }

    /// <summary>Why including it is appropriate to achieve the Objectives, when stated.</summary>
    public string? Objective { get; }

    /// <summary>Records an admission, reporting every problem instead of throwing.</summary>
    /// <param name="partner">The organisation admitted.</param>
    /// <param name="agreedOn">The day the Partners agreed.</param>
    /// <param name="admittedOn">The day it became a Partner; <paramref name="agreedOn"/> when null.</param>
    /// <param name="agreedBy">The Partners who agreed; null entries are reported.</param>
    /// <param name="board">The Board's decision, if the agreement was taken there.</param>
    /// <param name="committedOn">The day it committed to the Principles and Objectives, if recorded.</param>
    /// <param name="objective">Why it is appropriate to achieve the Objectives, if stated.</param>
    /// <returns>The admission, or the issues (locations relative to the admission).</returns>
    public static Result<PartnerAdmission> Create(string? partner, LocalDate agreedOn, LocalDate? admittedOn = null, IEnumerable<string?>? agreedBy = null,
        BoardAgreement? board = null, LocalDate? committedOn = null, string? objective = null)
    {
        var issues = new List<ValidationIssue>();
        var root = DocumentPath.Root;
        if (!OrganisationId.TryCreate(partner, out var partnerId))
        {
            issues.Add(partner is null
                ? CharterIssues.Missing("admission-partner-missing", root.Property("partnerId"), "An admission names the organisation admitted.")
                : CharterIssues.Error("admission-partner-invalid", root.Property("partnerId"), Identifier.Explain("organisation id", CharterIssues.Cut(partner)), CharterIssues.Cut(partner)));
        }

        var agreeing = new SortedSet<OrganisationId>();
        var list = (agreedBy ?? []).ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (OrganisationId.TryCreate(list[i], out var id))
            {
                agreeing.Add(id);
            }
            else
            {
                issues.Add(CharterIssues.Error("admission-agreed-by-invalid", root.Property("agreedBy").Index(i),
                    Identifier.Explain("organisation id", CharterIssues.Cut(list[i])), CharterIssues.Cut(list[i])));
            }
        }

        var admitted = admittedOn ?? agreedOn;
        if (admitted < agreedOn)
        {
            issues.Add(CharterIssues.Invariant("admission-before-agreement", root.Property("admittedOn"),
                $"An organisation cannot become a Partner ({ModelText.Date(admitted)}) before the Partners agreed to include it ({ModelText.Date(agreedOn)}).",
                ModelText.Date(admitted)));
        }

        if (objective is { Length: > MaxObjectiveLength })
        {
            issues.Add(CharterIssues.Error("admission-objective-too-long", root.Property("objective"),
                $"The objective has {ModelText.Count(objective.Length)} characters; at most {ModelText.Count(MaxObjectiveLength)} are accepted.", CharterIssues.Cut(objective)));
        }

        return issues.Count > 0
            ? Result<PartnerAdmission>.Failure(issues)
            : Result<PartnerAdmission>.Success(new PartnerAdmission(partnerId, agreedOn, admitted, [.. agreeing], board, committedOn,
                string.IsNullOrWhiteSpace(objective) ? null : objective.Trim()));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Partner} admitted {ModelText.Date(AdmittedOn)}";
}
