namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// The national decile of the Index of Multiple Deprivation of where a resident lives: 1 is the most deprived tenth of
/// England's neighbourhoods, 10 the least. Deciles 1 and 2 are the most deprived 20% — NHS England's Core20 (of
/// Core20PLUS5).
/// </summary>
public readonly record struct ImdDecile
{
    /// <summary>The most deprived decile.</summary>
    public const int MostDeprived = 1;

    /// <summary>The least deprived decile.</summary>
    public const int LeastDeprived = 10;

    /// <summary>The highest decile within Core20 (the most deprived 20%).</summary>
    public const int Core20Highest = 2;

    private readonly byte _value;

    private ImdDecile(byte value) => _value = value;

    /// <summary>The decile, 1 to 10 (0 only for the default value, which is not a decile).</summary>
    public int Value => _value;

    /// <summary>True for deciles 1 and 2, the most deprived 20% (Core20).</summary>
    public bool IsCore20 => _value is >= MostDeprived and <= Core20Highest;

    /// <summary>Creates a decile.</summary>
    /// <param name="value">1 (most deprived) to 10 (least deprived).</param>
    /// <returns>The decile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not 1 to 10.</exception>
    public static ImdDecile Create(int value) =>
        TryCreate(value, out var decile)
            ? decile
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"An IMD decile is {MostDeprived} (most deprived) to {LeastDeprived} (least deprived).");

    /// <summary>Creates a decile without throwing.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decile">The decile, when 1 to 10.</param>
    /// <returns>True when valid.</returns>
    public static bool TryCreate(int value, out ImdDecile decile)
    {
        var valid = value is >= MostDeprived and <= LeastDeprived;
        decile = valid ? new ImdDecile((byte)value) : default;
        return valid;
    }

    /// <inheritdoc />
    public override string ToString() => _value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
