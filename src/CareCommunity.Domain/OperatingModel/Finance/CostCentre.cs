using System.Collections.Immutable;
using NodaTime;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>A post aligned to the care community, costed with its on-costs (CC-8).</summary>
public sealed record AlignedPost
{
    /// <summary>Creates a post.</summary>
    /// <param name="post">The post's title.</param>
    /// <param name="employer">The employing organisation.</param>
    /// <param name="annualCost">The annual pay cost.</param>
    /// <param name="onCosts">The annual on-costs (employer's pension and National Insurance contributions, …).</param>
    /// <param name="person">The post holder, if named.</param>
    /// <exception cref="ArgumentException">The title is blank, the employer id default, or an amount negative.</exception>
    public AlignedPost(string post, OrganisationId employer, Money annualCost, Money onCosts, PersonId? person = null)
    {
        Guard.Against.NullOrWhiteSpace(post);
        Guard.Against.DefaultId(employer);
        Guard.Against.NegativeAmount(annualCost);
        Guard.Against.NegativeAmount(onCosts);
        Post = post.Trim();
        Employer = employer;
        AnnualCost = annualCost;
        OnCosts = onCosts;
        Person = person;
    }

    /// <summary>The post's title.</summary>
    public string Post { get; }

    /// <summary>The employing organisation.</summary>
    public OrganisationId Employer { get; }

    /// <summary>The annual pay cost.</summary>
    public Money AnnualCost { get; }

    /// <summary>The annual on-costs.</summary>
    public Money OnCosts { get; }

    /// <summary>The post holder, if named.</summary>
    public PersonId? Person { get; }

    /// <summary>The cost the cost centre counts: pay plus on-costs (CC-8).</summary>
    public Money TotalCost => AnnualCost + OnCosts;
}

/// <summary>The impact assessment a change in investment or personnel must carry (CC-8).</summary>
/// <param name="Reference">The assessment's reference.</param>
/// <param name="CompletedOn">When it was completed.</param>
public sealed record ImpactAssessment(string Reference, LocalDate CompletedOn)
{
    /// <summary>The assessment's reference; never blank.</summary>
    public string Reference { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Reference)); } = Guard.Against.NullOrWhiteSpace(Reference, nameof(Reference));
}

/// <summary>
/// A change in existing investment or personnel (CC-8). It must be reported to the 8 Care Communities Development &amp;
/// Operational Group and carry a completed impact assessment; validation names the rule where either is missing.
/// </summary>
/// <param name="Description">What changes.</param>
/// <param name="EffectiveFrom">When it takes effect.</param>
/// <param name="AnnualCostChange">The change in annual cost (negative for a saving).</param>
/// <param name="ReportedOn">When it was reported to the Development &amp; Operational Group, if it was.</param>
/// <param name="ImpactAssessment">Its impact assessment, if completed.</param>
public sealed record PersonnelChange(string Description, LocalDate EffectiveFrom, Money AnnualCostChange, LocalDate? ReportedOn, ImpactAssessment? ImpactAssessment)
{
    /// <summary>What changes; never blank.</summary>
    public string Description { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Description)); } = Guard.Against.NullOrWhiteSpace(Description, nameof(Description));
}

/// <summary>A care community's cost centre (CC-8): the cost, including on-costs, of all personnel aligned to it.</summary>
/// <param name="Posts">The aligned posts.</param>
/// <param name="Changes">Changes in existing investment or personnel.</param>
public sealed record CostCentre(ImmutableArray<AlignedPost> Posts, ImmutableArray<PersonnelChange> Changes)
{
    /// <summary>The aligned posts; a default array reads as empty.</summary>
    public ImmutableArray<AlignedPost> Posts { get; init; } = Posts.IsDefault ? [] : Posts;

    /// <summary>The changes; a default array reads as empty.</summary>
    public ImmutableArray<PersonnelChange> Changes { get; init; } = Changes.IsDefault ? [] : Changes;

    /// <summary>An empty cost centre.</summary>
    public static CostCentre Empty { get; } = new([], []);

    /// <summary>The cost centre's total: every post's pay plus on-costs.</summary>
    public Money Total => Money.Sum(Posts.Select(p => p.TotalCost));
}
