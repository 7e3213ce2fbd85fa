using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// What a charter document must hold to be read at all, whichever rule looks at it (<see cref="Modality.DocumentIntegrity"/>,
/// not sentences of the source): references to Partners and versions that resolve, versions that do not overlap. Shared
/// by MOU-8 and MOU-9 with the model's <see cref="DocumentIntegrity.DuplicateId"/> and <see cref="DocumentIntegrity.DateInFuture"/>.
/// </summary>
public static class CharterIntegrity
{
    /// <summary>A consultation, signature or admission names an organisation that is neither a Partner nor a non-member partner.</summary>
    public static IssueDefinition UnknownPartner { get; } = new(IssueCode.Create("charter.unknown-partner"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "A consultation, signature or admission names an organisation listed neither in $.partners nor in $.nonMemberPartners.");

    /// <summary>A variation names a version that is not in <c>$.versions</c>.</summary>
    public static IssueDefinition UnknownVersion { get; } = new(IssueCode.Create("charter.unknown-version"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "A variation names a version that is not listed in $.versions.");

    /// <summary>Two versions are in force on the same day.</summary>
    public static IssueDefinition VersionsOverlap { get; } = new(IssueCode.Create("charter.versions-overlap"), IssueKind.Invariant, Modality.DocumentIntegrity,
        "Two versions of the memorandum are in force on the same day (docs/decisions/0055).");

    /// <summary>Every definition above.</summary>
    public static IReadOnlyList<IssueDefinition> All { get; } = [UnknownPartner, UnknownVersion, VersionsOverlap];
}
