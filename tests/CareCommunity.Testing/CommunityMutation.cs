namespace CareCommunity.Testing;

/// <summary>A described perturbation of the sample community, so that a shrunk counterexample says what was changed.</summary>
/// <param name="Description">What the perturbation does, for counterexamples.</param>
/// <param name="Change">The change to make to a builder.</param>
public sealed record CommunityMutation(string Description, Action<LocalCareCommunityBuilder> Change)
{
    /// <summary>A builder for the valid sample with the perturbations applied in order.</summary>
    public static LocalCareCommunityBuilder Apply(IEnumerable<CommunityMutation> mutations)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        var builder = LocalCareCommunityBuilder.Valid();
        foreach (var mutation in mutations)
        {
            mutation.Change(builder);
        }

        return builder;
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
