using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Testing;

/// <summary>
/// A community that <see cref="LocalCareCommunity.Create"/> accepts, made from the valid sample by the listed
/// perturbations, and a date to validate it on (its as-of date moved by <see cref="Shift"/> days).
/// </summary>
public sealed class GeneratedCommunity
{
    private GeneratedCommunity(IReadOnlyList<CommunityMutation> mutations, int shift, LocalCareCommunity community, LocalDate asOf)
    {
        Mutations = mutations;
        Shift = shift;
        Community = community;
        AsOf = asOf;
    }

    /// <summary>The perturbations of the valid sample, in the order applied.</summary>
    public IReadOnlyList<CommunityMutation> Mutations { get; }

    /// <summary>Days from the community's as-of date to <see cref="AsOf"/>.</summary>
    public int Shift { get; }

    /// <summary>The community.</summary>
    public LocalCareCommunity Community { get; }

    /// <summary>The date to validate the community on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The community made by applying <paramref name="mutations"/> to the valid sample, or null when it cannot be created.</summary>
    public static GeneratedCommunity? TryCreate(IReadOnlyList<CommunityMutation> mutations, int shift)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        var builder = CommunityMutation.Apply(mutations);
        var result = builder.TryBuild();
        return result.IsSuccess ? new GeneratedCommunity(mutations, shift, result.Value, builder.AsOfDate.PlusDays(shift)) : null;
    }

    /// <summary>Smaller cases that can still be created: one perturbation fewer, or no shift.</summary>
    public IEnumerable<GeneratedCommunity> Shrink()
    {
        if (Shift != 0 && TryCreate(Mutations, 0) is { } unshifted)
        {
            yield return unshifted;
        }

        for (var i = 0; i < Mutations.Count; i++)
        {
            if (TryCreate([.. Mutations.Take(i), .. Mutations.Skip(i + 1)], Shift) is { } fewer)
            {
                yield return fewer;
            }
        }
    }

    /// <summary>Splits into the community and the date to validate it on.</summary>
    public void Deconstruct(out LocalCareCommunity community, out LocalDate asOf)
    {
        community = Community;
        asOf = AsOf;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"the valid sample {(Mutations.Count == 0 ? "unchanged" : "with: " + string.Join("; ", Mutations))}, validated on {AsOf:uuuu-MM-dd} (as-of date {Shift:+0;-0;+0} days)";
}
