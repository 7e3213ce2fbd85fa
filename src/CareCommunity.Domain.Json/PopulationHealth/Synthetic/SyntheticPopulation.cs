using System.Buffers.Text;
using System.Text;
using CareCommunity.Domain.Json.Contracts;
using nietras.SeparatedValues;
using NodaTime;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>The file format of a population file.</summary>
public enum PopulationFileFormat
{
    /// <summary>NDJSON: one resident JSON object per line (<c>docs/schemas/resident.schema.json</c>).</summary>
    Ndjson,

    /// <summary>CSV (RFC 4180): a header row, then one resident per row, lists <c>;</c>-separated.</summary>
    Csv,
}

/// <summary>What <see cref="SyntheticPopulation.Write(Stream, SyntheticPopulationSettings, Action{long}?)"/> writes.</summary>
public sealed record SyntheticPopulationSettings
{
    /// <summary>The most residents one file may hold: 1,000,000,000.</summary>
    public const long MaxCount = 1_000_000_000;

    /// <summary>How many residents (0 to <see cref="MaxCount"/>).</summary>
    public required long Count { get; init; }

    /// <summary>The seed: the same seed gives the same bytes (docs/decisions/0050).</summary>
    public required ulong Seed { get; init; }

    /// <summary>The reference date the ages are drawn for: a resident drawn aged N is N on this date.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The format.</summary>
    public PopulationFileFormat Format { get; init; } = PopulationFileFormat.Ndjson;

    /// <summary>True to give 0.5% of residents one diagnosis code no mapping knows (e.g. <c>R69</c>, <c>XX9.9</c>), to
    /// exercise a reader's warnings. Off by default.</summary>
    public bool UnknownDiagnoses { get; init; }
}

/// <summary>
/// A synthetic, deterministic population of Cheshire East's eight care communities, written as NDJSON or CSV in the
/// population wire format (<see cref="ResidentContract"/>): ages from a Cheshire East-shaped pyramid (24% aged 65+),
/// community sizes in proportion to synthetic registered lists (409,600 in all), deprivation deciles, long-term
/// conditions with age-dependent, correlated probabilities calibrated to Cheshire East's QOF 2019/20 prevalences,
/// frailty (stated level, eFI or CFS), learning disability, autism, serious mental illness and some ICD-10 codes.
/// No resident is a real person; the calibration table is <c>docs/population-synthetic.md</c> (docs/decisions/0051,
/// 0052). Same settings → same bytes on any machine and .NET version (SplitMix64, invariant formatting; decision
/// 0050). Written record by record in constant memory.
/// </summary>
public static class SyntheticPopulation
{
    /// <summary>How often <c>progress</c> is called: every 65,536 residents (and once at the end).</summary>
    public const int ProgressInterval = 1 << 16;

    /// <summary>The earliest birth date the wire format allows.</summary>
    private static readonly LocalDate EarliestBirthDate = new(1900, 1, 1);

    private static readonly byte[][] ConditionUtf8 = [.. ResidentContract.ConditionNames.Select(Encoding.ASCII.GetBytes)];
    private static readonly byte[][] CommunityUtf8 = [.. SyntheticModel.Communities.Select(c => Encoding.ASCII.GetBytes(c.Id))];
    private static readonly byte[][] LevelUtf8 = [.. ResidentContract.FrailtyLevels.Select(Encoding.ASCII.GetBytes)];

    /// <summary>Writes a synthetic population.</summary>
    /// <param name="destination">Where to write (left open).</param>
    /// <param name="count">How many residents.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="asOf">The reference date.</param>
    /// <param name="format">NDJSON or CSV.</param>
    /// <returns>The number of residents written.</returns>
    public static long Write(Stream destination, long count, ulong seed, LocalDate asOf, PopulationFileFormat format = PopulationFileFormat.Ndjson) =>
        Write(destination, new SyntheticPopulationSettings { Count = count, Seed = seed, AsOf = asOf, Format = format });

    /// <summary>Writes a synthetic population.</summary>
    /// <param name="destination">Where to write (left open).</param>
    /// <param name="settings">What to write.</param>
    /// <param name="progress">Called with the number written so far, every <see cref="ProgressInterval"/> residents and at the end.</param>
    /// <returns>The number of residents written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or above <see cref="SyntheticPopulationSettings.MaxCount"/>.</exception>
    public static long Write(Stream destination, SyntheticPopulationSettings settings, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.Count, SyntheticPopulationSettings.MaxCount);
        return settings.Format == PopulationFileFormat.Csv ? WriteCsv(destination, settings, progress) : WriteNdjson(destination, settings, progress);
    }

    /// <summary>Generates resident <paramref name="index"/> (0-based) of the population.</summary>
    internal static void Generate(SyntheticModel model, ulong seed, long index, LocalDate asOf, bool unknownDiagnoses, ref SyntheticResident r)
    {
        var rng = SplitMix64.ForResident(seed, (ulong)index);
        var (community, age, day, decile, propensity) = model.DrawDemographics(ref rng);
        ulong traits = 0;
        for (var t = 0; t < SyntheticModel.Traits.Length; t++)
        {
            if (model.Decide(t, rng.NextDouble(), age, decile, propensity, traits))
            {
                traits |= 1UL << t;
            }
        }

        var strokeDraw = rng.NextDouble();
        var assessedDraw = rng.NextDouble();
        var levelDraw = rng.NextDouble();
        var sourceDraw = rng.NextDouble();

        uint conditions = 0;
        for (var t = 0; t < SyntheticModel.Traits.Length; t++)
        {
            if ((traits & (1UL << t)) == 0)
            {
                continue;
            }

            if (t == SyntheticModel.StrokeOrTia)
            {
                // One draw: below the stroke share a stroke, and in its lowest fifth a TIA too; above it a TIA alone.
                conditions |= strokeDraw < SyntheticModel.StrokeShareOfStrokeOrTia * SyntheticModel.TiaShareOfStroke
                    ? (1U << SyntheticModel.StrokeCondition) | (1U << SyntheticModel.TiaCondition)
                    : strokeDraw < SyntheticModel.StrokeShareOfStrokeOrTia ? 1U << SyntheticModel.StrokeCondition : 1U << SyntheticModel.TiaCondition;
                continue;
            }

            var condition = SyntheticModel.TraitCondition[t];
            if (condition >= 0)
            {
                conditions |= 1U << condition;
            }
        }

        r.Number = index + 1;
        r.Community = community;
        var birth = asOf.PlusYears(-age).PlusDays(-day);
        r.BirthDate = birth < EarliestBirthDate ? EarliestBirthDate : birth;
        r.Conditions = conditions;
        r.LearningDisability = (traits & (1UL << SyntheticModel.LearningDisability)) != 0;
        r.Autism = (traits & (1UL << SyntheticModel.Autism)) != 0;
        r.SeriousMentalIllness = (traits & (1UL << SyntheticModel.SeriousMentalIllness)) != 0;
        r.Decile = decile;

        r.FrailtyKind = FrailtyKind.None;
        r.FrailtyValue = 0;
        r.FrailtyLevel = 0;
        if (assessedDraw < SyntheticModel.AssessedShare(age))
        {
            var level = model.FrailtyLevel(model.FrailtyScore(age, propensity, System.Numerics.BitOperations.PopCount(conditions)), levelDraw);
            r.FrailtyLevel = level;
            if (sourceDraw < 0.55)
            {
                // eFI in hundredths, away from the band edges 0.12 / 0.24 / 0.36 (docs/decisions/0052).
                r.FrailtyKind = FrailtyKind.Efi;
                r.FrailtyValue = level switch
                {
                    0 => rng.NextInt(12),
                    1 => 13 + rng.NextInt(11),
                    2 => 25 + rng.NextInt(11),
                    _ => 37 + rng.NextInt(24),
                };
            }
            else if (sourceDraw < 0.80)
            {
                r.FrailtyKind = FrailtyKind.Level;
                r.FrailtyValue = level;
            }
            else
            {
                // CFS: fit 1-3, mild 5, moderate 6, severe 7-8 (4 and 9 are read differently by different users).
                r.FrailtyKind = FrailtyKind.Cfs;
                r.FrailtyValue = level switch
                {
                    0 => 1 + rng.NextInt(3),
                    1 => 5,
                    2 => 6,
                    _ => 7 + rng.NextInt(2),
                };
            }
        }

        var n = 0;
        for (var c = 0; c < SyntheticDiagnoses.ByCondition.Length; c++)
        {
            if ((conditions & (1U << c)) != 0)
            {
                Code(ref rng, SyntheticDiagnoses.ByCondition[c], ref r.Diagnoses, ref n);
            }
        }

        if (r.LearningDisability)
        {
            Code(ref rng, SyntheticDiagnoses.LearningDisability, ref r.Diagnoses, ref n);
        }

        if (r.Autism)
        {
            Code(ref rng, SyntheticDiagnoses.Autism, ref r.Diagnoses, ref n);
        }

        if (r.SeriousMentalIllness)
        {
            Code(ref rng, SyntheticDiagnoses.SeriousMentalIllness, ref r.Diagnoses, ref n);
        }

        if (unknownDiagnoses && rng.NextDouble() < SyntheticDiagnoses.UnknownShare)
        {
            var codes = SyntheticDiagnoses.Unknown;
            r.Diagnoses[n++] = codes[rng.NextInt(codes.Length)];
        }

        r.DiagnosisCount = n;
    }

    private static void Code(ref SplitMix64 rng, byte[] codes, ref DiagnosisBuffer buffer, ref int n)
    {
        if (rng.NextDouble() < SyntheticDiagnoses.CodedShare)
        {
            buffer[n++] = codes[rng.NextInt(codes.Length)];
        }
    }

    private static long WriteNdjson(Stream destination, SyntheticPopulationSettings settings, Action<long>? progress)
    {
        var model = SyntheticModel.Default;
        var buffer = new byte[1 << 16];
        var at = 0;
        var resident = default(SyntheticResident);
        for (long i = 0; i < settings.Count; i++)
        {
            Generate(model, settings.Seed, i, settings.AsOf, settings.UnknownDiagnoses, ref resident);
            at += FormatNdjson(in resident, buffer.AsSpan(at));
            if (at > buffer.Length - 2048)
            {
                destination.Write(buffer, 0, at);
                at = 0;
            }

            if (progress is not null && (i + 1) % ProgressInterval == 0)
            {
                progress(i + 1);
            }
        }

        destination.Write(buffer, 0, at);
        destination.Flush();
        progress?.Invoke(settings.Count);
        return settings.Count;
    }

    /// <summary>Writes one resident as an NDJSON line (with its <c>\n</c>) into <paramref name="span"/> (at least 2 KiB).</summary>
    /// <returns>The number of bytes written.</returns>
    internal static int FormatNdjson(in SyntheticResident r, Span<byte> span)
    {
        var w = new Utf8Line(span);
        w.Ascii("{\"id\":\""u8);
        w.Id(r.Number);
        w.Ascii("\",\"birthDate\":\""u8);
        w.Date(r.BirthDate);
        w.Ascii("\",\"careCommunity\":\""u8);
        w.Ascii(CommunityUtf8[r.Community]);
        w.Ascii("\",\"conditions\":["u8);
        var first = true;
        for (var c = 0; c < ConditionUtf8.Length; c++)
        {
            if ((r.Conditions & (1U << c)) != 0)
            {
                w.Ascii(first ? "\""u8 : ",\""u8);
                w.Ascii(ConditionUtf8[c]);
                w.Ascii("\""u8);
                first = false;
            }
        }

        w.Ascii("]"u8);
        switch (r.FrailtyKind)
        {
            case FrailtyKind.Level:
                w.Ascii(",\"frailty\":{\"level\":\""u8);
                w.Ascii(LevelUtf8[r.FrailtyValue]);
                w.Ascii("\"}"u8);
                break;
            case FrailtyKind.Efi:
                w.Ascii(",\"frailty\":{\"efi\":"u8);
                w.Hundredths(r.FrailtyValue);
                w.Ascii("}"u8);
                break;
            case FrailtyKind.Cfs:
                w.Ascii(",\"frailty\":{\"cfs\":"u8);
                w.Number(r.FrailtyValue);
                w.Ascii("}"u8);
                break;
            default:
                break;
        }

        w.Ascii(r.LearningDisability ? ",\"learningDisability\":true"u8 : ",\"learningDisability\":false"u8);
        w.Ascii(r.Autism ? ",\"autism\":true"u8 : ",\"autism\":false"u8);
        w.Ascii(r.SeriousMentalIllness ? ",\"seriousMentalIllness\":true"u8 : ",\"seriousMentalIllness\":false"u8);
        if (r.Decile > 0)
        {
            w.Ascii(",\"imdDecile\":"u8);
            w.Number(r.Decile);
        }

        if (r.DiagnosisCount > 0)
        {
            w.Ascii(",\"diagnoses\":["u8);
            for (var d = 0; d < r.DiagnosisCount; d++)
            {
                w.Ascii(d == 0 ? "\""u8 : ",\""u8);
                w.Ascii(SyntheticDiagnoses.Utf8Codes[r.Diagnoses[d]]);
                w.Ascii("\""u8);
            }

            w.Ascii("]"u8);
        }

        w.Ascii("}\n"u8);
        return w.Length;
    }

    private static long WriteCsv(Stream destination, SyntheticPopulationSettings settings, Action<long>? progress)
    {
        var model = SyntheticModel.Default;
        var resident = default(SyntheticResident);
        Span<char> chars = stackalloc char[1024];
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = System.Globalization.CultureInfo.InvariantCulture }).To(destination, leaveOpen: true))
        {
            for (long i = 0; i < settings.Count; i++)
            {
                Generate(model, settings.Seed, i, settings.AsOf, settings.UnknownDiagnoses, ref resident);
                using (var row = writer.NewRow())
                {
                    row["id"].Set(Csv.Id(resident.Number, chars));
                    row["birthDate"].Set(Csv.Date(resident.BirthDate, chars));
                    row["careCommunity"].Set(SyntheticModel.Communities[resident.Community].Id);
                    row["conditions"].Set(Csv.Conditions(resident.Conditions, chars));
                    row["frailty"].Set(Csv.Frailty(in resident, chars));
                    row["learningDisability"].Set(resident.LearningDisability ? "true" : "false");
                    row["autism"].Set(resident.Autism ? "true" : "false");
                    row["seriousMentalIllness"].Set(resident.SeriousMentalIllness ? "true" : "false");
                    row["imdDecile"].Set(resident.Decile > 0 ? Csv.Number(resident.Decile, chars) : []);
                    row["diagnoses"].Set(Csv.Diagnoses(in resident, chars));
                }

                if (progress is not null && (i + 1) % ProgressInterval == 0)
                {
                    progress(i + 1);
                }
            }

            if (settings.Count == 0)
            {
                writer.Header.Add(["id", "birthDate", "careCommunity", "conditions", "frailty", "learningDisability", "autism", "seriousMentalIllness", "imdDecile", "diagnoses"]);
                writer.Header.Write();
            }
        }

        destination.Flush();
        progress?.Invoke(settings.Count);
        return settings.Count;
    }

    /// <summary>The CSV cells, formatted into a scratch buffer (each call reuses it: use the result before the next call).</summary>
    private static class Csv
    {
        private static readonly string[] Levels = [.. ResidentContract.FrailtyLevels];

        public static ReadOnlySpan<char> Id(long number, Span<char> chars)
        {
            "ce-".CopyTo(chars);
            return chars[..(3 + Digits(number, chars[3..], 7))];
        }

        public static ReadOnlySpan<char> Date(LocalDate date, Span<char> chars)
        {
            Digits(date.Year, chars, 4);
            chars[4] = '-';
            Digits(date.Month, chars[5..], 2);
            chars[7] = '-';
            Digits(date.Day, chars[8..], 2);
            return chars[..10];
        }

        public static ReadOnlySpan<char> Number(int value, Span<char> chars) => chars[..Digits(value, chars, 1)];

        public static ReadOnlySpan<char> Conditions(uint conditions, Span<char> chars)
        {
            var at = 0;
            for (var c = 0; c < ResidentContract.ConditionNames.Length; c++)
            {
                if ((conditions & (1U << c)) != 0)
                {
                    if (at > 0)
                    {
                        chars[at++] = ';';
                    }

                    ResidentContract.ConditionNames[c].CopyTo(chars[at..]);
                    at += ResidentContract.ConditionNames[c].Length;
                }
            }

            return chars[..at];
        }

        public static ReadOnlySpan<char> Frailty(in SyntheticResident r, Span<char> chars)
        {
            switch (r.FrailtyKind)
            {
                case FrailtyKind.Level:
                    "level:".CopyTo(chars);
                    Levels[r.FrailtyValue].CopyTo(chars[6..]);
                    return chars[..(6 + Levels[r.FrailtyValue].Length)];
                case FrailtyKind.Efi:
                    "efi:".CopyTo(chars);
                    Span<byte> bytes = stackalloc byte[8];
                    var line = new Utf8Line(bytes);
                    line.Hundredths(r.FrailtyValue);
                    for (var i = 0; i < line.Length; i++)
                    {
                        chars[4 + i] = (char)bytes[i];
                    }

                    return chars[..(4 + line.Length)];
                case FrailtyKind.Cfs:
                    "cfs:".CopyTo(chars);
                    return chars[..(4 + Digits(r.FrailtyValue, chars[4..], 1))];
                default:
                    return [];
            }
        }

        public static ReadOnlySpan<char> Diagnoses(in SyntheticResident r, Span<char> chars)
        {
            var at = 0;
            for (var d = 0; d < r.DiagnosisCount; d++)
            {
                if (d > 0)
                {
                    chars[at++] = ';';
                }

                var code = SyntheticDiagnoses.Codes[r.Diagnoses[d]];
                code.CopyTo(chars[at..]);
                at += code.Length;
            }

            return chars[..at];
        }

        /// <summary>Writes a non-negative number with at least <paramref name="minimumDigits"/> digits; returns its length.</summary>
        private static int Digits(long value, Span<char> chars, int minimumDigits)
        {
            Span<byte> bytes = stackalloc byte[20];
            Utf8Formatter.TryFormat(value, bytes, out var written, new System.Buffers.StandardFormat('D', (byte)minimumDigits));
            for (var i = 0; i < written; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return written;
        }
    }

    /// <summary>An ASCII writer over a byte span (no bounds beyond the span's own).</summary>
    private ref struct Utf8Line(Span<byte> span)
    {
        private readonly Span<byte> _span = span;

        public int Length { get; private set; }

        public void Ascii(ReadOnlySpan<byte> text)
        {
            text.CopyTo(_span[Length..]);
            Length += text.Length;
        }

        public void Id(long number)
        {
            Ascii("ce-"u8);
            Utf8Formatter.TryFormat(number, _span[Length..], out var written, new System.Buffers.StandardFormat('D', 7));
            Length += written;
        }

        public void Number(int value)
        {
            Utf8Formatter.TryFormat(value, _span[Length..], out var written);
            Length += written;
        }

        public void Date(LocalDate date)
        {
            Utf8Formatter.TryFormat(date.Year, _span[Length..], out _, new System.Buffers.StandardFormat('D', 4));
            _span[Length + 4] = (byte)'-';
            Utf8Formatter.TryFormat(date.Month, _span[(Length + 5)..], out _, new System.Buffers.StandardFormat('D', 2));
            _span[Length + 7] = (byte)'-';
            Utf8Formatter.TryFormat(date.Day, _span[(Length + 8)..], out _, new System.Buffers.StandardFormat('D', 2));
            Length += 10;
        }

        /// <summary>A value in hundredths as a JSON number: 0, 0.05, 0.1, 0.27, 1.</summary>
        public void Hundredths(int hundredths)
        {
            if (hundredths % 100 == 0)
            {
                Number(hundredths / 100);
                return;
            }

            Number(hundredths / 100);
            Ascii("."u8);
            var fraction = hundredths % 100;
            _span[Length++] = (byte)('0' + (fraction / 10));
            if (fraction % 10 != 0)
            {
                _span[Length++] = (byte)('0' + (fraction % 10));
            }
        }
    }
}
