namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>
/// What kind of decision a dispute is about. Only disputes about Partnership Board (or other Partnership-related)
/// decisions go through the Memorandum's dispute resolution process (004 l.1298, l.1608); the other kinds are
/// settled elsewhere, as the Memorandum says.
/// </summary>
public enum DisputeMatterKind
{
    /// <summary>A Partnership Board decision, e.g. one on which no consensus was reached (004 l.1292, l.1602).</summary>
    PartnershipBoardDecision = 0,

    /// <summary>Another Partnership-related decision (004 l.1298: "Partnership Board (or other Partnership-related) decisions").</summary>
    OtherPartnershipDecision = 1,

    /// <summary>
    /// Allocation of capital investment or transformation funding: outside the process ("save for decisions on allocation
    /// of capital investment and transformation funding", 004 l.1292); the Board may decide with not less than 75% of
    /// the eligible members (l.1294).
    /// </summary>
    CapitalOrTransformationFunding = 2,

    /// <summary>A decision delegated to a collaborative forum: its disputes are settled under "the Memorandum of the
    /// relevant collaborative forum and not this Memorandum" (004 l.1285).</summary>
    DelegatedToCollaborativeForum = 3,

    /// <summary>A decision of an individual organisation: "this Memorandum does not affect the individual sovereignty of
    /// Partners" (004 l.1284).</summary>
    IndividualOrganisationDecision = 4,
}

/// <summary>The matter in dispute: what kind of decision it concerns and what it is, in the partners' words.</summary>
public sealed record DisputeMatter
{
    private DisputeMatter(DisputeMatterKind kind, string description)
    {
        Kind = kind;
        Description = description;
    }

    /// <summary>What kind of decision the dispute concerns.</summary>
    public DisputeMatterKind Kind { get; }

    /// <summary>The matter, in the partners' words.</summary>
    public string Description { get; }

    /// <summary>True when the Memorandum's dispute resolution process applies to the matter (Board and other
    /// Partnership-related decisions).</summary>
    public bool IsWithinTheProcess => Kind is DisputeMatterKind.PartnershipBoardDecision or DisputeMatterKind.OtherPartnershipDecision;

    /// <summary>Creates a matter.</summary>
    /// <param name="kind">The kind of decision.</param>
    /// <param name="description">The matter, not blank.</param>
    /// <returns>The matter.</returns>
    /// <exception cref="ArgumentException">The kind is undefined or the description blank.</exception>
    public static DisputeMatter Create(DisputeMatterKind kind, string description)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined DisputeMatterKind.");
        }

        Guard.Against.NullOrWhiteSpace(description);
        return new DisputeMatter(kind, description.Trim());
    }

    /// <summary>Why the process does or does not apply, in the Memorandum's words.</summary>
    public string ScopeReason => Kind switch
    {
        DisputeMatterKind.PartnershipBoardDecision or DisputeMatterKind.OtherPartnershipDecision =>
            "Partners will attempt to resolve in good faith any dispute between them in respect of Partnership Board (or other Partnership-related) decisions (004 l.1298)",
        DisputeMatterKind.CapitalOrTransformationFunding =>
            "disputes on allocation of capital investment and transformation funding are excepted from the dispute resolution procedure; the Board may decide with not less than 75% of the eligible members (004 l.1292-1294)",
        DisputeMatterKind.DelegatedToCollaborativeForum =>
            "arrangements for resolving disputes on delegated decisions are set out in the Memorandum of the relevant collaborative forum and not this Memorandum (004 l.1285)",
        _ => "this Memorandum does not affect the individual sovereignty of Partners or their statutory decision-making responsibilities (004 l.1284)",
    };

    /// <inheritdoc />
    public override string ToString() => $"{ModelText.Of(Kind)}: {Description}";
}
