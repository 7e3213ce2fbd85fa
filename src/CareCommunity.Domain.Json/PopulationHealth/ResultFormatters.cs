using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using CareCommunity.Domain.PopulationHealth;
using nietras.SeparatedValues;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// One classified resident: its line, the resident read and its classification. What <c>classify</c> writes, one per
/// accepted line, in input order.
/// </summary>
/// <param name="Line">The resident's line in the input.</param>
/// <param name="Resident">The resident.</param>
/// <param name="Classification">Its classification at the reference date.</param>
public readonly record struct ClassifiedResident(long Line, Resident Resident, Classification Classification);

/// <summary>The words of the result record (POP-API.md): the same in NDJSON, CSV and Parquet.</summary>
public static class ResultWords
{
    /// <summary>The result columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["line", "id", "careCommunity", "age", "stageOfLife", "need", "complex", "criteria", "longTermConditions", "frailty", "core20", "risk"];

    /// <summary>A frailty level's word, <c>not-assessed</c> for none.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The word.</returns>
    public static string Frailty(FrailtyLevel? level) => level switch
    {
        null => "not-assessed",
        FrailtyLevel.Fit => "fit",
        FrailtyLevel.Mild => "mild",
        FrailtyLevel.Moderate => "moderate",
        _ => "severe",
    };

    /// <summary>The criteria met, <c>;</c>-joined in the contract's order (empty for none).</summary>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The text.</returns>
    public static string Criteria(ComplexityCriteria criteria) => string.Join(';', ComplexityCriteriaNames.NamesOf(criteria));
}

/// <summary>Formats results into bytes, one block at a time, on a worker's thread. One instance per worker.</summary>
internal abstract class ResultFormatter
{
    /// <summary>Bytes written once before the first result (a CSV header).</summary>
    public abstract ReadOnlySpan<byte> Header { get; }

    /// <summary>Appends one result.</summary>
    /// <param name="line">The resident's line.</param>
    /// <param name="id">The resident's id (ASCII).</param>
    /// <param name="community">The care community's slug.</param>
    /// <param name="c">The classification.</param>
    /// <param name="output">Where the bytes go.</param>
    public abstract void Write(long line, ReadOnlySpan<byte> id, ReadOnlySpan<byte> community, in Classification c, ArrayBufferWriter<byte> output);

    /// <summary>Completes a block's output.</summary>
    public virtual void EndBlock(ArrayBufferWriter<byte> output)
    {
    }
}

/// <summary>
/// The NDJSON result line, formatted straight into UTF-8: every word is a precomputed byte literal, numbers are
/// formatted in place, ids and slugs are copied (they need no escaping: ids are <c>[A-Za-z0-9._-]</c>, slugs lower-case).
/// </summary>
internal sealed class NdjsonResultFormatter : ResultFormatter
{
    private static readonly byte[][] Stages = Words(",\"stageOfLife\":\"children-and-young-people\",\"need\":\"", ",\"stageOfLife\":\"working-age-adults\",\"need\":\"",
        ",\"stageOfLife\":\"older-people\",\"need\":\"");

    private static readonly byte[][] Needs = Words("currently-well\",\"complex\":", "long-term-conditions\",\"complex\":", "complex\",\"complex\":");

    private static readonly byte[][] CriteriaLists = [.. Enumerable.Range(0, 16).Select(i =>
        Encoding.UTF8.GetBytes((i == 0 ? "false" : "true") + ",\"criteria\":[" + string.Join(',', ComplexityCriteriaNames.NamesOf((ComplexityCriteria)i).Select(n => $"\"{n}\"")) + "],\"longTermConditions\":"))];

    private static readonly byte[][] Frailties = Words(",\"frailty\":\"fit\",\"core20\":", ",\"frailty\":\"mild\",\"core20\":", ",\"frailty\":\"moderate\",\"core20\":",
        ",\"frailty\":\"severe\",\"core20\":", ",\"frailty\":\"not-assessed\",\"core20\":");

    // The words between the age and the condition count, for every stage × need × criteria; and after the count, for
    // every frailty × Core20 × risk (none, low, high): one copy each instead of six.
    private static readonly byte[][] Middles = [.. Enumerable.Range(0, 3 * 3 * 16).Select(i => (byte[])[.. Stages[i / 48], .. Needs[i / 16 % 3], .. CriteriaLists[i % 16]])];

    private static readonly byte[][] Tails = [.. Enumerable.Range(0, 5 * 2 * 3).Select(i => (byte[])[.. Frailties[i / 6], .. (i / 3 % 2 == 1 ? "true"u8 : "false"u8),
        .. (i % 3) switch { 0 => "}\n"u8, 1 => ",\"risk\":\"low\"}\n"u8, _ => ",\"risk\":\"high\"}\n"u8 }])];

    private readonly bool _risk;

    public NdjsonResultFormatter(bool risk) => _risk = risk;

    public override ReadOnlySpan<byte> Header => default;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(long line, ReadOnlySpan<byte> id, ReadOnlySpan<byte> community, in Classification c, ArrayBufferWriter<byte> output)
    {
        // Offsets within a line of a few hundred bytes cannot overflow: unchecked, as on the reader's fast path.
        unchecked
        {
            var span = output.GetSpan(512 + community.Length + id.Length);
            var n = Put(span, "{\"line\":"u8, 0);
            Utf8Formatter.TryFormat(line, span[n..], out var w);
            n += w;
            n = Put(span, ",\"id\":\""u8, n);
            n = Put(span, id, n);
            n = Put(span, "\",\"careCommunity\":\""u8, n);
            n = Put(span, community, n);
            n = Put(span, "\",\"age\":"u8, n);
            n = Small(span, c.Age, n);
            n = Put(span, Middles[((int)c.StageOfLife * 48) + ((int)c.HolisticNeed * 16) + ((int)c.Criteria & 15)], n);
            n = Small(span, c.LongTermConditionCount, n);
            var risk = !_risk ? 0 : c.Risk == RiskLevel.High ? 2 : 1;
            n = Put(span, Tails[((c.Frailty is { } f ? (int)f : 4) * 6) + (c.IsCore20 ? 3 : 0) + risk], n);
            output.Advance(n);
        }
    }

    /// <summary>A whole number from 0 to 999 (ages, condition counts) in decimal; larger ones through the general formatter.</summary>
    private static int Small(Span<byte> span, int value, int at)
    {
        unchecked
        {
            if (value is < 0 or > 999)
            {
                Utf8Formatter.TryFormat(value, span[at..], out var written);
                return at + written;
            }

            if (value >= 100)
            {
                span[at++] = (byte)('0' + (value / 100));
            }

            if (value >= 10)
            {
                span[at++] = (byte)('0' + (value / 10 % 10));
            }

            span[at++] = (byte)('0' + (value % 10));
            return at;
        }
    }

    private static int Put(Span<byte> span, ReadOnlySpan<byte> bytes, int at)
    {
        unchecked
        {
            bytes.CopyTo(span[at..]);
            return at + bytes.Length;
        }
    }

    private static byte[][] Words(params string[] words) => [.. words.Select(Encoding.UTF8.GetBytes)];
}

/// <summary>
/// The CSV result row through Sep's writer (a header row once, lists <c>;</c>-joined). Sep writes characters into a
/// reused builder, which is encoded to UTF-8 at the end of each block.
/// </summary>
internal sealed class CsvResultFormatter : ResultFormatter, IDisposable
{
    private static readonly string[] StageWords = ["children-and-young-people", "working-age-adults", "older-people"];
    private static readonly string[] NeedWords = ["currently-well", "long-term-conditions", "complex"];
    private static readonly string[] CriteriaWords = [.. Enumerable.Range(0, 16).Select(i => ResultWords.Criteria((ComplexityCriteria)i))];

    private readonly bool _risk;
    private readonly StringBuilder _text = new(1 << 16);
    private readonly SepWriter _writer;
    private readonly byte[] _header;

    public CsvResultFormatter(bool risk)
    {
        _risk = risk;
        _writer = Sep.New(',').Writer(o => o with { WriteHeader = false, CultureInfo = System.Globalization.CultureInfo.InvariantCulture }).To(_text);
        _header = Encoding.UTF8.GetBytes(string.Join(',', risk ? ResultWords.Columns : ResultWords.Columns.Take(ResultWords.Columns.Count - 1)) + "\n");
    }

    public override ReadOnlySpan<byte> Header => _header;

    public override void Write(long line, ReadOnlySpan<byte> id, ReadOnlySpan<byte> community, in Classification c, ArrayBufferWriter<byte> output)
    {
        unchecked
        {
            Span<char> idChars = stackalloc char[id.Length];
            System.Text.Encoding.ASCII.GetChars(id, idChars);
            using var row = _writer.NewRow();
            row["line"].Format(line);
            row["id"].Set(idChars);
            row["careCommunity"].Set(community);
            row["age"].Format(c.Age);
            row["stageOfLife"].Set(StageWords[(int)c.StageOfLife]);
            row["need"].Set(NeedWords[(int)c.HolisticNeed]);
            row["complex"].Set(c.IsComplex ? "true" : "false");
            row["criteria"].Set(CriteriaWords[(int)c.Criteria & 15]);
            row["longTermConditions"].Format(c.LongTermConditionCount);
            row["frailty"].Set(ResultWords.Frailty(c.Frailty));
            row["core20"].Set(c.IsCore20 ? "true" : "false");
            if (_risk)
            {
                row["risk"].Set(c.Risk == RiskLevel.High ? "high" : "low");
            }
        }
    }

    public override void EndBlock(ArrayBufferWriter<byte> output)
    {
        _writer.Flush();
        foreach (var chunk in _text.GetChunks())
        {
            var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
            output.Advance(Encoding.UTF8.GetBytes(chunk.Span, span));
        }

        _text.Clear();
    }

    public void Dispose() => _writer.Dispose();
}
