namespace CareCommunity.Domain.Governance.Applicability;

/// <summary>The columns of Annex 1 (004 l.1498), the organisation types the Memorandum's elements apply to.</summary>
public enum ApplicabilityColumn
{
    /// <summary>"CCGs".</summary>
    Ccgs = 0,

    /// <summary>"NHS Providers".</summary>
    NhsProviders = 1,

    /// <summary>"Councils".</summary>
    Councils = 2,

    /// <summary>"NHSE and NHSI": a column, although NHS England and NHS Improvement is not a member (docs/decisions/0027).</summary>
    NhseAndNhsi = 3,

    /// <summary>"Healthwatch".</summary>
    Healthwatch = 4,

    /// <summary>"Other partners": PCNs and Voluntary Sector North West (Annex A's "Other Partners"), and, by default, the
    /// Board seats that represent no organisation type plainly (docs/decisions/0023).</summary>
    OtherPartners = 5,
}
