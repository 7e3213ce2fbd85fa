using NodaTime;
using OneOf;

namespace CareCommunity.Domain.Governance.Charter;

/// <summary>
/// The answer of <see cref="MemorandumVersions.InForceOn"/>: the version in force on a day, or why none is. A closed
/// choice of two cases on OneOf: <c>Match(version => …, none => none.Reason)</c>.
/// </summary>
public sealed class VersionInForce : OneOfBase<MemorandumVersion, NoVersionInForce>
{
    private VersionInForce(OneOf<MemorandumVersion, NoVersionInForce> value)
        : base(value)
    {
    }

    /// <summary>True when a version is in force.</summary>
    public bool IsInForce => IsT0;

    /// <summary>The version in force, or null.</summary>
    public MemorandumVersion? Version => IsT0 ? AsT0 : null;

    /// <summary>Why no version is in force, or null when one is.</summary>
    public NoVersionInForce? None => IsT1 ? AsT1 : null;

    internal static VersionInForce Of(MemorandumVersion version) => new(version);

    internal static VersionInForce Of(NoVersionInForce none) => new(none);

    /// <inheritdoc />
    public override string ToString() => Match(v => $"In force: {v}", n => n.ToString());
}

/// <summary>Why no version of the memorandum is in force on a day.</summary>
public enum NoVersionReason
{
    /// <summary>The register holds no version.</summary>
    RegisterEmpty = 0,

    /// <summary>The register holds versions, but none has an effective period (e.g. only the November 2020 draft).</summary>
    NoneInForce = 1,

    /// <summary>The day is before the first version took effect.</summary>
    BeforeFirst = 2,

    /// <summary>The day falls in a gap between two versions.</summary>
    BetweenVersions = 3,

    /// <summary>The day is after the last version ended.</summary>
    AfterLast = 4,
}

/// <summary>No version of the memorandum is in force on <see cref="Date"/>, and why.</summary>
/// <param name="Date">The day asked about.</param>
/// <param name="Reason">Why none is in force.</param>
/// <param name="Previous">The last version that ended before the day, if any.</param>
/// <param name="Next">The first version that takes effect after the day, if any.</param>
public sealed record NoVersionInForce(LocalDate Date, NoVersionReason Reason, MemorandumVersion? Previous, MemorandumVersion? Next)
{
    /// <summary>The answer as a sentence.</summary>
    public string Message => Reason switch
    {
        NoVersionReason.RegisterEmpty => $"No version of the memorandum is in force on {ModelText.Date(Date)}: the register holds no version.",
        NoVersionReason.NoneInForce => $"No version of the memorandum is in force on {ModelText.Date(Date)}: no version in the register has an effective period.",
        NoVersionReason.BeforeFirst => $"No version of the memorandum is in force on {ModelText.Date(Date)}: the first version, '{Next?.Id}', takes effect on {Day(Next?.Period?.From)}.",
        NoVersionReason.BetweenVersions => $"No version of the memorandum is in force on {ModelText.Date(Date)}: '{Previous?.Id}' ended on {Day(Previous?.Period?.Until)} and '{Next?.Id}' takes effect on {Day(Next?.Period?.From)}.",
        _ => $"No version of the memorandum is in force on {ModelText.Date(Date)}: the last version, '{Previous?.Id}', ended on {Day(Previous?.Period?.Until)}.",
    };

    /// <inheritdoc />
    public override string ToString() => Message;

    private static string Day(LocalDate? date) => date is { } d ? ModelText.Date(d) : "?";
}
