using System.Text;
using System.Text.Json.Nodes;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Json.Tests.QualityDocuments;

public sealed class MaturityDocumentPropertyTests
{
    private static readonly string Sample = File.ReadAllText(RepositoryFiles.PathOf("samples/data/quality/maturity-record.json"));

    private static readonly Gen<(int Index, int Score, string Kind)> Mutation =
        from index in Gen.Choose(0, 47)
        from score in Gen.Choose(-3, 9)
        from kind in Gen.Elements("subjective", "objective", "Objective", "peer", "")
        select (index, score, kind);

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Validate_MutatedAssessment_NeverThrowsAndEveryErrorIsLocatedUnderIt() =>
        Prop.ForAll(Mutation.ToArbitrary(), m =>
        {
            var json = JsonNode.Parse(Sample)!;
            var assessment = json["assessments"]![m.Index]!;
            assessment["score"] = m.Score;
            assessment["kind"] = m.Kind;

            var result = MaturityDocument.Validate(Encoding.UTF8.GetBytes(json.ToJsonString()));

            Assert.Equal(3, result.Rules.Length);
            var valueErrors = result.Report.Issues.Where(i => i.Severity == Severity.Error && i.Rule is null).ToArray();
            Assert.All(valueErrors, i => Assert.StartsWith($"$.assessments[{m.Index}]", i.Location.ToString(), StringComparison.Ordinal));
            Assert.Equal(valueErrors.Length == 0, result.Record is not null);
            if (result.Record is not null)
            {
                Assert.Equal(result.Record.Assessments.Length, MaturityDocument.Validate(Encoding.UTF8.GetBytes(MaturityDocument.Serialize(result.Record, result.AsOf))).Record!.Assessments.Length);
            }
        });
}
