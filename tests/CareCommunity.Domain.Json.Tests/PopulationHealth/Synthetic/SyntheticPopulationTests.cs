using System.Text;
using System.Text.Json;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using nietras.SeparatedValues;
using NodaTime;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth.Synthetic;

/// <summary>The synthetic population: deterministic bytes, valid lines, CSV equal to NDJSON, streaming.</summary>
public sealed class SyntheticPopulationTests
{
    internal static readonly LocalDate AsOf = new(2026, 4, 1);

    internal static byte[] Bytes(long count, ulong seed, PopulationFileFormat format = PopulationFileFormat.Ndjson, LocalDate? asOf = null, bool unknown = false)
    {
        using var stream = new MemoryStream();
        SyntheticPopulation.Write(stream, new SyntheticPopulationSettings { Count = count, Seed = seed, AsOf = asOf ?? AsOf, Format = format, UnknownDiagnoses = unknown });
        return stream.ToArray();
    }

    internal static string Text(long count, ulong seed, PopulationFileFormat format = PopulationFileFormat.Ndjson, LocalDate? asOf = null, bool unknown = false) =>
        Encoding.UTF8.GetString(Bytes(count, seed, format, asOf, unknown));

    [Theory]
    [InlineData(PopulationFileFormat.Ndjson)]
    [InlineData(PopulationFileFormat.Csv)]
    public void Write_SameSettingsTwice_GivesTheSameBytes(PopulationFileFormat format) =>
        Assert.Equal(Bytes(3_000, 7, format), Bytes(3_000, 7, format));

    [Theory]
    [InlineData(PopulationFileFormat.Ndjson)]
    [InlineData(PopulationFileFormat.Csv)]
    public void Write_DifferentSeeds_GiveDifferentResidents(PopulationFileFormat format)
    {
        var a = Text(1_000, 1, format).Split('\n');
        var b = Text(1_000, 2, format).Split('\n');

        // Ids are the same (ce-0000001 …); nearly every resident differs.
        var same = a.Zip(b).Count(p => p.First == p.Second);
        Assert.True(same < 50, $"{same} of 1,000 lines are identical across seeds 1 and 2.");
    }

    [Fact]
    public void Write_SmallerCount_IsAPrefixOfALargerOne()
    {
        var small = Text(500, 99);
        var large = Text(2_000, 99);

        Assert.StartsWith(small, large, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("residents-1000.ndjson", PopulationFileFormat.Ndjson)]
    [InlineData("residents-1000.csv", PopulationFileFormat.Csv)]
    public void Write_ShippedSample_IsRegeneratedByteForByte(string file, PopulationFileFormat format)
    {
        // The shipped files were written on another machine: equal bytes here are the cross-machine determinism check.
        var shipped = File.ReadAllBytes(RepositoryFiles.PathOf("samples/data/population/" + file));

        Assert.True(shipped.AsSpan().SequenceEqual(Bytes(1_000, 42, format)),
            $"samples/data/population/{file} differs from generate population --count 1000 --seed 42 --as-of 2026-04-01 (see its README).");
    }

    [Fact]
    public void Write_SomeResidentsWithAStroke_HaveATiaToo_SoTheTwoConditionsOptionChangesThemAndOnlyThem()
    {
        var input = Bytes(20_000, 5);
        var lines = Encoding.UTF8.GetString(input).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var both = lines.Select((line, i) => (Line: i + 1L, Conditions: JsonDocument.Parse(line).RootElement.GetProperty("conditions").EnumerateArray().Select(c => c.GetString()).ToArray()))
            .Where(r => r.Conditions.Contains("stroke") && r.Conditions.Contains("transient-ischaemic-attack"))
            .Select(r => r.Line)
            .ToHashSet();
        var twoConditions = new CareCommunity.Domain.PopulationHealth.PopulationClassifier(CareCommunity.Domain.PopulationHealth.ComplexityDefinition.Proposed2024.With(
            new CareCommunity.Domain.PopulationHealth.ComplexityOptions { StrokeAndTia = CareCommunity.Domain.PopulationHealth.StrokeAndTiaCounting.TwoConditions }));

        var one = PopulationTestKit.Run(input, new ClassifySettings { ReferenceDate = AsOf }).ResultLines.Select(l => JsonDocument.Parse(l)).ToArray();
        var two = PopulationTestKit.Run(input, new ClassifySettings { ReferenceDate = AsOf, Classifier = twoConditions }).ResultLines.Select(l => JsonDocument.Parse(l)).ToArray();

        Assert.InRange(both.Count, 20, 200); // about 20,000 × 2.3% × 62% × a fifth = 57
        Assert.Equal(one.Length, two.Length);
        for (var i = 0; i < one.Length; i++)
        {
            var line = one[i].RootElement.GetProperty("line").GetInt64();
            var difference = two[i].RootElement.GetProperty("longTermConditions").GetInt32() - one[i].RootElement.GetProperty("longTermConditions").GetInt32();
            Assert.Equal(both.Contains(line) ? 1 : 0, difference);
        }
    }

    [Fact]
    public void Write_EveryLine_IsReadByTheStrictResidentContract()
    {
        var lines = Text(5_000, 11, unknown: true).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(5_000, lines.Length);
        foreach (var line in lines)
        {
            var resident = JsonSerializer.Deserialize(line, PopulationJsonContext.Default.ResidentContract);
            Assert.NotNull(resident);
            Assert.All(resident.Conditions ?? [], c => Assert.Contains(c, ResidentContract.ConditionNames));
            if (resident.Frailty is { } f)
            {
                Assert.Equal(1, (f.Level is null ? 0 : 1) + (f.Efi is null ? 0 : 1) + (f.Cfs is null ? 0 : 1));
            }
        }
    }

    [Fact]
    public void Write_EveryLine_MeetsTheWireFormat()
    {
        var statistics = new PopulationStatistics(AsOf);

        statistics.AddAll(Text(20_000, 5, unknown: true));

        Assert.Equal(20_000, statistics.Residents);
    }

    [Property(MaxTest = 40)]
    public Property Write_AnySeedAndDate_EveryLineMeetsTheWireFormat() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<ulong>(),
            Gen.Choose(0, 365 * 130).Select(d => new LocalDate(1900, 1, 1).PlusDays(d)).ToArbitrary(),
            Gen.Choose(0, 60).ToArbitrary(),
            (seed, asOf, count) =>
            {
                var statistics = new PopulationStatistics(asOf);
                statistics.AddAll(Text(count, seed, asOf: asOf, unknown: true));
                return statistics.Residents == count;
            });

    [Fact]
    public void Write_LeapDayReferenceDate_AgesAreWholeYearsBelowTheDrawnAge()
    {
        var leapDay = new LocalDate(2028, 2, 29);
        var statistics = new PopulationStatistics(leapDay);

        statistics.AddAll(Text(5_000, 3, asOf: leapDay));

        Assert.Equal(5_000, statistics.Residents);
    }

    [Fact]
    public void Write_Csv_HoldsTheSameResidentsAsNdjson()
    {
        var json = Text(3_000, 21, unknown: true).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var csv = Text(3_000, 21, PopulationFileFormat.Csv, unknown: true);

        Assert.StartsWith("id,birthDate,careCommunity,conditions,frailty,learningDisability,autism,seriousMentalIllness,imdDecile,diagnoses\n", csv.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var reader = Sep.Reader().FromText(csv);
        var i = 0;
        foreach (var row in reader)
        {
            using var document = JsonDocument.Parse(json[i++]);
            var r = document.RootElement;
            Assert.Equal(r.GetProperty("id").GetString(), row["id"].ToString());
            Assert.Equal(r.GetProperty("birthDate").GetString(), row["birthDate"].ToString());
            Assert.Equal(r.GetProperty("careCommunity").GetString(), row["careCommunity"].ToString());
            Assert.Equal(string.Join(';', r.GetProperty("conditions").EnumerateArray().Select(c => c.GetString())), row["conditions"].ToString());
            Assert.Equal(r.TryGetProperty("frailty", out var f) ? CsvFrailty(f) : "", row["frailty"].ToString());
            Assert.Equal(r.GetProperty("learningDisability").GetBoolean() ? "true" : "false", row["learningDisability"].ToString());
            Assert.Equal(r.GetProperty("autism").GetBoolean() ? "true" : "false", row["autism"].ToString());
            Assert.Equal(r.GetProperty("seriousMentalIllness").GetBoolean() ? "true" : "false", row["seriousMentalIllness"].ToString());
            Assert.Equal(r.TryGetProperty("imdDecile", out var d) ? d.GetRawText() : "", row["imdDecile"].ToString());
            Assert.Equal(r.TryGetProperty("diagnoses", out var dx) ? string.Join(';', dx.EnumerateArray().Select(c => c.GetString())) : "", row["diagnoses"].ToString());
        }

        Assert.Equal(3_000, i);
    }

    [Fact]
    public void Write_NoResidents_NdjsonIsEmptyAndCsvIsTheHeader()
    {
        Assert.Empty(Bytes(0, 1));
        Assert.Equal("id,birthDate,careCommunity,conditions,frailty,learningDisability,autism,seriousMentalIllness,imdDecile,diagnoses", Text(0, 1, PopulationFileFormat.Csv).TrimEnd('\r', '\n'));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(SyntheticPopulationSettings.MaxCount + 1)]
    public void Write_CountOutOfRange_Throws(long count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticPopulation.Write(Stream.Null, count, 1, AsOf));

    [Theory]
    [InlineData(PopulationFileFormat.Ndjson, 256 * 1024)]
    [InlineData(PopulationFileFormat.Csv, 1024 * 1024)]
    public void Write_ManyResidents_AllocationDoesNotGrowWithTheCount(PopulationFileFormat format, long bound)
    {
        SyntheticPopulation.Write(Stream.Null, 1_000, 1, AsOf, format); // the model and Sep warmed up

        var before = GC.GetAllocatedBytesForCurrentThread();
        SyntheticPopulation.Write(Stream.Null, 200_000, 1, AsOf, format);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // 200,000 residents (about 40 MB of NDJSON) in a fixed buffer: well under 2 bytes per resident.
        Assert.True(allocated < bound, $"{allocated:N0} bytes allocated writing 200,000 residents as {format}.");
    }

    [Fact]
    public void Write_Progress_ReportsEveryIntervalAndTheTotal()
    {
        var reports = new List<long>();

        SyntheticPopulation.Write(Stream.Null, new SyntheticPopulationSettings { Count = 140_000, Seed = 1, AsOf = AsOf }, reports.Add);

        Assert.Equal([65_536L, 131_072L, 140_000L], reports);
    }

    [Fact]
    public void Write_UnknownDiagnoses_AddsOnlyCodesNoConditionHas()
    {
        var plain = Text(20_000, 8).Split('\n');
        var odd = Text(20_000, 8, unknown: true).Split('\n');
        var changed = plain.Zip(odd).Where(p => p.First != p.Second).ToArray();

        // About 0.5% of 20,000 (sd ≈ 10): each changed line differs only by one code of the unknown list.
        Assert.InRange(changed.Length, 50, 150);
        foreach (var (before, after) in changed)
        {
            using var document = JsonDocument.Parse(after);
            var codes = document.RootElement.GetProperty("diagnoses").EnumerateArray().Select(c => c.GetString()!).ToArray();
            Assert.Contains(codes[^1], SyntheticDiagnoses.Unknown.Select(i => SyntheticDiagnoses.Codes[i]));
        }

        Assert.DoesNotContain(plain, l => SyntheticDiagnoses.Unknown.Any(i => l.Contains($"\"{SyntheticDiagnoses.Codes[i]}\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_Diagnoses_AreConsistentWithTheConditions()
    {
        var condition = SyntheticDiagnoses.ByCondition
            .SelectMany((codes, c) => codes.Select(i => (Code: SyntheticDiagnoses.Codes[i], Name: ResidentContract.ConditionNames[c])))
            .ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        var coded = 0;

        foreach (var line in Text(10_000, 12).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var document = JsonDocument.Parse(line);
            var r = document.RootElement;
            if (!r.TryGetProperty("diagnoses", out var dx))
            {
                continue;
            }

            var conditions = r.GetProperty("conditions").EnumerateArray().Select(c => c.GetString()).ToHashSet();
            foreach (var code in dx.EnumerateArray().Select(c => c.GetString()!))
            {
                coded++;
                if (condition.TryGetValue(code, out var name))
                {
                    Assert.Contains(name, conditions);
                }
                else
                {
                    Assert.True(code.StartsWith("F7", StringComparison.Ordinal) ? r.GetProperty("learningDisability").GetBoolean()
                        : code.StartsWith("F84", StringComparison.Ordinal) ? r.GetProperty("autism").GetBoolean()
                        : r.GetProperty("seriousMentalIllness").GetBoolean(), $"{code} without its flag: {line}");
                }
            }
        }

        Assert.True(coded > 1_000, $"only {coded} codes in 10,000 residents");
    }

    private static string CsvFrailty(JsonElement frailty)
    {
        var member = frailty.EnumerateObject().Single();
        return member.Name + ":" + (member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString() : member.Value.GetRawText());
    }
}
