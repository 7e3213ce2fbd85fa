using FsCheck;
using FsCheck.Fluent;

namespace CareCommunity.Testing;

/// <summary>
/// A thin runner for FsCheck 3 properties inside ordinary xunit facts (FsCheck.Xunit is not available).
/// Every run throws on the first falsified case, after shrinking, so xunit reports it as a failure.
/// </summary>
public static class Properties
{
    /// <summary>The number of cases a property is tried with unless a test asks otherwise.</summary>
    public const int DefaultMaxTest = 200;

    /// <summary>Checks a property, throwing when it is falsified.</summary>
    public static void Check(Property property, int maxTest = DefaultMaxTest)
    {
        ArgumentNullException.ThrowIfNull(property);
        FsCheck.Check.One(Config(maxTest), property);
    }

    /// <summary>Checks that <paramref name="holds"/> is true for every generated value.</summary>
    public static void ForAll<T>(Arbitrary<T> arbitrary, Func<T, bool> holds, int maxTest = DefaultMaxTest)
    {
        ArgumentNullException.ThrowIfNull(arbitrary);
        ArgumentNullException.ThrowIfNull(holds);
        Check(Prop.ForAll(arbitrary, holds), maxTest);
    }

    /// <summary>Checks that <paramref name="assert"/> does not throw for any generated value (use xunit asserts inside).</summary>
    public static void ForAll<T>(Arbitrary<T> arbitrary, Action<T> assert, int maxTest = DefaultMaxTest)
    {
        ArgumentNullException.ThrowIfNull(arbitrary);
        ArgumentNullException.ThrowIfNull(assert);
        Check(Prop.ForAll(arbitrary, assert), maxTest);
    }

    /// <summary>Checks that <paramref name="holds"/> is true for every value the generator makes (no shrinking).</summary>
    public static void ForAll<T>(Gen<T> generator, Func<T, bool> holds, int maxTest = DefaultMaxTest) =>
        ForAll(generator.ToArbitrary(), holds, maxTest);

    /// <summary>Checks that <paramref name="assert"/> does not throw for any value the generator makes (no shrinking).</summary>
    public static void ForAll<T>(Gen<T> generator, Action<T> assert, int maxTest = DefaultMaxTest) =>
        ForAll(generator.ToArbitrary(), assert, maxTest);

    private static Config Config(int maxTest)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTest, 1);
        return FsCheck.Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true);
    }
}
