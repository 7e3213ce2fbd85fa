namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// The matters the Memorandum treats apart (004 l.1292-1294, MOU-5): without consensus they are not referred to
/// dispute resolution, and the Board may decide them with not less than 75% of the eligible members.
/// </summary>
public enum FundingMatter
{
    /// <summary>Any other matter.</summary>
    None = 0,

    /// <summary>"priorities for capital investment" (l.1294; "allocation of capital investment", l.1292).</summary>
    CapitalInvestmentPriorities = 1,

    /// <summary>"apportionment of transformation funding from the Partnership" (l.1294; "transformation funding", l.1292).</summary>
    TransformationFundingApportionment = 2,
}
