using System.Globalization;
using System.Text;

namespace CareCommunity.Domain.Benchmarks.Support;

/// <summary>What a generated JSON Lines input holds.</summary>
/// <param name="Lines">Lines written (every one a record: no blank lines).</param>
/// <param name="Valid">Lines that are well-formed records.</param>
/// <param name="Malformed">Lines that a strict reader must reject.</param>
/// <param name="Bytes">Bytes written.</param>
public readonly record struct GeneratedLines(long Lines, long Valid, long Malformed, long Bytes);

/// <summary>
/// Writes deterministic synthetic JSON Lines of <see cref="ResidentRecord"/>s (same seed, same bytes), with a share of
/// malformed lines of four kinds: broken JSON, a wrong type, an unknown member and a missing required member.
/// </summary>
public static class ResidentLines
{
    /// <summary>The seed used unless told otherwise.</summary>
    public const int DefaultSeed = 20261122;

    private static readonly string[] ConditionNames = ["copd", "diabetes", "heart-failure", "dementia", "frailty", "hypertension", "ckd", "asthma"];

    /// <summary>Writes <paramref name="count"/> lines to a stream (UTF-8, no BOM, <c>\n</c> line ends).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="count">How many lines.</param>
    /// <param name="malformedShare">The probability that a line is malformed (0..1).</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>What was written.</returns>
    public static GeneratedLines Write(Stream output, long count, double malformedShare = 0.01, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        long malformed = 0;
        var start = output.CanSeek ? output.Position : 0;
        using (var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" })
        {
            var line = new StringBuilder(256);
            for (long i = 0; i < count; i++)
            {
                line.Clear();
                var bad = random.NextDouble() < malformedShare;
                AppendRecord(line, i, random, bad ? random.Next(4) : -1);
                malformed += bad ? 1 : 0;
                writer.WriteLine(line);
            }
        }

        var bytes = output.CanSeek ? output.Position - start : -1;
        return new GeneratedLines(count, count - malformed, malformed, bytes);
    }

    /// <summary>The lines as bytes in memory.</summary>
    /// <param name="count">How many lines.</param>
    /// <param name="malformedShare">The probability that a line is malformed.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The bytes and what they hold.</returns>
    public static (byte[] Utf8, GeneratedLines Summary) InMemory(long count, double malformedShare = 0.01, int seed = DefaultSeed)
    {
        using var buffer = new MemoryStream();
        var summary = Write(buffer, count, malformedShare, seed);
        return (buffer.ToArray(), summary);
    }

    private static void AppendRecord(StringBuilder s, long i, Random random, int defect)
    {
        var id = (9_000_000_000L + (i * 7919 % 999_999_999)).ToString(CultureInfo.InvariantCulture);
        s.Append("{\"id\":\"").Append(id).Append('"');
        if (defect == 3)
        {
            // Missing required members (age, practiceCode).
            s.Append('}');
            return;
        }

        s.Append(",\"age\":");
        if (defect == 1)
        {
            s.Append("\"old\"");
        }
        else
        {
            s.Append(random.Next(0, 105).ToString(CultureInfo.InvariantCulture));
        }

        s.Append(",\"practiceCode\":\"N81").Append(random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture)).Append('"');
        if (random.Next(10) < 8)
        {
            s.Append(",\"postcode\":\"CW").Append(random.Next(1, 12).ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(random.Next(0, 10).ToString(CultureInfo.InvariantCulture))
                .Append((char)('A' + random.Next(26))).Append((char)('A' + random.Next(26))).Append('"');
        }

        var conditions = random.Next(4);
        if (conditions > 0)
        {
            s.Append(",\"conditions\":[");
            for (var c = 0; c < conditions; c++)
            {
                s.Append(c == 0 ? "\"" : ",\"").Append(ConditionNames[random.Next(ConditionNames.Length)]).Append('"');
            }

            s.Append(']');
        }

        if (defect == 2)
        {
            s.Append(",\"colour\":1");
        }

        if (defect == 0)
        {
            // Broken JSON: the record is cut off in the middle of a member.
            s.Append(",\"postcode\":");
            return;
        }

        s.Append('}');
    }
}
