using System.Globalization;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// The ages at which each <see cref="StageOfLife"/> begins, in completed years. The seed names the stages but gives no
/// ages; the default is 0-17 / 18-64 / 65+ (decision 0041): clean, non-overlapping bands on the legal age of adulthood
/// and the conventional "65 and over" of older people's statistics.
/// </summary>
public sealed record AgeBands
{
    private AgeBands(int workingAgeFrom, int olderPeopleFrom)
    {
        WorkingAgeFrom = workingAgeFrom;
        OlderPeopleFrom = olderPeopleFrom;
    }

    /// <summary>The default bands: children and young people 0-17, working age adults 18-64, older people 65 and over.</summary>
    public static AgeBands Default { get; } = new(18, 65);

    /// <summary>The first age of a working age adult (default 18).</summary>
    public int WorkingAgeFrom { get; }

    /// <summary>The first age of an older person (default 65).</summary>
    public int OlderPeopleFrom { get; }

    /// <summary>Bands beginning at the given ages.</summary>
    /// <param name="workingAgeFrom">The first age of a working age adult; 1 or more.</param>
    /// <param name="olderPeopleFrom">The first age of an older person; above <paramref name="workingAgeFrom"/>, at most 150.</param>
    /// <returns>The bands.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The ages are out of range or out of order.</exception>
    public static AgeBands Create(int workingAgeFrom, int olderPeopleFrom)
    {
        Guard.Against.OutOfRange(workingAgeFrom, nameof(workingAgeFrom), 1, 149);
        Guard.Against.OutOfRange(olderPeopleFrom, nameof(olderPeopleFrom), workingAgeFrom + 1, 150);
        return new AgeBands(workingAgeFrom, olderPeopleFrom);
    }

    /// <summary>The stage of life at an age; does not allocate.</summary>
    /// <param name="age">The age in completed years; not negative.</param>
    /// <returns>The stage.</returns>
    public StageOfLife StageAt(int age) =>
        age >= OlderPeopleFrom ? StageOfLife.OlderPeople
        : age >= WorkingAgeFrom ? StageOfLife.WorkingAgeAdults
        : StageOfLife.ChildrenAndYoungPeople;

    /// <summary>The bands in words, e.g. <c>0-17 / 18-64 / 65+</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"0-{WorkingAgeFrom - 1} / {WorkingAgeFrom}-{OlderPeopleFrom - 1} / {OlderPeopleFrom}+");
}
