using System.Buffers.Text;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CareCommunity.Domain.PopulationHealth;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// The fast path of the NDJSON reader (decision 0062): one forward pass over the bytes of a line that recognises only the
/// resident record's own grammar — the ten members in any order, with optional spaces and tabs between tokens — and
/// validates each value as it goes. It accepts a line only when the general reader (<see cref="TryReadJson"/>) would
/// accept it with the same resident and no warning; for anything else (an escape, a byte outside printable ASCII, an
/// unknown or repeated member, a value out of range, a number written another way, an unmapped code, a missing member)
/// it answers "not sure" and the general reader, which explains every rejection, reads the line instead. So the fast
/// path changes how quickly a line is read, never what is made of it: a property test holds the two readers equal on
/// valid, mutated and malformed lines.
/// <para>
/// Its methods run <c>unchecked</c>: every index here lies within a line of at most a few megabytes, so the project's
/// checked arithmetic can find no overflow in them, yet its checks stood between the JIT and the removal of bounds checks
/// on the hottest loop of a population run.
/// </para>
/// </summary>
internal sealed partial class ResidentParser
{
    private static readonly ByteLookup ConditionLookup = new([.. Enum.GetValues<Condition>().Select(c => ConditionNames.Name(c))]);

    /// <summary>Each member's name length, with its closing quote, by the member's bit.</summary>
    private static ReadOnlySpan<byte> MemberNameLengths => [3, 10, 14, 11, 8, 19, 7, 21, 10, 10];

    /// <summary>
    /// Reads a line on the fast path. True: the line is accepted, exactly as <see cref="TryReadJson"/> would accept it
    /// (read <see cref="Resident"/>, <see cref="IdUtf8"/>). False: not read here — call <see cref="TryReadJson"/>.
    /// </summary>
    /// <param name="s">The line (without its newline, not blank).</param>
    /// <param name="line">Its 1-based number.</param>
    /// <returns>True when accepted on the fast path.</returns>
    public bool TryReadJsonFast(ReadOnlySpan<byte> s, long line) => ReadObject(s, line) is var end and >= 0 && Skip(s, end) == s.Length;

    /// <summary>
    /// Reads the line at the start of <paramref name="data"/> (the rest of a block) on the fast path, finding its end as it
    /// goes: the number of bytes it takes up to and including its newline (a <c>\r</c> before it, or the end of the data
    /// instead of it), or -1 when not read here — then cut the line at its newline and call <see cref="TryReadJson"/>.
    /// </summary>
    /// <param name="data">The data, starting at the line.</param>
    /// <param name="line">The line's 1-based number.</param>
    /// <param name="maxLine">The longest line accepted (a longer one is left to the caller).</param>
    /// <returns>The bytes taken, or -1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int TryReadJsonFastLine(ReadOnlySpan<byte> data, long line, int maxLine)
    {
        unchecked
        {
            var end = ReadObject(data, line);
            if (end < 0)
            {
                return -1;
            }

            end = Skip(data, end);
            var length = end;
            if (end < data.Length && data[end] == (byte)'\r' && (end + 1 == data.Length || data[end + 1] == (byte)'\n'))
            {
                end++;
            }

            if (end < data.Length)
            {
                if (data[end] != (byte)'\n')
                {
                    return -1;
                }

                end++;
            }

            return length <= maxLine ? end : -1;
        }
    }

    /// <summary>Reads the object at the start of <paramref name="s"/>: the index after its closing brace, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ReadObject(ReadOnlySpan<byte> s, long line)
    {
        unchecked
        {
            Reset(line);
            var i = Skip(s, 0);
            if (i >= s.Length || s[i] != (byte)'{')
            {
                return -1;
            }

            var seen = 0;
            i = Skip(s, i + 1);
            while (true)
            {
                // Most lines write the members in the contract's order with nothing between a name and its colon: try the
                // next two members of that order as whole keys first, then any member.
                var member = ExpectedMember(s, i, seen, out var afterColon);
                if (member == 0)
                {
                    if (i >= s.Length || s[i] != (byte)'"')
                    {
                        return -1;
                    }

                    member = FastMember(s, i + 1);
                    if (member == 0 || (seen & member) != 0)
                    {
                        return -1;
                    }

                    i = Skip(s, i + 1 + MemberNameLengths[BitOperations.TrailingZeroCount(member)]);
                    if (i >= s.Length || s[i] != (byte)':')
                    {
                        return -1;
                    }

                    afterColon = i + 1;
                }

                seen |= member;
                i = Skip(s, afterColon);
                i = FastValue(s, i, member);
                if (i < 0)
                {
                    return -1;
                }

                i = Skip(s, i);
                if (i >= s.Length)
                {
                    return -1;
                }

                if (s[i] == (byte)'}')
                {
                    break;
                }

                if (s[i] != (byte)',')
                {
                    return -1;
                }

                i = Skip(s, i + 1);
            }

            // All three required members must be there.
            return (seen & (MemberId | MemberBirthDate | MemberCareCommunity)) == (MemberId | MemberBirthDate | MemberCareCommunity) ? i + 1 : -1;
        }
    }

    /// <summary>All ten members' bits.</summary>
    private const int AllMembers = (MemberDiagnoses << 1) - 1;

    /// <summary>
    /// Each member's key as the contract writes it, <c>"name":</c>, in 32 bytes padded with zeros, by the member's bit (a
    /// key has no zero byte, so its non-zero bytes are its mask). A test checks them against the names.
    /// </summary>
    internal static ReadOnlySpan<byte> MemberKeys => [
        34, 105, 100, 34, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // "id":
        34, 98, 105, 114, 116, 104, 68, 97, 116, 101, 34, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // "birthDate":
        34, 99, 97, 114, 101, 67, 111, 109, 109, 117, 110, 105, 116, 121, 34, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // "careCommunity":
        34, 99, 111, 110, 100, 105, 116, 105, 111, 110, 115, 34, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // "conditions":
        34, 102, 114, 97, 105, 108, 116, 121, 34, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // "frailty":
        34, 108, 101, 97, 114, 110, 105, 110, 103, 68, 105, 115, 97, 98, 105, 108, 105, 116, 121, 34, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // "learningDisability":
        34, 97, 117, 116, 105, 115, 109, 34, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // "autism":
        34, 115, 101, 114, 105, 111, 117, 115, 77, 101, 110, 116, 97, 108, 73, 108, 108, 110, 101, 115, 115, 34, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, // "seriousMentalIllness":
        34, 105, 109, 100, 68, 101, 99, 105, 108, 101, 34, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // "imdDecile":
        34, 100, 105, 97, 103, 110, 111, 115, 101, 115, 34, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // "diagnoses":
    ];

    /// <summary>
    /// The member whose key (<c>"name":</c>, with nothing between the name and the colon) starts at <paramref name="i"/>
    /// when it is one of the next two members not yet seen in the contract's order; 0 otherwise (then read the key the
    /// general way). <paramref name="afterColon"/> is the index after the key's colon.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ExpectedMember(ReadOnlySpan<byte> s, int i, int seen, out int afterColon)
    {
        unchecked
        {
            afterColon = 0;
            var unseen = ~seen & AllMembers;
            if (!Vector256.IsHardwareAccelerated || unseen == 0 || i < 0 || i > s.Length - Vector256<byte>.Count)
            {
                return 0;
            }

            var v = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(s), (nuint)i);
            var bit = BitOperations.TrailingZeroCount(unseen);
            if (!IsKey(v, bit))
            {
                unseen &= unseen - 1;
                if (unseen == 0)
                {
                    return 0;
                }

                bit = BitOperations.TrailingZeroCount(unseen);
                if (!IsKey(v, bit))
                {
                    return 0;
                }
            }

            afterColon = i + MemberNameLengths[bit] + 2; // the name, its quotes and the colon
            return 1 << bit;
        }
    }

    /// <summary>True when <paramref name="v"/> starts with the key of the member of bit number <paramref name="bit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsKey(Vector256<byte> v, int bit)
    {
        unchecked
        {
            var key = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(MemberKeys), (nuint)bit * (nuint)Vector256<byte>.Count);
            return (v & ~Vector256.Equals(key, Vector256<byte>.Zero)) == key;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Skip(ReadOnlySpan<byte> s, int i) =>
        unchecked((uint)i < (uint)s.Length && s[i] is (byte)' ' or (byte)'\t' ? SkipSome(s, i) : i);

    private static int SkipSome(ReadOnlySpan<byte> s, int i)
    {
        unchecked
        {
            while (i < s.Length && (s[i] == (byte)' ' || s[i] == (byte)'\t'))
            {
                i++;
            }

            return i;
        }
    }

    /// <summary>For each byte: <see cref="Plain"/> when a string may hold it as it is (printable ASCII but the quote and the
    /// backslash), <see cref="IdByte"/> when an id may (A-Z, a-z, 0-9, '.', '_', '-').</summary>
    private static ReadOnlySpan<byte> ByteClasses => [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1,
        1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 0, 1, 1, 3,
        1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private const byte Plain = 1;
    private const byte IdByte = 2;

    /// <summary>The member whose quoted name starts at <paramref name="start"/> (after the opening quote), or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FastMember(ReadOnlySpan<byte> s, int start)
    {
        unchecked
        {
            if (start >= s.Length)
            {
                return 0;
            }

            // Each name with its closing quote, compared as a constant (which the JIT unrolls into a few word compares).
            var rest = s[start..];
            switch (s[start])
            {
                case (byte)'i' when rest.StartsWith("id\""u8):
                    return MemberId;
                case (byte)'i' when rest.StartsWith("imdDecile\""u8):
                    return MemberImdDecile;
                case (byte)'b' when rest.StartsWith("birthDate\""u8):
                    return MemberBirthDate;
                case (byte)'c' when rest.StartsWith("careCommunity\""u8):
                    return MemberCareCommunity;
                case (byte)'c' when rest.StartsWith("conditions\""u8):
                    return MemberConditions;
                case (byte)'f' when rest.StartsWith("frailty\""u8):
                    return MemberFrailty;
                case (byte)'l' when rest.StartsWith("learningDisability\""u8):
                    return MemberLearningDisability;
                case (byte)'a' when rest.StartsWith("autism\""u8):
                    return MemberAutism;
                case (byte)'s' when rest.StartsWith("seriousMentalIllness\""u8):
                    return MemberSeriousMentalIllness;
                case (byte)'d' when rest.StartsWith("diagnoses\""u8):
                    return MemberDiagnoses;
                default:
                    return 0;
            }
        }
    }

    /// <summary>The plain string at <paramref name="i"/>: its content (printable ASCII, no escape), and the index after it; -1 if not such a string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FastString(ReadOnlySpan<byte> s, int i) => FastString(s, i, Plain);

    /// <summary>The string at <paramref name="i"/> whose every byte is of the class <paramref name="kind"/> (<see cref="Plain"/> or <see cref="IdByte"/>); -1 if not such a string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FastString(ReadOnlySpan<byte> s, int i, byte kind)
    {
        unchecked
        {
            var start = i + 1;
            if ((uint)i >= (uint)s.Length || s[i] != (byte)'"')
            {
                return -1;
            }

            var classes = ByteClasses;
            var j = start;
            if (Vector128.IsHardwareAccelerated && start + Vector128<byte>.Count <= s.Length)
            {
                // Most strings end within 16 bytes: find the closing quote, and check the bytes before it, in one step.
                var v = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(s), (nuint)start);
                var quotes = Vector128.Equals(v, Vector128.Create((byte)'"')).ExtractMostSignificantBits();
                if (quotes != 0)
                {
                    var length16 = BitOperations.TrailingZeroCount(quotes);
                    var before = (1u << length16) - 1;
                    if (kind == Plain)
                    {
                        var bad = Vector128.Equals(v, Vector128.Create((byte)'\\')) | Vector128.LessThan(v, Vector128.Create((byte)0x20))
                            | Vector128.GreaterThan(v, Vector128.Create((byte)0x7E));
                        if ((bad.ExtractMostSignificantBits() & before) != 0)
                        {
                            return -1;
                        }

                        return start + length16 + 1;
                    }

                    // IdByte: A-Z and a-z (one range once 0x20 is set), 0-9, '.', '_' and '-'.
                    var letters = Vector128.LessThanOrEqual((v | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')));
                    var digits = Vector128.LessThanOrEqual(v - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
                    var marks = Vector128.Equals(v, Vector128.Create((byte)'.')) | Vector128.Equals(v, Vector128.Create((byte)'_')) | Vector128.Equals(v, Vector128.Create((byte)'-'));
                    if ((~(letters | digits | marks).ExtractMostSignificantBits() & before) != 0)
                    {
                        return -1;
                    }

                    return start + length16 + 1;
                }
            }

            while ((uint)j < (uint)s.Length && (classes[s[j]] & kind) != 0)
            {
                j++;
            }

            if ((uint)j >= (uint)s.Length || s[j] != (byte)'"')
            {
                return -1;
            }

            return j + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FastValue(ReadOnlySpan<byte> s, int i, int member)
    {
        unchecked
        {
            switch (member)
            {
                case MemberId:
                {
                    var next = FastString(s, i, IdByte);
                    var length = next - i - 2;
                    if (next < 0 || length is 0 or > ResidentId.MaxLength)
                    {
                        return -1;
                    }

                    SetId(s.Slice(i + 1, length));
                    return next;
                }

                case MemberBirthDate:
                {
                    // "yyyy-MM-dd": the closing quote is 11 bytes on; the date parser checks the rest.
                    if ((uint)(i + 11) >= (uint)s.Length || s[i] != (byte)'"' || s[i + 11] != (byte)'"'
                        || !ResidentText.TryParseDate(s.Slice(i + 1, 10), out var date) || date > _referenceDate || date < ResidentText.EarliestBirthDate)
                    {
                        return -1;
                    }

                    _birthDate = date;
                    return i + 12;
                }

                case MemberCareCommunity:
                {
                    var next = FastString(s, i);
                    var index = next < 0 ? -1 : _communities.IndexOf(s.Slice(i + 1, next - i - 2));
                    if (index < 0)
                    {
                        return -1;
                    }

                    _community = index;
                    return next;
                }

                case MemberConditions:
                    return FastConditions(s, i);
                case MemberDiagnoses:
                    return FastDiagnoses(s, i);
                case MemberFrailty:
                    return FastFrailty(s, i);
                case MemberLearningDisability:
                    return FastBoolean(s, i, out _learningDisability);
                case MemberAutism:
                    return FastBoolean(s, i, out _autism);
                case MemberSeriousMentalIllness:
                    return FastBoolean(s, i, out _seriousMentalIllness);
                default: // imdDecile: 1 to 10, written plainly
                    if (i < s.Length && s[i] is >= (byte)'1' and <= (byte)'9')
                    {
                        var next = i + 1;
                        var value = s[i] - '0';
                        if (value == 1 && next < s.Length && s[next] == (byte)'0')
                        {
                            value = 10;
                            next++;
                        }

                        if (next < s.Length && s[next] is (byte)',' or (byte)'}' or (byte)' ' or (byte)'\t')
                        {
                            _imd = value;
                            return next;
                        }
                    }

                    return -1;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FastBoolean(ReadOnlySpan<byte> s, int i, out bool value)
    {
        unchecked
        {
            value = false;
            var rest = s[i..];
            if (rest.StartsWith("true"u8))
            {
                value = true;
                return i + 4;
            }

            return rest.StartsWith("false"u8) ? i + 5 : -1;
        }
    }

    /// <summary>
    /// Opens the array at <paramref name="i"/>: the index of its first element; for an empty array, the complement
    /// (<c>~</c>) of the index after it, which is -2 or less; -1 when there is no array.
    /// </summary>
    private static int OpenArray(ReadOnlySpan<byte> s, int i)
    {
        unchecked
        {
            if (i >= s.Length || s[i] != (byte)'[')
            {
                return -1;
            }

            i = Skip(s, i + 1);
            return i < s.Length && s[i] == (byte)']' ? ~(i + 1) : i;
        }
    }

    /// <summary>
    /// After an array element that ends at <paramref name="next"/> (-1 when the element was not read): the index of the
    /// next element; when the array closes, the complement (<c>~</c>) of the index after it, which is -2 or less; -1
    /// when neither a comma nor the closing bracket follows.
    /// </summary>
    private static int NextElement(ReadOnlySpan<byte> s, int next)
    {
        unchecked
        {
            if (next < 0)
            {
                return -1;
            }

            var i = Skip(s, next);
            return i >= s.Length ? -1 : s[i] == (byte)']' ? ~(i + 1) : s[i] == (byte)',' ? Skip(s, i + 1) : -1;
        }
    }

    /// <summary>The end of an array walked with <see cref="OpenArray"/> and <see cref="NextElement"/>: the index after it, or -1.</summary>
    private static int CloseArray(int at) => at == -1 ? -1 : ~at;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FastConditions(ReadOnlySpan<byte> s, int i)
    {
        unchecked
        {
            var at = OpenArray(s, i);
            while (at >= 0)
            {
                var next = FastString(s, at);
                var index = next < 0 ? -1 : ConditionLookup.IndexOf(s.Slice(at + 1, next - at - 2));
                if (index < 0 || _conditions.Contains((Condition)index))
                {
                    return -1; // an unknown or repeated name: the general reader says which
                }

                _conditions = _conditions.With((Condition)index);
                at = NextElement(s, next);
            }

            return CloseArray(at);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FastDiagnoses(ReadOnlySpan<byte> s, int i)
    {
        unchecked
        {
            var at = OpenArray(s, i);
            for (var count = 1; at >= 0; count++)
            {
                var next = FastString(s, at);
                if (next < 0 || count > _maxList || !TryMapCode(s.Slice(at + 1, next - at - 2), out var finding))
                {
                    return -1; // an unknown code is a warning, too many an error: the general reader reports them
                }

                Add(finding);
                at = NextElement(s, next);
            }

            return CloseArray(at);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FastFrailty(ReadOnlySpan<byte> s, int i)
    {
        unchecked
        {
            if (i >= s.Length || s[i] != (byte)'{')
            {
                return -1;
            }

            i = Skip(s, i + 1);
            var nameEnd = FastString(s, i);
            if (nameEnd < 0)
            {
                return -1;
            }

            var name = s.Slice(i + 1, nameEnd - i - 2);
            i = Skip(s, nameEnd);
            if (i >= s.Length || s[i] != (byte)':')
            {
                return -1;
            }

            i = Skip(s, i + 1);
            if (name.SequenceEqual("level"u8))
            {
                var next = FastString(s, i);
                if (next < 0 || !ResidentText.TryParseFrailtyLevel(s.Slice(i + 1, next - i - 2), out var level))
                {
                    return -1;
                }

                _frailty = FrailtyAssessment.Stated(level);
                i = next;
            }
            else if (name.SequenceEqual("cfs"u8))
            {
                if (i >= s.Length || s[i] is < (byte)'1' or > (byte)'9' || (i + 1 < s.Length && s[i + 1] is (byte)'.' or (byte)'e' or (byte)'E' or (>= (byte)'0' and <= (byte)'9')))
                {
                    return -1;
                }

                _frailty = FrailtyAssessment.Cfs(s[i] - '0');
                i++;
            }
            else if (name.SequenceEqual("efi"u8))
            {
                // 0 or 1, optionally with a fraction; no sign, no exponent, no leading zero (other spellings go the general way).
                var startNumber = i;
                if (i >= s.Length || s[i] is not ((byte)'0' or (byte)'1'))
                {
                    return -1;
                }

                i++;
                if (i < s.Length && s[i] == (byte)'.')
                {
                    i++;
                    var digits = i;
                    while (i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9')
                    {
                        i++;
                    }

                    if (i == digits)
                    {
                        return -1;
                    }
                }

                if (i < s.Length && s[i] is (byte)'e' or (byte)'E' or (>= (byte)'0' and <= (byte)'9'))
                {
                    return -1;
                }

                // The same conversion as Utf8JsonReader.TryGetDouble: correctly rounded, so both readers agree to the bit.
                if (!Utf8Parser.TryParse(s[startNumber..i], out double efi, out var consumed) || consumed != i - startNumber || !double.IsFinite(efi) || efi is < 0 or > 1)
                {
                    return -1;
                }

                _frailty = FrailtyAssessment.Efi(efi);
            }
            else
            {
                return -1;
            }

            i = Skip(s, i);
            return i < s.Length && s[i] == (byte)'}' ? i + 1 : -1;
        }
    }
}
