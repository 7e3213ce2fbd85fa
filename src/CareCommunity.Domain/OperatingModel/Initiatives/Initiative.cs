using System.Collections.Immutable;
using NodaTime;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>The aim of a project (004 l.2281): releasing capacity, return on investment or innovation.</summary>
public enum InitiativeAim
{
    /// <summary>Releasing capacity.</summary>
    ReleasingCapacity = 0,

    /// <summary>Return on investment.</summary>
    ReturnOnInvestment = 1,

    /// <summary>Innovation.</summary>
    Innovation = 2,
}

/// <summary>The six kinds of plan the system favours (CC-10, 004 l.2288-2295).</summary>
public enum FavouredPlanKind
{
    /// <summary>Increasing GP access.</summary>
    IncreasingGpAccess = 0,

    /// <summary>Improving long term condition management/planned care.</summary>
    LongTermConditionManagement = 1,

    /// <summary>Escalating need in the community.</summary>
    EscalatingNeedInTheCommunity = 2,

    /// <summary>Early intervention of those with known needs, using risk stratification.</summary>
    EarlyInterventionUsingRiskStratification = 3,

    /// <summary>Prevention.</summary>
    Prevention = 4,

    /// <summary>Wider determinants of health.</summary>
    WiderDeterminantsOfHealth = 5,
}

/// <summary>The impact an initiative is expected to have in the short, medium and long term (CC-10, 004 l.2037).</summary>
/// <param name="ShortTerm">The short-term impact, or null when not stated.</param>
/// <param name="MediumTerm">The medium-term impact, or null when not stated.</param>
/// <param name="LongTerm">The long-term impact, or null when not stated.</param>
public sealed record ExpectedImpact(string? ShortTerm, string? MediumTerm, string? LongTerm)
{
    /// <summary>The horizons not stated (null or blank).</summary>
    public IReadOnlyList<string> MissingHorizons =>
        new[] { ("short", ShortTerm), ("medium", MediumTerm), ("long", LongTerm) }
            .Where(h => string.IsNullOrWhiteSpace(h.Item2)).Select(h => h.Item1).ToArray();
}

/// <summary>A project initiation document and its assessment against the agreed framework (004 l.2284).</summary>
/// <param name="Reference">The document's reference.</param>
/// <param name="AssessedOn">When it was assessed, or null if not yet.</param>
public sealed record ProjectInitiationDocument(string Reference, LocalDate? AssessedOn)
{
    /// <summary>The document's reference; never blank.</summary>
    public string Reference { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Reference)); } = Guard.Against.NullOrWhiteSpace(Reference, nameof(Reference));
}

/// <summary>An initiative or improvement plan of a care community (CC-10).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">What it is.</param>
/// <param name="Aim">Its aim.</param>
/// <param name="Addresses">Which favoured kinds of plan it addresses (may be none).</param>
/// <param name="Impact">Its expected impact.</param>
/// <param name="InitiationDocument">Its project initiation document, if any.</param>
/// <param name="Scope">Whether it is part of the Place-consistent offer or local variation.</param>
public sealed record Initiative(
    InitiativeId Id,
    string Title,
    InitiativeAim Aim,
    ImmutableArray<FavouredPlanKind> Addresses,
    ExpectedImpact Impact,
    ProjectInitiationDocument? InitiationDocument,
    OfferScope Scope)
{
    /// <summary>What the initiative is; never blank.</summary>
    public string Title { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Title)); } = Guard.Against.NullOrWhiteSpace(Title, nameof(Title));

    /// <summary>The favoured kinds of plan it addresses; a default array reads as empty.</summary>
    public ImmutableArray<FavouredPlanKind> Addresses { get; init; } = Addresses.IsDefault ? [] : Addresses;
}
