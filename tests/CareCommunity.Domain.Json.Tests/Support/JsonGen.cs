using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace CareCommunity.Domain.Json.Tests.Support;

/// <summary>FsCheck generators of JSON text: arbitrary values and objects whose keys are often real member names.</summary>
internal static class JsonGen
{
    /// <summary>Every member name the care-community schema defines, at any depth.</summary>
    public static IReadOnlyList<string> MemberNames { get; } = CollectMemberNames();

    /// <summary>Strings that mean something to the reader: enum texts, ids, dates, blanks, odd escapes.</summary>
    private static readonly string[] InterestingStrings =
    [
        "", " ", "1.0", "2.0", "p-001", "P 001", "nantwich-and-rural-pcn", "cwp", "doctor", "pcnClinicalDirector", "healthwatch",
        "open", "closed", "placeConsistent", "localVariation", "adapt", "adopt", "core", "leadershipMeeting", "2026-11-01",
        "2026-13-01", "2026-02-30", "01/11/2026", "2026-11-01T00:00:00Z", "-1", "null", "\u0000", "\ud800", "é", new string('a', 65),
    ];

    /// <summary>Number texts, including ones that overflow int, decimal and double.</summary>
    private static readonly string[] InterestingNumbers =
    [
        "0", "-0", "1", "-1", "5", "6", "48200", "2147483647", "2147483648", "-2147483649", "1.5", "1e3", "1E+2", "-1e-7",
        "79228162514264337593543950335", "79228162514264337593543950336", "1e400", "-1e400", "0.0000000000000000000000000000001",
    ];

    /// <summary>A leaf: null, a boolean, a number or a string.</summary>
    public static Gen<string> Leaf { get; } = Gen.Frequency(
        (1, Gen.Elements("null", "true", "false")),
        (2, Gen.Choose(-1000, 100_000).Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Elements(InterestingNumbers)),
        (2, Gen.Elements(InterestingStrings).Select(Quote)),
        (2, ArbMap.Default.GeneratorFor<string>().Select(s => Quote(s ?? ""))),
        (1, Gen.Elements(MemberNames.ToArray()).Select(Quote)));

    /// <summary>A key: usually a real member name, sometimes any string.</summary>
    public static Gen<string> Key { get; } = Gen.Frequency(
        (4, Gen.Elements(MemberNames.ToArray())),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
        (1, Gen.Elements("$schema", "", "Name", "ID", "extra")));

    /// <summary>Any JSON value, as text, bounded by FsCheck's size.</summary>
    public static Gen<string> Value { get; } = Gen.Sized(size => ValueOfDepth(Math.Min(4, 1 + (size / 20))));

    /// <summary>JSON text that is usually an object (so that the reader goes deep), sometimes any value.</summary>
    public static Gen<string> Document { get; } = Gen.Sized(size =>
    {
        var depth = Math.Min(4, 1 + (size / 20));
        return Gen.Frequency((4, ObjectOfDepth(depth)), (1, ValueOfDepth(depth)));
    });

    /// <summary>JSON documents (see <see cref="Document"/>) that shrink by dropping members and elements.</summary>
    public static Arbitrary<string> DocumentArb { get; } = Arb.From(Document, Shrink);

    /// <summary>
    /// Smaller JSON texts: the value with one object member or array element dropped, or with one member or element
    /// replaced by a smaller value, depth first. Text that <see cref="JsonNode"/> cannot read or write does not shrink.
    /// </summary>
    public static IEnumerable<string> Shrink(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            yield break;
        }

        foreach (var smaller in ShrinkNode(node))
        {
            string? text;
            try
            {
                text = smaller?.ToJsonString() ?? "null";
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                text = null;
            }

            if (text is not null && text.Length < json.Length)
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<JsonNode?> ShrinkNode(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var members = obj.Select(m => (m.Key, m.Value)).ToArray();
                for (var i = 0; i < members.Length; i++)
                {
                    yield return new JsonObject(members.Where((_, j) => j != i).Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())));
                }

                for (var i = 0; i < members.Length; i++)
                {
                    foreach (var smaller in ShrinkNode(members[i].Value))
                    {
                        yield return new JsonObject(members.Select((m, j) => KeyValuePair.Create(m.Key, j == i ? smaller?.DeepClone() : m.Value?.DeepClone())));
                    }
                }

                break;
            case JsonArray array:
                var items = array.ToArray();
                for (var i = 0; i < items.Length; i++)
                {
                    yield return new JsonArray([.. items.Where((_, j) => j != i).Select(v => v?.DeepClone())]);
                }

                for (var i = 0; i < items.Length; i++)
                {
                    foreach (var smaller in ShrinkNode(items[i]))
                    {
                        yield return new JsonArray([.. items.Select((v, j) => j == i ? smaller?.DeepClone() : v?.DeepClone())]);
                    }
                }

                break;
        }
    }

    /// <summary>Writes a string as a JSON string literal, escaping everything outside printable ASCII (lone surrogates included).</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                quoted.Append('\\').Append(c);
            }
            else if (c is < ' ' or > '~')
            {
                quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                quoted.Append(c);
            }
        }

        return quoted.Append('"').ToString();
    }

    private static Gen<string> ValueOfDepth(int depth) => depth <= 0
        ? Leaf
        : Gen.Frequency((3, Leaf), (1, ArrayOfDepth(depth)), (1, ObjectOfDepth(depth)));

    private static Gen<string> ArrayOfDepth(int depth) =>
        from count in Gen.Choose(0, 4)
        from items in ValueOfDepth(depth - 1).ArrayOf(count)
        select "[" + string.Join(",", items) + "]";

    private static Gen<string> ObjectOfDepth(int depth) =>
        from count in Gen.Choose(0, 6)
        from members in Gen.Zip(Key, ValueOfDepth(depth - 1)).ArrayOf(count)
        select "{" + string.Join(",", members.Select(m => Quote(m.Item1) + ":" + m.Item2)) + "}";

    private static string[] CollectMemberNames()
    {
        var schema = JsonNode.Parse(JsonSchemas.All().Single(s => s.FileName == "care-community.schema.json").Text)!;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(schema, names);
        return [.. names];

        static void Collect(JsonNode? node, SortedSet<string> names)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "properties" && value is JsonObject properties)
                        {
                            names.UnionWith(properties.Select(p => p.Key));
                        }

                        Collect(value, names);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Collect(item, names);
                    }

                    break;
            }
        }
    }
}
