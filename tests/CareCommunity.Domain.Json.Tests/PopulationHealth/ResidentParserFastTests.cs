using System.Text;
using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.PopulationHealth;
using CareCommunity.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth;

/// <summary>
/// The reader's fast path (decision 0062): it may decline any line, but a line it accepts must be accepted by the general
/// reader with the same resident and no warning — on valid lines, on lines mutated byte by byte, and on malformed ones.
/// </summary>
public sealed class ResidentParserFastTests
{
    private static ResidentParser Parser() =>
        new(new CommunityTable([.. CheshireEast.Place.CareCommunities.Select(c => c.Id)]), PopulationTestKit.AsOf, Icd10Mapping.Default, ValidationLimits.Default);

    /// <summary>Null when the fast path declines; else whether the general reader agrees (accepted, same resident, no warning).</summary>
    private static bool? Agrees(byte[] line)
    {
        var fast = Parser();
        if (!fast.TryReadJsonFast(line, 7))
        {
            return null;
        }

        var general = Parser();
        return general.TryReadJson(line, 7) && general.Warnings.Count == 0 && fast.Resident == general.Resident && fast.IdUtf8.SequenceEqual(general.IdUtf8)
            && fast.Anonymous == general.Anonymous && fast.CommunityIndex == general.CommunityIndex;
    }

    private static readonly Arbitrary<ResidentFields> Residents = PopulationTestKit.Residents.ToArbitrary();

    [Property(MaxTest = 500, QuietOnSuccess = true)]
    public Property TryReadJsonFast_ValidResident_IsReadAsTheGeneralReaderReadsIt() =>
        Prop.ForAll(Residents, r =>
        {
            var line = Encoding.UTF8.GetBytes(r.Json());
            var agrees = Agrees(line);

            // Every valid line is taken by the fast path except one with an unmapped code (a warning is the general reader's).
            var unmapped = r.Diagnoses.Any(c => !Icd10Mapping.Default.TryMap(c.AsSpan(), out _));
            return unmapped ? agrees is null : agrees == true;
        });

    private static readonly Arbitrary<(ResidentFields Resident, int At, int Kind, byte Byte)> Mutations =
        (from r in PopulationTestKit.Residents
         from at in Gen.Choose(0, 1000)
         from kind in Gen.Choose(0, 3)
         from b in Gen.Elements<byte>((byte)' ', (byte)'\t', (byte)'"', (byte)'\\', (byte)',', (byte)':', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'0',
             (byte)'1', (byte)'9', (byte)'.', (byte)'e', (byte)'-', (byte)'a', (byte)'t', 0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF)
         select (r, at, kind, b)).ToArbitrary();

    [Property(MaxTest = 3000, QuietOnSuccess = true)]
    public Property TryReadJsonFast_MutatedLine_IsNeverAcceptedUnlessTheGeneralReaderAcceptsItTheSame() =>
        Prop.ForAll(Mutations, m =>
        {
            var json = Encoding.UTF8.GetBytes(m.Resident.Json()).ToList();
            var at = m.At % json.Count;
            switch (m.Kind)
            {
                case 0:
                    json[at] = m.Byte;
                    break;
                case 1:
                    json.Insert(at, m.Byte);
                    break;
                case 2:
                    json.RemoveAt(at);
                    break;
                default:
                    json.InsertRange(at, [m.Byte, m.Byte]);
                    break;
            }

            return Agrees([.. json]) != false;
        });

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property TryReadJsonFast_MalformedLine_IsNeverAccepted() =>
        Prop.ForAll(PopulationTestKit.Malformed.ToArbitrary(), line => Agrees(line) != false);

    [Fact]
    public void TryReadJsonFast_EveryByteInAnIdOrAName_IsReadOrDeclinedAsTheGeneralReaderReadsIt()
    {
        for (var b = 0; b < 256; b++)
        {
            byte[] id = [.. "{\"id\":\"a"u8, (byte)b, .. "b\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\"}"u8];
            byte[] condition = [.. "{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"conditions\":[\"co"u8, (byte)b, .. "pd\"]}"u8];
            var idByte = b is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '_' or '-';

            Assert.Equal(idByte ? true : null, Agrees(id));
            Assert.Null(Agrees(condition)); // no condition name has a byte inside "co?pd"
        }
    }

    [Theory]
    [InlineData("{ \"id\" : \"a\" , \"birthDate\":\t\"1950-01-01\", \"careCommunity\":\"crewe\" , \"conditions\" : [ \"copd\" , \"asthma\" ] , \"frailty\" : { \"cfs\" : 6 } }  ")]
    [InlineData("{\"careCommunity\":\"knutsford\",\"birthDate\":\"1950-01-01\",\"id\":\"a\",\"imdDecile\":10,\"frailty\":{\"efi\":0.36}}")]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"chaw\",\"frailty\":{\"efi\":1},\"diagnoses\":[],\"conditions\":[]}")]
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"chaw\",\"frailty\":{\"level\":\"severe\"},\"diagnoses\":[\"F84.0\",\"i10\"]}")]
    public void TryReadJsonFast_OrdinaryVariations_AreReadFast(string line) =>
        Assert.True(Agrees(Encoding.UTF8.GetBytes(line)));

    [Theory]
    [InlineData("{\"\\u0069d\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\"}")] // an escape
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"frailty\":{\"efi\":2.7e-1}}")] // an exponent
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"imdDecile\":3.0}")] // rejected by the general reader
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"diagnoses\":[\"Q99.9\"]}")] // an unmapped code: a warning
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"autism\":true,\"autism\":false}")] // repeated
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\"}")] // missing careCommunity
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\"}\r")] // a carriage return inside the line
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\"}{}")] // two values
    [InlineData("{\"id\":\"a\",\"id\":\"b\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"conditions\":[]}")] // repeated, in the contract's order
    [InlineData("{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\",\"conditionsx\":[],\"autism\":false,\"imdDecile\":3}")] // a longer name
    public void TryReadJsonFast_AnythingElse_IsLeftToTheGeneralReader(string line) =>
        Assert.Null(Agrees(Encoding.UTF8.GetBytes(line)));

    [Fact]
    public void MemberKeys_AreEachMembersNameQuotedWithItsColon_InTheContractsOrder()
    {
        string[] names = ["id", "birthDate", "careCommunity", "conditions", "frailty", "learningDisability", "autism", "seriousMentalIllness", "imdDecile", "diagnoses"];
        var keys = ResidentParser.MemberKeys;
        Assert.Equal(names.Length * 32, keys.Length);
        for (var bit = 0; bit < names.Length; bit++)
        {
            var expected = new byte[32];
            Encoding.ASCII.GetBytes($"\"{names[bit]}\":").CopyTo(expected, 0);
            Assert.Equal(expected, keys.Slice(bit * 32, 32).ToArray());
        }
    }

    [Fact]
    public void TryReadJsonFast_AcceptedLine_AllocatesNothing()
    {
        var parser = Parser();
        var line = "{\"id\":\"ce-0000001\",\"birthDate\":\"1948-03-12\",\"careCommunity\":\"crewe\",\"conditions\":[\"hypertension\",\"diabetes\"],\"frailty\":{\"efi\":0.27},\"learningDisability\":false,\"autism\":false,\"seriousMentalIllness\":false,\"imdDecile\":3,\"diagnoses\":[\"I10\",\"E11.9\"]}"u8.ToArray();
        var classifier = PopulationClassifier.Default;
        var hash = 0UL;
        for (var i = 0; i < 50_000; i++)
        {
            Assert.True(parser.TryReadJsonFast(line, i));
            var resident = parser.Anonymous;
            hash ^= DuplicateIds.Hash(parser.IdUtf8) + (ulong)classifier.Classify(in resident, PopulationTestKit.AsOf).Age;
        }

        // The least of five rounds, as in the general reader's test: the runtime's own occasional allocations do not repeat.
        var perRecord = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 20_000; i++)
            {
                parser.TryReadJsonFast(line, i);
                var resident = parser.Anonymous;
                hash ^= DuplicateIds.Hash(parser.IdUtf8) + (ulong)classifier.Classify(in resident, PopulationTestKit.AsOf).Age;
            }

            perRecord = Math.Min(perRecord, (GC.GetAllocatedBytesForCurrentThread() - before) / 20_000.0);
        }

        Assert.True(perRecord < 1, $"{perRecord} bytes per record (hash {hash})");
    }

    private static readonly Arbitrary<(ResidentFields Resident, string Ending, string Next, int Mutation)> LinesInBlocks =
        (from r in PopulationTestKit.Residents
         from ending in Gen.Elements("\n", "\r\n", " \n", "\t\r\n", "", "\r", "\r \n", " x\n", "}\n", "\n\n")
         from next in Gen.Elements("", "{\"id\":\"next\"}\n", "\n", "garbage")
         from mutation in Gen.Choose(-1, 400)
         select (r, ending, next, mutation)).ToArbitrary();

    [Property(MaxTest = 2000, QuietOnSuccess = true)]
    public Property TryReadJsonFastLine_LineInABlock_EndsWhereItsNewlineIsAndReadsAsTheGeneralReaderReadsTheLine() =>
        Prop.ForAll(LinesInBlocks, x =>
        {
            var json = x.Resident.Json();
            if (x.Mutation >= 0 && x.Mutation < json.Length)
            {
                json = json.Remove(x.Mutation, 1).Insert(x.Mutation, " ");
            }

            var data = Encoding.UTF8.GetBytes(json + x.Ending + x.Next);
            var fast = Parser();
            var taken = fast.TryReadJsonFastLine(data, 9, 1 << 20);
            if (taken < 0)
            {
                return true;
            }

            // The general reader's view of the same line: cut at the first newline, one trailing carriage return removed.
            var newline = Array.IndexOf(data, (byte)'\n');
            var end = newline < 0 ? data.Length : newline;
            var line = data.AsSpan(0, end);
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            var general = Parser();
            return taken == (newline < 0 ? data.Length : newline + 1) && general.TryReadJson(line, 9) && general.Warnings.Count == 0
                && fast.Resident == general.Resident && fast.Anonymous == general.Anonymous;
        });

    [Fact]
    public void TryReadJsonFastLine_ALineLongerThanTheLimit_IsLeftToTheGeneralReader()
    {
        var data = "{\"id\":\"a\",\"birthDate\":\"1950-01-01\",\"careCommunity\":\"crewe\"}\n"u8.ToArray();

        Assert.Equal(data.Length, Parser().TryReadJsonFastLine(data, 2, data.Length - 1));
        Assert.Equal(-1, Parser().TryReadJsonFastLine(data, 2, data.Length - 2));
    }
}
