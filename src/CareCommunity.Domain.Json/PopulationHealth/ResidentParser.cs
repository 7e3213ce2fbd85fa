using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using CareCommunity.Domain.PopulationHealth;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>
/// Reads one resident record — an NDJSON line over <see cref="Utf8JsonReader"/>, or a CSV row's fields — validating as
/// it tokenizes, into a <see cref="Resident"/>. One instance per thread: it keeps its scratch buffers. On an accepted
/// record the only allocation is the id's string; a rejected one gets one <see cref="ResidentIssue"/> (the first error).
/// </summary>
internal sealed partial class ResidentParser
{
    private const int MemberId = 1;
    private const int MemberBirthDate = 2;
    private const int MemberCareCommunity = 4;
    private const int MemberConditions = 8;
    private const int MemberFrailty = 16;
    private const int MemberLearningDisability = 32;
    private const int MemberAutism = 64;
    private const int MemberSeriousMentalIllness = 128;
    private const int MemberImdDecile = 256;
    private const int MemberDiagnoses = 512;

    private readonly CommunityTable _communities;
    private readonly LocalDate _referenceDate;
    private readonly string _referenceText;
    private readonly Icd10Mapping _mapping;
    private readonly int _maxList;
    private readonly int _maxEcho;
    private readonly List<ResidentIssue> _warnings = [];
    private readonly CodeCache _codes = new();
    private byte[] _scratch = new byte[256];
    private readonly byte[] _idBytes = new byte[ResidentId.MaxLength];
    private int _idLength;

    // The record being read.
    private long _line;
    private string? _id;
    private LocalDate _birthDate;
    private int _community;
    private ConditionSet _conditions;
    private ConditionSet _coded;
    private FrailtyAssessment _frailty;
    private bool _learningDisability;
    private bool _autism;
    private bool _seriousMentalIllness;
    private int _imd;
    private StringBuilder? _unknownCodes;
    private int _unknownCodeCount;

    public ResidentParser(CommunityTable communities, LocalDate referenceDate, Icd10Mapping mapping, ValidationLimits limits)
    {
        _communities = communities;
        _referenceDate = referenceDate;
        _referenceText = ResidentText.FormatDate(referenceDate);
        _mapping = mapping;
        _maxList = limits.MaxListLength;
        _maxEcho = limits.MaxEchoedValueLength;
    }

    /// <summary>The rejection of the last record read, when it was rejected.</summary>
    public ResidentIssue? Rejection { get; private set; }

    /// <summary>The warnings of the last record read (unknown ICD-10 codes), when it was accepted.</summary>
    public List<ResidentIssue> Warnings => _warnings;

    /// <summary>The care community index of the last accepted record.</summary>
    public int CommunityIndex => _community;

    /// <summary>The resident of the last accepted record (its id's string is made on the first call).</summary>
    public Resident Resident => new(ResidentId.Create(_id ??= System.Text.Encoding.ASCII.GetString(IdUtf8)), _birthDate, _communities.Ids[_community], _conditions.Union(_coded), _frailty,
        _learningDisability, _autism, _seriousMentalIllness, _imd == 0 ? null : ImdDecile.Create(_imd));

    /// <summary>
    /// The last accepted record's resident as the classifier and the summary see it: everything but the id, which stays in
    /// bytes (<see cref="IdUtf8"/>) so that reading a line allocates nothing. Never handed out of the pipeline.
    /// </summary>
    public Resident Anonymous => new(default, _birthDate, _communities.Ids[_community], _conditions.Union(_coded), _frailty,
        _learningDisability, _autism, _seriousMentalIllness, _imd == 0 ? null : ImdDecile.Create(_imd));

    /// <summary>The last accepted record's id, in ASCII bytes.</summary>
    public ReadOnlySpan<byte> IdUtf8 => _idBytes.AsSpan(0, _idLength);

    private void SetId(ReadOnlySpan<byte> id)
    {
        id.CopyTo(_idBytes);
        _idLength = id.Length;
    }

    private void Reset(long line)
    {
        _line = line;
        Rejection = null;
        _warnings.Clear();
        _id = null;
        _idLength = 0;
        _birthDate = default;
        _community = -1;
        _conditions = ConditionSet.Empty;
        _coded = ConditionSet.Empty;
        _frailty = FrailtyAssessment.None;
        _learningDisability = false;
        _autism = false;
        _seriousMentalIllness = false;
        _imd = 0;
        _unknownCodeCount = 0;
        _unknownCodes?.Clear();
    }

    /// <summary>Reads one NDJSON line (without its newline, not blank).</summary>
    /// <param name="utf8">The line.</param>
    /// <param name="line">Its 1-based number.</param>
    /// <returns>True when accepted (read <see cref="Resident"/>), false when rejected (read <see cref="Rejection"/>).</returns>
    public bool TryReadJson(ReadOnlySpan<byte> utf8, long line)
    {
        Reset(line);
        if (!Utf8.IsValid(utf8))
        {
            return Fail(ResidentIssues.InvalidUtf8, "", "The line is not valid UTF-8.", (string?)null);
        }

        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, state: default);
        var seen = 0;
        try
        {
            if (!reader.Read())
            {
                return Fail(ResidentIssues.MalformedJson, "", "The line holds no JSON value.", (string?)null);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Fail(ResidentIssues.NotAnObject, "", $"The line is a JSON {Describe(reader.TokenType)}, not an object (one resident per line).", (string?)null);
            }

            while (true)
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                var member = MemberOf(ref reader);
                if (member == 0)
                {
                    return Fail(ResidentIssues.UnknownMember, "", "The line has a member the resident format does not define.", Raw(ref reader));
                }

                if ((seen & member) != 0)
                {
                    return Fail(ResidentIssues.RepeatedMember, Name(member), $"The member {Name(member)} appears twice.", (string?)null);
                }

                seen |= member;
                reader.Read();
                if (!ReadMember(ref reader, member))
                {
                    return false;
                }
            }

            if (reader.Read())
            {
                return Fail(ResidentIssues.MalformedJson, "", "The line holds more than one JSON value.", (string?)null);
            }
        }
        catch (JsonException e)
        {
            return Fail(ResidentIssues.MalformedJson, "", $"The line is not well-formed JSON: {JsonReason(e)}", (string?)null);
        }

        return Complete(seen);
    }

    private bool Complete(int seen)
    {
        if ((seen & MemberId) == 0 || _idLength == 0)
        {
            return Fail(ResidentIssues.MissingMember, "id", "The resident has no id.", (string?)null);
        }

        if ((seen & MemberBirthDate) == 0 || _birthDate == default)
        {
            return Fail(ResidentIssues.MissingMember, "birthDate", "The resident has no birthDate.", (string?)null);
        }

        if ((seen & MemberCareCommunity) == 0 || _community < 0)
        {
            return Fail(ResidentIssues.MissingMember, "careCommunity", "The resident has no careCommunity.", (string?)null);
        }

        if (_unknownCodeCount > 0)
        {
            var codes = _unknownCodes!.ToString();
            var (value, length) = ResidentText.Echo(codes.AsSpan(), _maxEcho);
            _warnings.Add(new ResidentIssue(_line, Severity.Warning, ResidentIssues.UnknownDiagnosis, ResidentIssues.PopulationRule, "diagnoses",
                _unknownCodeCount == 1
                    ? "1 diagnosis code is not mapped by the ICD-10 mapping; the resident is classified without it."
                    : $"{_unknownCodeCount} diagnosis codes are not mapped by the ICD-10 mapping; the resident is classified without them.",
                value, length));
        }

        return true;
    }

    private bool ReadMember(ref Utf8JsonReader reader, int member)
    {
        switch (member)
        {
            case MemberId:
                return reader.TokenType == JsonTokenType.String ? Id(Text(ref reader)) : WrongType(ref reader, "id", "a string");
            case MemberBirthDate:
                return reader.TokenType == JsonTokenType.String ? BirthDate(Text(ref reader)) : WrongType(ref reader, "birthDate", "a string (yyyy-MM-dd)");
            case MemberCareCommunity:
                return reader.TokenType == JsonTokenType.String ? Community(Text(ref reader)) : WrongType(ref reader, "careCommunity", "a string");
            case MemberConditions:
                return Conditions(ref reader);
            case MemberFrailty:
                return FrailtyMember(ref reader);
            case MemberLearningDisability:
                return Boolean(ref reader, "learningDisability", out _learningDisability);
            case MemberAutism:
                return Boolean(ref reader, "autism", out _autism);
            case MemberSeriousMentalIllness:
                return Boolean(ref reader, "seriousMentalIllness", out _seriousMentalIllness);
            case MemberImdDecile:
                if (reader.TokenType != JsonTokenType.Number)
                {
                    return WrongType(ref reader, "imdDecile", "a whole number from 1 to 10");
                }

                return reader.TryGetInt32(out var imd) && imd is >= 1 and <= 10
                    ? Set(ref _imd, imd)
                    : Fail(ResidentIssues.InvalidImdDecile, "imdDecile", "imdDecile is not a whole number from 1 (most deprived) to 10.", reader.ValueSpan);
            default:
                return Diagnoses(ref reader);
        }
    }

    private static bool Set(ref int field, int value)
    {
        field = value;
        return true;
    }

    private bool Id(ReadOnlySpan<byte> id)
    {
        if (!ResidentId.IsValid(id))
        {
            return Fail(ResidentIssues.InvalidId, "id", "The id is not 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'.", id);
        }

        SetId(id);
        return true;
    }

    private bool BirthDate(ReadOnlySpan<byte> text)
    {
        if (!ResidentText.TryParseDate(text, out var date))
        {
            return Fail(ResidentIssues.InvalidBirthDate, "birthDate", "birthDate is not a date written yyyy-MM-dd.", text);
        }

        return DateInRange(date, text);
    }

    private bool DateInRange(LocalDate date, ReadOnlySpan<byte> text)
    {
        if (date > _referenceDate)
        {
            return Fail(ResidentIssues.BirthDateOutOfRange, "birthDate", $"birthDate is after the reference date {_referenceText}.", text);
        }

        if (date < ResidentText.EarliestBirthDate)
        {
            return Fail(ResidentIssues.BirthDateOutOfRange, "birthDate", "birthDate is before 1900-01-01.", text);
        }

        _birthDate = date;
        return true;
    }

    private bool Community(ReadOnlySpan<byte> slug)
    {
        var index = _communities.IndexOf(slug);
        if (index < 0)
        {
            return Fail(ResidentIssues.UnknownCareCommunity, "careCommunity", "careCommunity is not one of the care communities accepted.", slug);
        }

        _community = index;
        return true;
    }

    private bool Condition(ReadOnlySpan<byte> name, int index)
    {
        if (!ConditionNames.TryParse(name, out var condition))
        {
            return Fail(ResidentIssues.UnknownCondition, Indexed("conditions", index), "The condition is not one of the 21 names (kebab-case, e.g. coronary-heart-disease).", name);
        }

        if (_conditions.Contains(condition))
        {
            return Fail(ResidentIssues.RepeatedCondition, Indexed("conditions", index), "The condition is named twice.", name);
        }

        _conditions = _conditions.With(condition);
        return true;
    }

    private bool Conditions(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return WrongType(ref reader, "conditions", "an array of condition names");
        }

        for (var i = 0; ; i++)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return true;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                return WrongType(ref reader, Indexed("conditions", i), "a string");
            }

            if (!Condition(Text(ref reader), i))
            {
                return false;
            }
        }
    }

    private bool Diagnoses(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return WrongType(ref reader, "diagnoses", "an array of ICD-10 codes");
        }

        for (var i = 0; ; i++)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return true;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                return WrongType(ref reader, Indexed("diagnoses", i), "a string");
            }

            if (i >= _maxList)
            {
                return Fail(ResidentIssues.ListTooLong, "diagnoses", $"diagnoses has more than {_maxList} entries (--max-list-length).", (string?)null);
            }

            Diagnosis(Text(ref reader));
        }
    }

    private void Diagnosis(ReadOnlySpan<byte> code)
    {
        if (TryMapCode(code, out var finding))
        {
            Add(finding);
            return;
        }

        UnknownCode(Encoding.UTF8.GetString(code[..Math.Min(code.Length, 4 * _maxEcho)]));
    }

    /// <summary>Maps an ICD-10 code through this reader's cache (both paths use it).</summary>
    private bool TryMapCode(ReadOnlySpan<byte> code, out CodedFinding finding)
    {
        if (!_codes.TryGet(code, out finding, out var mapped))
        {
            mapped = code.Length <= 16 && _mapping.TryMap(code, out finding);
            _codes.Set(code, finding, mapped);
        }

        return mapped;
    }

    private void Add(CodedFinding finding)
    {
        switch (finding.Kind)
        {
            case FindingKind.Condition:
                _coded = _coded.With(finding.Condition);
                break;
            case FindingKind.LearningDisability:
                _learningDisability = true;
                break;
            case FindingKind.Autism:
                _autism = true;
                break;
            default:
                _seriousMentalIllness = true;
                break;
        }
    }

    private void UnknownCode(string code)
    {
        _unknownCodeCount++;
        _unknownCodes ??= new StringBuilder();
        if (_unknownCodes.Length <= _maxEcho)
        {
            _unknownCodes.Append(_unknownCodes.Length == 0 ? "" : ";").Append(code);
        }
    }

    private bool FrailtyMember(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return WrongType(ref reader, "frailty", "an object with one of level, efi or cfs");
        }

        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return Fail(ResidentIssues.InvalidFrailty, "frailty", "frailty is empty: give one of level, efi or cfs, or leave frailty out (not assessed).", (string?)null);
        }

        var name = PropertyName(ref reader);
        reader.Read();
        if (name.SequenceEqual("level"u8))
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return WrongType(ref reader, "frailty.level", "a string (fit, mild, moderate or severe)");
            }

            var text = Text(ref reader);
            if (!ResidentText.TryParseFrailtyLevel(text, out var level))
            {
                return Fail(ResidentIssues.InvalidFrailty, "frailty.level", "frailty.level is not fit, mild, moderate or severe.", text);
            }

            _frailty = FrailtyAssessment.Stated(level);
        }
        else if (name.SequenceEqual("efi"u8))
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                return WrongType(ref reader, "frailty.efi", "a number from 0 to 1");
            }

            if (!reader.TryGetDouble(out var efi) || !double.IsFinite(efi) || efi is < 0 or > 1)
            {
                return Fail(ResidentIssues.InvalidFrailty, "frailty.efi", "frailty.efi (electronic Frailty Index) is not a number from 0 to 1.", reader.ValueSpan);
            }

            _frailty = FrailtyAssessment.Efi(efi);
        }
        else if (name.SequenceEqual("cfs"u8))
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                return WrongType(ref reader, "frailty.cfs", "a whole number from 1 to 9");
            }

            if (!reader.TryGetInt32(out var cfs) || cfs is < 1 or > 9)
            {
                return Fail(ResidentIssues.InvalidFrailty, "frailty.cfs", "frailty.cfs (Clinical Frailty Scale) is not a whole number from 1 to 9.", reader.ValueSpan);
            }

            _frailty = FrailtyAssessment.Cfs(cfs);
        }
        else
        {
            return Fail(ResidentIssues.UnknownMember, "frailty", "frailty has a member other than level, efi or cfs.", name);
        }

        reader.Read();
        return reader.TokenType == JsonTokenType.EndObject
            || Fail(ResidentIssues.InvalidFrailty, "frailty", "frailty has more than one of level, efi and cfs: give exactly one.", (string?)null);
    }

    private bool Boolean(ref Utf8JsonReader reader, string member, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False || WrongType(ref reader, member, "true or false");
    }

    private bool WrongType(ref Utf8JsonReader reader, string member, string expected) =>
        Fail(ResidentIssues.WrongType, member, $"{member} is {Article(reader.TokenType)}, not {expected}.",
            reader.TokenType is JsonTokenType.String or JsonTokenType.Number ? reader.ValueSpan : default, echo: reader.TokenType is JsonTokenType.String or JsonTokenType.Number);

    private static string Article(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.String => "a string",
        JsonTokenType.Null => "null",
        _ => "a boolean",
    };

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.Null => "null",
        _ => "boolean",
    };

    /// <summary>The bytes of a string token, unescaped when needed (into the scratch buffer).</summary>
    private ReadOnlySpan<byte> Text(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        if (_scratch.Length < reader.ValueSpan.Length)
        {
            _scratch = new byte[Math.Max(reader.ValueSpan.Length, _scratch.Length * 2)];
        }

        var n = reader.CopyString(_scratch);
        return _scratch.AsSpan(0, n);
    }

    private ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader) => Text(ref reader);

    private int MemberOf(ref Utf8JsonReader reader)
    {
        var name = PropertyName(ref reader);
        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => MemberId,
            6 when name.SequenceEqual("autism"u8) => MemberAutism,
            7 when name.SequenceEqual("frailty"u8) => MemberFrailty,
            9 when name.SequenceEqual("birthDate"u8) => MemberBirthDate,
            9 when name.SequenceEqual("imdDecile"u8) => MemberImdDecile,
            9 when name.SequenceEqual("diagnoses"u8) => MemberDiagnoses,
            10 when name.SequenceEqual("conditions"u8) => MemberConditions,
            13 when name.SequenceEqual("careCommunity"u8) => MemberCareCommunity,
            18 when name.SequenceEqual("learningDisability"u8) => MemberLearningDisability,
            20 when name.SequenceEqual("seriousMentalIllness"u8) => MemberSeriousMentalIllness,
            _ => 0,
        };
    }

    private static string Name(int member) => member switch
    {
        MemberId => "id",
        MemberBirthDate => "birthDate",
        MemberCareCommunity => "careCommunity",
        MemberConditions => "conditions",
        MemberFrailty => "frailty",
        MemberLearningDisability => "learningDisability",
        MemberAutism => "autism",
        MemberSeriousMentalIllness => "seriousMentalIllness",
        MemberImdDecile => "imdDecile",
        _ => "diagnoses",
    };

    private ReadOnlySpan<byte> Raw(ref Utf8JsonReader reader) => Text(ref reader);

    private static string Indexed(string member, int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{member}[{index}]");

    private static string JsonReason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut].TrimEnd() : message;
        return message.Length > 300 ? string.Concat(message.AsSpan(0, 300), "…") : message;
    }

    private bool Fail(IssueCode code, string member, string message, ReadOnlySpan<byte> value, bool echo = true)
    {
        string? text = null;
        int? length = null;
        if (echo)
        {
            (text, length) = ResidentText.Echo(value, _maxEcho);
        }

        Rejection = new ResidentIssue(_line, Severity.Error, code, Rule(code), member, message, text, length);
        return false;
    }

    private bool Fail(IssueCode code, string member, string message, string? value)
    {
        Rejection = new ResidentIssue(_line, Severity.Error, code, Rule(code), member, message, value);
        return false;
    }

    private static string Rule(IssueCode code)
    {
        foreach (var definition in ResidentIssues.All)
        {
            if (definition.Code == code)
            {
                return definition.Rule;
            }
        }

        return ResidentIssues.DocumentIntegrityRule;
    }
}
