using System.Globalization;
using System.Text;
using CareCommunity.Domain.Json.Spc;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Json.Tests.Spc;

/// <summary>Every CSV line is accounted for: a point of the series, or named by an issue; nothing is silently dropped.</summary>
public sealed class MeasureSeriesCsvPropertyTests
{
    private enum LineKind
    {
        Valid,
        QuotedValid,
        BadDate,
        BadNumber,
        Gap,
        ExtraField,
        BadFlag,
    }

    private static readonly Arbitrary<LineKind[]> Lines =
        Gen.Elements(Enum.GetValues<LineKind>()).ArrayOf().Where(a => a.Length is > 0 and <= 40).ToArbitrary();

    private static string Line(LineKind kind, int i)
    {
        var date = new DateOnly(2020, 1, 1).AddMonths(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var value = (i % 7).ToString(CultureInfo.InvariantCulture) + ".5";
        return kind switch
        {
            LineKind.Valid => $"{date},{value},",
            LineKind.QuotedValid => $"\"{date}\",\"{value}\",\"no\"",
            LineKind.BadDate => $"{date}x,{value},",
            LineKind.BadNumber => $"{date},{value}z,",
            LineKind.Gap => $"{date},,",
            LineKind.ExtraField => $"{date},{value},,",
            _ => $"{date},{value},perhaps",
        };
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property ValidateCsv_EveryLine_IsAPointOrNamedByAnIssue() =>
        Prop.ForAll(Lines, kinds =>
        {
            var text = "date,value,ghosted\n" + string.Join("\n", kinds.Select(Line)) + "\n";

            var result = MeasureSeriesDocument.ValidateCsv(Encoding.UTF8.GetBytes(text));

            var bad = kinds.Select((k, i) => (k, Line: i + 2)).Where(x => x.k is not (LineKind.Valid or LineKind.QuotedValid)).Select(x => x.Line).ToArray();
            var named = result.Report.Issues.Select(i => i.Message).ToArray();
            var everyBadLineNamed = bad.All(line => named.Any(m => m.StartsWith($"line {line}:", StringComparison.Ordinal)));
            var chartedWhenAllGood = bad.Length == 0 ? result.Series is { } s && s.Points.Length == kinds.Length : result.Series is null;
            var noIssueForGoodLines = result.Report.Issues.All(i => bad.Any(line => i.Message.StartsWith($"line {line}:", StringComparison.Ordinal)));
            return everyBadLineNamed && chartedWhenAllGood && noIssueForGoodLines;
        });
}
