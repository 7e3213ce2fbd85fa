using System.Globalization;
using CareCommunity.Domain.PopulationHealth;
using CareCommunity.Domain.Validation;
using nietras.SeparatedValues;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>The CSV half of the reader: one Sep row, its fields located by the header (<see cref="CsvColumns"/>).</summary>
internal sealed partial class ResidentParser
{
    /// <summary>Reads one CSV row (not blank).</summary>
    /// <param name="row">The row.</param>
    /// <param name="columns">Where each member's column is.</param>
    /// <param name="line">The line the row starts on.</param>
    /// <returns>True when accepted, false when rejected.</returns>
    public bool TryReadCsv(SepReader.Row row, CsvColumns columns, long line)
    {
        Reset(line);
        if (row.ColCount != columns.Count)
        {
            return Fail(ResidentIssues.CsvFieldCount, "", string.Create(CultureInfo.InvariantCulture,
                $"The row has {row.ColCount} field(s); the header has {columns.Count}."), (string?)null);
        }

        var seen = 0;
        for (var member = 1; member <= MemberDiagnoses; member <<= 1)
        {
            var index = columns.IndexOf(member);
            if (index < 0)
            {
                continue;
            }

            var text = row[index].Span;
            if (text.IsEmpty)
            {
                continue;
            }

            seen |= member;
            if (!CsvMember(member, text))
            {
                return false;
            }
        }

        return Complete(seen);
    }

    private bool CsvMember(int member, ReadOnlySpan<char> text)
    {
        switch (member)
        {
            case MemberId:
                if (!ResidentId.IsValid(text))
                {
                    return FailChars(ResidentIssues.InvalidId, "id", "The id is not 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'.", text);
                }

                // Valid ids are ASCII: one byte per character.
                _idLength = System.Text.Encoding.ASCII.GetBytes(text, _idBytes);
                return true;
            case MemberBirthDate:
                if (!ResidentText.TryParseDate(text, out var date))
                {
                    return FailChars(ResidentIssues.InvalidBirthDate, "birthDate", "birthDate is not a date written yyyy-MM-dd.", text);
                }

                return DateInRange(date, text);
            case MemberCareCommunity:
                var community = _communities.IndexOf(text);
                if (community < 0)
                {
                    return FailChars(ResidentIssues.UnknownCareCommunity, "careCommunity", "careCommunity is not one of the care communities accepted.", text);
                }

                _community = community;
                return true;
            case MemberConditions:
                return CsvConditions(text);
            case MemberFrailty:
                return CsvFrailty(text);
            case MemberLearningDisability:
                return CsvBoolean(text, "learningDisability", out _learningDisability);
            case MemberAutism:
                return CsvBoolean(text, "autism", out _autism);
            case MemberSeriousMentalIllness:
                return CsvBoolean(text, "seriousMentalIllness", out _seriousMentalIllness);
            case MemberImdDecile:
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var imd) && imd is >= 1 and <= 10
                    ? Set(ref _imd, imd)
                    : FailChars(ResidentIssues.InvalidImdDecile, "imdDecile", "imdDecile is not a whole number from 1 (most deprived) to 10.", text);
            default:
                return CsvDiagnoses(text);
        }
    }

    private bool DateInRange(NodaTime.LocalDate date, ReadOnlySpan<char> text)
    {
        if (date > _referenceDate || date < ResidentText.EarliestBirthDate)
        {
            return FailChars(ResidentIssues.BirthDateOutOfRange, "birthDate",
                date > _referenceDate ? $"birthDate is after the reference date {_referenceText}." : "birthDate is before 1900-01-01.", text);
        }

        _birthDate = date;
        return true;
    }

    private bool CsvConditions(ReadOnlySpan<char> text)
    {
        var i = 0;
        foreach (var range in text.Split(';'))
        {
            var name = text[range];
            if (!ConditionNames.TryParse(name, out var condition))
            {
                return FailChars(ResidentIssues.UnknownCondition, Indexed("conditions", i), "The condition is not one of the 21 names (kebab-case, e.g. coronary-heart-disease).", name);
            }

            if (_conditions.Contains(condition))
            {
                return FailChars(ResidentIssues.RepeatedCondition, Indexed("conditions", i), "The condition is named twice.", name);
            }

            _conditions = _conditions.With(condition);
            i++;
        }

        return true;
    }

    private bool CsvDiagnoses(ReadOnlySpan<char> text)
    {
        var i = 0;
        foreach (var range in text.Split(';'))
        {
            if (i++ >= _maxList)
            {
                return FailChars(ResidentIssues.ListTooLong, "diagnoses", $"diagnoses has more than {_maxList} entries (--max-list-length).", default, echo: false);
            }

            var code = text[range];
            if (code.Length <= 16 && _mapping.TryMap(code, out var finding))
            {
                Add(finding);
            }
            else
            {
                UnknownCode(code[..Math.Min(code.Length, 4 * _maxEcho)].ToString());
            }
        }

        return true;
    }

    private bool CsvFrailty(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        var kind = colon < 0 ? text : text[..colon];
        var value = colon < 0 ? default : text[(colon + 1)..];
        if (kind.SequenceEqual("level"))
        {
            if (!ResidentText.TryParseFrailtyLevel(value, out var level))
            {
                return FailChars(ResidentIssues.InvalidFrailty, "frailty", "frailty level is not fit, mild, moderate or severe.", text);
            }

            _frailty = FrailtyAssessment.Stated(level);
            return true;
        }

        if (kind.SequenceEqual("efi"))
        {
            if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var efi) || efi is < 0 or > 1)
            {
                return FailChars(ResidentIssues.InvalidFrailty, "frailty", "frailty efi (electronic Frailty Index) is not a number from 0 to 1.", text);
            }

            _frailty = FrailtyAssessment.Efi(efi);
            return true;
        }

        if (kind.SequenceEqual("cfs"))
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cfs) || cfs is < 1 or > 9)
            {
                return FailChars(ResidentIssues.InvalidFrailty, "frailty", "frailty cfs (Clinical Frailty Scale) is not a whole number from 1 to 9.", text);
            }

            _frailty = FrailtyAssessment.Cfs(cfs);
            return true;
        }

        return FailChars(ResidentIssues.InvalidFrailty, "frailty", "frailty is not level:<fit|mild|moderate|severe>, efi:<0..1> or cfs:<1..9>.", text);
    }

    private bool CsvBoolean(ReadOnlySpan<char> text, string member, out bool value)
    {
        value = text.SequenceEqual("true");
        return value || text.SequenceEqual("false") || FailChars(ResidentIssues.WrongType, member, $"{member} is not true or false (or empty).", text);
    }

    private bool FailChars(IssueCode code, string member, string message, ReadOnlySpan<char> value, bool echo = true)
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
}

/// <summary>
/// Where each member's column is in a resident CSV, from its header: names exactly as the JSON members, in any order,
/// each at most once; <c>id</c>, <c>birthDate</c> and <c>careCommunity</c> required.
/// </summary>
internal sealed class CsvColumns
{
    /// <summary>The column names, in member-bit order (1, 2, 4, … 512).</summary>
    public static readonly string[] Names =
        ["id", "birthDate", "careCommunity", "conditions", "frailty", "learningDisability", "autism", "seriousMentalIllness", "imdDecile", "diagnoses"];

    private readonly int[] _index;

    private CsvColumns(int[] index, int count)
    {
        _index = index;
        Count = count;
    }

    /// <summary>The number of columns of the header.</summary>
    public int Count { get; }

    /// <summary>The column of a member (its bit), or -1.</summary>
    public int IndexOf(int member) => _index[System.Numerics.BitOperations.Log2((uint)member)];

    /// <summary>Reads a header.</summary>
    /// <param name="header">The column names.</param>
    /// <param name="columns">The columns, when the header is good.</param>
    /// <param name="problem">What is wrong, when it is not.</param>
    /// <returns>True when the header is good.</returns>
    public static bool TryCreate(IReadOnlyList<string> header, out CsvColumns? columns, out string? problem)
    {
        var index = Enumerable.Repeat(-1, Names.Length).ToArray();
        columns = null;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            var member = Array.IndexOf(Names, name);
            if (member < 0)
            {
                problem = $"The header names the column '{Cut(name)}', which the resident format does not define (columns: {string.Join(",", Names)}).";
                return false;
            }

            if (index[member] >= 0)
            {
                problem = $"The header names the column '{name}' twice.";
                return false;
            }

            index[member] = i;
        }

        var missing = Names.Take(3).Where((_, m) => index[m] < 0).ToArray();
        if (missing.Length > 0)
        {
            problem = $"The header lacks the required column(s) {string.Join(", ", missing)}.";
            return false;
        }

        columns = new CsvColumns(index, header.Count);
        problem = null;
        return true;
    }

    private static string Cut(string name) => name.Length <= 100 ? name : string.Concat(name.AsSpan(0, 100), "…");
}
