using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Governance.Board;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// When a Board meeting is quorate. The Memorandum requires "a quorate meeting" (004 l.1292) but its terms of reference
/// "will be added in due course" (l.1368): the rule is the user's, with a documented default (docs/decisions/0024):
/// more than half of the Board's members present. A rule may also require a member of some seats to be present
/// (<see cref="Requiring"/>).
/// </summary>
/// <remarks>Immutable. Present members count whatever their eligibility on the matter.</remarks>
public sealed record QuorumRule
{
    private QuorumRule(int numerator, int denominator, bool moreThan, int minimumMembers, ImmutableArray<SeatGroup> requiredSeats)
    {
        Numerator = numerator;
        Denominator = denominator;
        MoreThan = moreThan;
        MinimumMembers = minimumMembers;
        RequiredSeats = requiredSeats;
    }

    /// <summary>The default: more than half of the Board's members present (docs/decisions/0024).</summary>
    public static QuorumRule Default { get; } = MoreThanShare(1, 2);

    /// <summary>The share's numerator.</summary>
    public int Numerator { get; }

    /// <summary>The share's denominator.</summary>
    public int Denominator { get; }

    /// <summary>True when more than the share must be present; false when at least the share.</summary>
    public bool MoreThan { get; }

    /// <summary>A floor on the members present, whatever the share gives.</summary>
    public int MinimumMembers { get; }

    /// <summary>Seat groups from each of which at least one member must be present.</summary>
    public ImmutableArray<SeatGroup> RequiredSeats { get; }

    /// <summary>Quorate when more than <paramref name="numerator"/>/<paramref name="denominator"/> of the members are present.</summary>
    /// <param name="numerator">The numerator, 0 or more.</param>
    /// <param name="denominator">The denominator, 1 or more, not below the numerator.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The share is not between 0 and 1.</exception>
    public static QuorumRule MoreThanShare(int numerator, int denominator) => Share(numerator, denominator, true);

    /// <summary>Quorate when at least <paramref name="numerator"/>/<paramref name="denominator"/> of the members are present.</summary>
    /// <param name="numerator">The numerator, 0 or more.</param>
    /// <param name="denominator">The denominator, 1 or more, not below the numerator.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The share is not between 0 and 1.</exception>
    public static QuorumRule AtLeastShare(int numerator, int denominator) => Share(numerator, denominator, false);

    /// <summary>Quorate when at least <paramref name="members"/> members are present.</summary>
    /// <param name="members">The number, 1 or more.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is below 1.</exception>
    public static QuorumRule AtLeast(int members)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        return new QuorumRule(0, 1, false, members, []);
    }

    /// <summary>This rule, also requiring a member of one of <paramref name="seats"/> to be present.</summary>
    /// <param name="name">The group's name, e.g. "local authority".</param>
    /// <param name="seats">The seats, any of which will do.</param>
    /// <returns>The stricter rule.</returns>
    /// <exception cref="ArgumentException">The name is blank or no seat is given.</exception>
    public QuorumRule Requiring(string name, params IEnumerable<BoardSeat> seats) =>
        new(Numerator, Denominator, MoreThan, MinimumMembers, RequiredSeats.Add(new SeatGroup(name, seats)));

    /// <summary>This rule with a floor on the members present.</summary>
    /// <param name="members">The floor, 0 or more.</param>
    /// <returns>The rule.</returns>
    public QuorumRule WithMinimum(int members)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        return new QuorumRule(Numerator, Denominator, MoreThan, members, RequiredSeats);
    }

    /// <summary>The fewest members present that satisfy the share and the floor, for a Board of <paramref name="boardSize"/>.</summary>
    /// <param name="boardSize">The number of Board members.</param>
    /// <returns>The number; at least 1.</returns>
    public int RequiredPresent(int boardSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(boardSize);
        var product = (long)boardSize * Numerator;
        var byShare = MoreThan ? product / Denominator + 1 : (product + Denominator - 1) / Denominator;
        return (int)Math.Max(1L, Math.Max(byShare, MinimumMembers));
    }

    /// <summary>Checks a meeting's attendance.</summary>
    /// <param name="board">The Board.</param>
    /// <param name="present">The members present (Board members only, each once).</param>
    /// <returns>The check.</returns>
    public QuorumCheck Check(PartnershipBoard board, IReadOnlyCollection<BoardMember> present)
    {
        Guard.Against.Null(board);
        Guard.Against.Null(present);
        var size = board.Members.IsDefault ? 0 : board.Members.Length;
        var required = RequiredPresent(size);
        var missing = RequiredSeats.Where(g => !present.Any(m => g.Seats.Contains(m.Seat))).Select(g => g.Name).ToImmutableArray();
        return new QuorumCheck(present.Count >= required && missing.IsEmpty, present.Count, size, required, missing, ToString());
    }

    /// <summary>Equality by value.</summary>
    /// <param name="other">The other rule.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(QuorumRule? other) => other is not null && Numerator == other.Numerator && Denominator == other.Denominator
        && MoreThan == other.MoreThan && MinimumMembers == other.MinimumMembers && RequiredSeats.SequenceEqual(other.RequiredSeats);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator, MoreThan, MinimumMembers, RequiredSeats.Length);

    /// <summary>The rule in words, e.g. <c>more than 1/2 of the members present</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var share = Numerator == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{(MoreThan ? "more than" : "at least")} {Numerator}/{Denominator} of the members present");
        var floor = MinimumMembers == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"at least {MinimumMembers} member(s) present");
        var groups = RequiredSeats.Select(g => $"a {g.Name} member present");
        return string.Join(", ", new[] { share, floor }.Concat(groups).Where(s => s.Length > 0));
    }

    private static QuorumRule Share(int numerator, int denominator, bool moreThan)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numerator, denominator);
        return new QuorumRule(numerator, denominator, moreThan, 0, []);
    }
}

/// <summary>A group of seats from which a quorum needs at least one member present.</summary>
public sealed record SeatGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="name">Its name, e.g. "local authority".</param>
    /// <param name="seats">The seats.</param>
    /// <exception cref="ArgumentException">The name is blank or no seat is given.</exception>
    public SeatGroup(string name, IEnumerable<BoardSeat> seats)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(seats);
        var list = seats.Distinct().ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A seat group needs at least one seat.", nameof(seats));
        }

        Name = name.Trim();
        Seats = list;
    }

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>Its seats.</summary>
    public ImmutableArray<BoardSeat> Seats { get; }

    /// <summary>Equality by value.</summary>
    /// <param name="other">The other group.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SeatGroup? other) => other is not null && Name == other.Name && Seats.SequenceEqual(other.Seats);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Seats.Length);
}

/// <summary>Whether a meeting was quorate, with the figures.</summary>
/// <param name="IsQuorate">True when quorate.</param>
/// <param name="Present">The Board members present.</param>
/// <param name="BoardSize">The Board's members.</param>
/// <param name="Required">The fewest members present the share and floor require.</param>
/// <param name="MissingSeatGroups">The required seat groups with no member present.</param>
/// <param name="Rule">The rule, in words.</param>
public sealed record QuorumCheck(bool IsQuorate, int Present, int BoardSize, int Required, ImmutableArray<string> MissingSeatGroups, string Rule);
