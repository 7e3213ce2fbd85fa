using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Domain.PopulationHealth;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth;

/// <summary>The NDJSON result line: every combination of the words it is built from, read back as JSON.</summary>
public sealed class ResultFormattersTests
{
    private static readonly string[] Stages = ["children-and-young-people", "working-age-adults", "older-people"];
    private static readonly string[] Needs = ["currently-well", "long-term-conditions", "complex"];

    public static TheoryData<bool> Risks => [false, true];

    [Theory]
    [MemberData(nameof(Risks))]
    public void Write_EveryStageNeedCriteriaFrailtyCore20AndRisk_IsTheContractsLine(bool risk)
    {
        var formatter = new NdjsonResultFormatter(risk);
        var output = new ArrayBufferWriter<byte>();
        var count = 0;
        foreach (var stage in Enum.GetValues<StageOfLife>())
        {
            foreach (var need in Enum.GetValues<HolisticNeed>())
            {
                for (var criteria = 0; criteria < 16; criteria++)
                {
                    foreach (var frailty in new FrailtyLevel?[] { null, FrailtyLevel.Fit, FrailtyLevel.Mild, FrailtyLevel.Moderate, FrailtyLevel.Severe })
                    {
                        foreach (var core20 in new[] { false, true })
                        {
                            var age = count % 121;
                            var conditions = count % 22;
                            var level = count % 2 == 0 ? RiskLevel.High : RiskLevel.Low;
                            var c = new Classification(age, stage, need, (ComplexityCriteria)criteria, conditions, frailty, core20, risk ? level : null);
                            output.ResetWrittenCount();
                            formatter.Write(1_000_000_000_000L + count, "ce-1"u8, "smash"u8, in c, output);
                            var text = Encoding.UTF8.GetString(output.WrittenSpan);

                            Assert.EndsWith("}\n", text, StringComparison.Ordinal);
                            var node = JsonNode.Parse(text)!.AsObject();
                            Assert.Equal(1_000_000_000_000L + count, (long)node["line"]!);
                            Assert.Equal("ce-1", (string)node["id"]!);
                            Assert.Equal("smash", (string)node["careCommunity"]!);
                            Assert.Equal(age, (int)node["age"]!);
                            Assert.Equal(Stages[(int)stage], (string)node["stageOfLife"]!);
                            Assert.Equal(Needs[(int)need], (string)node["need"]!);
                            Assert.Equal(criteria != 0, (bool)node["complex"]!);
                            Assert.Equal(ComplexityCriteriaNames.NamesOf((ComplexityCriteria)criteria), node["criteria"]!.AsArray().Select(n => (string)n!));
                            Assert.Equal(conditions, (int)node["longTermConditions"]!);
                            Assert.Equal(ResultWords.Frailty(frailty), (string)node["frailty"]!);
                            Assert.Equal(core20, (bool)node["core20"]!);
                            Assert.Equal(risk ? (level == RiskLevel.High ? "high" : "low") : null, (string?)node["risk"]);
                            Assert.Equal(risk ? 12 : 11, node.Count);
                            count++;
                        }
                    }
                }
            }
        }

        Assert.Equal(3 * 3 * 16 * 5 * 2, count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(999)]
    [InlineData(1000)]
    public void Write_AgesAroundEveryDigitBoundary_AreWrittenInDecimal(int age)
    {
        var output = new ArrayBufferWriter<byte>();
        new NdjsonResultFormatter(false).Write(1, "a"u8, "chaw"u8, new Classification(age, StageOfLife.OlderPeople, HolisticNeed.CurrentlyWell, ComplexityCriteria.None, 0, null, false, null), output);

        Assert.Equal(age, (int)JsonNode.Parse(output.WrittenSpan)!["age"]!);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(9L)]
    [InlineData(10L)]
    [InlineData(999L)]
    [InlineData(1_000L)]
    [InlineData(9_999L)]
    [InlineData(10_000L)]
    [InlineData(1_999_999L)]
    [InlineData(2_000_000L)]
    [InlineData(999_999_999_999_999_999L)]
    [InlineData(long.MaxValue)]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void Write_LineNumbersAroundEveryDigitBoundary_AreWrittenInDecimal(long line) => AssertLineWritten(line);

    [Property(MaxTest = 2000, QuietOnSuccess = true)]
    public void Write_AnyLineNumber_IsWrittenInDecimal(long line, byte digits) =>
        // FsCheck's longs are small: scale some up to every length, so that each digit count is met.
        AssertLineWritten(digits % 20 == 0 ? line : unchecked(line * (long)Math.Pow(10, Math.Min(digits % 20, 17))));

    private static void AssertLineWritten(long line)
    {
        var output = new ArrayBufferWriter<byte>();
        new NdjsonResultFormatter(false).Write(line, "a"u8, "chaw"u8, new Classification(7, StageOfLife.ChildrenAndYoungPeople, HolisticNeed.CurrentlyWell, ComplexityCriteria.None, 0, null, false, null), output);

        Assert.StartsWith($"{{\"line\":{line.ToString(System.Globalization.CultureInfo.InvariantCulture)},\"id\":\"a\",", Encoding.UTF8.GetString(output.WrittenSpan), StringComparison.Ordinal);
        Assert.Equal(line, (long)JsonNode.Parse(output.WrittenSpan)!["line"]!);
    }
}
