using System.Text.Json;
using CareCommunity.Domain.Json.Contracts;
using NodaTime;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth.Synthetic;

/// <summary>
/// Counts what a population file holds, reading each NDJSON line with System.Text.Json (not with the generator's
/// types): prevalences over their denominators, frailty among people aged 65+, community sizes, deprivation, and
/// multimorbidity by age band. Also checks every line against the wire format and throws on the first breach.
/// </summary>
internal sealed class PopulationStatistics(LocalDate referenceDate)
{
    private static readonly HashSet<string> Members =
        ["id", "birthDate", "careCommunity", "conditions", "frailty", "learningDisability", "autism", "seriousMentalIllness", "imdDecile", "diagnoses"];

    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public long Residents { get; private set; }

    public long Adults18 { get; private set; }

    public long Adults17 { get; private set; }

    public long Aged65 { get; private set; }

    public long WithDiagnoses { get; private set; }

    public long Count(string key) => _counts.GetValueOrDefault(key);

    public double Share(string key, long denominator) => (double)Count(key) / denominator;

    /// <summary>The frailty level a wire frailty stands for (eFI bands of Clegg et al.; CFS 1-3 fit, 4-5 mild, 6 moderate, 7-9 severe).</summary>
    public static string Level(JsonElement frailty)
    {
        var member = frailty.EnumerateObject().Single();
        return member.Name switch
        {
            "level" => member.Value.GetString()!,
            "efi" => member.Value.GetDouble() switch { <= 0.12 => "fit", <= 0.24 => "mild", <= 0.36 => "moderate", _ => "severe" },
            _ => member.Value.GetInt32() switch { <= 3 => "fit", <= 5 => "mild", 6 => "moderate", _ => "severe" },
        };
    }

    public void AddAll(string ndjson)
    {
        foreach (var line in ndjson.Split('\n'))
        {
            if (line.Length > 0)
            {
                Add(line);
            }
        }
    }

    public void Add(string line)
    {
        using var document = JsonDocument.Parse(line);
        var r = document.RootElement;
        Require(r.ValueKind == JsonValueKind.Object, line, "not an object");
        foreach (var member in r.EnumerateObject())
        {
            Require(Members.Contains(member.Name), line, $"unknown member {member.Name}");
        }

        var id = r.GetProperty("id").GetString()!;
        Require(System.Text.RegularExpressions.Regex.IsMatch(id, ResidentContract.IdPattern), line, "id pattern");
        Require(_ids.Add(id), line, "duplicate id");
        var birth = NodaTime.Text.LocalDatePattern.Iso.Parse(r.GetProperty("birthDate").GetString()!).GetValueOrThrow();
        Require(birth <= referenceDate && birth >= new LocalDate(1900, 1, 1), line, "birth date out of range");
        var community = r.GetProperty("careCommunity").GetString()!;
        Require(ResidentContract.CareCommunityIds.Contains(community), line, "care community");

        var age = Period.Between(birth, referenceDate, PeriodUnits.Years).Years;
        Residents++;
        Adults18 += age >= 18 ? 1 : 0;
        Adults17 += age >= 17 ? 1 : 0;
        Aged65 += age >= 65 ? 1 : 0;
        Bump("community:" + community);
        var band = Math.Min(age / 10, 9) * 10;
        Bump($"band:{band}");

        var conditions = r.TryGetProperty("conditions", out var list) ? list.EnumerateArray().Select(c => c.GetString()!).ToArray() : [];
        Require(conditions.Distinct().Count() == conditions.Length, line, "repeated condition");
        foreach (var condition in conditions)
        {
            Require(ResidentContract.ConditionNames.Contains(condition), line, "unknown condition " + condition);
            Bump(condition);
            Bump(condition + (age >= 18 ? "@18" : "@0-17"));
            if (age >= 17)
            {
                Bump(condition + "@17");
            }
        }

        // Multimorbidity as the model calibrates it: stroke and TIA together are one condition (decision 0037's default).
        var strokeAndTia = conditions.Contains("stroke") && conditions.Contains("transient-ischaemic-attack");
        Bump(strokeAndTia ? "stroke and transient-ischaemic-attack" : "");
        if (conditions.Length - (strokeAndTia ? 1 : 0) >= 2)
        {
            Bump($"multimorbid:{band}");
        }

        var ld = Flag(r, "learningDisability", line);
        var autism = Flag(r, "autism", line);
        Bump(ld ? "learning-disability" : "");
        Bump(autism && !ld ? "autism (without learning disability)" : "");
        Bump(autism && ld ? "autism with learning disability" : "");
        Bump(Flag(r, "seriousMentalIllness", line) ? "serious-mental-illness" : "");
        Bump(conditions.Contains("stroke") || conditions.Contains("transient-ischaemic-attack") ? "stroke or transient-ischaemic-attack" : "");

        if (r.TryGetProperty("frailty", out var frailty))
        {
            var members = frailty.EnumerateObject().ToArray();
            Require(members.Length == 1, line, "frailty must have exactly one member");
            var m = members[0];
            Require(m.Name switch
            {
                "level" => ResidentContract.FrailtyLevels.Contains(m.Value.GetString() ?? ""),
                "efi" => m.Value.GetDouble() is >= 0 and <= 1,
                "cfs" => m.Value.TryGetInt32(out var cfs) && cfs is >= 1 and <= 9,
                _ => false,
            }, line, "frailty value");
            Bump("frailty-source:" + m.Name);
            Bump((age >= 65 ? "frailty65:" : "frailty<65:") + Level(frailty));
        }

        if (r.TryGetProperty("imdDecile", out var decile))
        {
            Require(decile.TryGetInt32(out var d) && d is >= 1 and <= 10, line, "imdDecile");
            Bump($"decile:{d}");
            Bump(d <= 2 ? "core20:" + community : "");
        }

        if (r.TryGetProperty("diagnoses", out var diagnoses))
        {
            Require(diagnoses.GetArrayLength() > 0, line, "empty diagnoses written");
            WithDiagnoses++;
        }
    }

    private void Bump(string key)
    {
        if (key.Length > 0)
        {
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }
    }

    private static bool Flag(JsonElement r, string name, string line)
    {
        if (!r.TryGetProperty(name, out var value))
        {
            return false;
        }

        Require(value.ValueKind is JsonValueKind.True or JsonValueKind.False, line, name + " is not a boolean");
        return value.GetBoolean();
    }

    private static void Require(bool condition, string line, string what)
    {
        if (!condition)
        {
            throw new Xunit.Sdk.XunitException($"Line breaks the wire format ({what}): {line}");
        }
    }
}
