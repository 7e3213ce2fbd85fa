using CareCommunity.Domain.Quality.Maturity;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

/// <summary>Builders for maturity records in tests: the SCIROCCO default matrix, whole rounds of assessments.</summary>
internal static class MaturityFixtures
{
    public static readonly LocalDate Jan2021 = new(2021, 1, 15);
    public static readonly LocalDate Jun2021 = new(2021, 6, 15);
    public static readonly LocalDate Jan2022 = new(2022, 1, 15);
    public static readonly LocalDate Jun2022 = new(2022, 6, 15);

    public static IReadOnlyList<string> Dimensions => SciroccoMatrix.DimensionIds;

    public static MaturityAssessment Objective(string dimension, LocalDate on, int score) =>
        MaturityAssessment.Objective(dimension, on, score, ObjectiveBasis.Evidence, "evidence/" + dimension).Value;

    public static MaturityAssessment Subjective(string dimension, LocalDate on, int score, string person = "Alex Jones") =>
        MaturityAssessment.Subjective(dimension, on, score, [person]).Value;

    public static IEnumerable<MaturityAssessment> ObjectiveRound(LocalDate on, int score) => Dimensions.Select(d => Objective(d, on, score));

    public static IEnumerable<MaturityAssessment> SubjectiveRound(LocalDate on, int score, string person = "Alex Jones") =>
        Dimensions.Select(d => Subjective(d, on, score, person));

    public static MaturityRecord Record(IEnumerable<MaturityAssessment> assessments, IEnumerable<NamedLead>? leads = null, FreedomFramework? framework = null) =>
        MaturityRecord.Create("crewe", null, assessments, framework, leads).Value;

    public static NamedLead[] TwoLeads => [new("Workforce", "Sam Patel", new(2021, 3, 1)), new("Business intelligence", "Jo Smith", new(2021, 3, 1))];

    public static RuleResult Check(MaturityRule rule, MaturityRecord record, LocalDate on, MaturityOptions? options = null) =>
        rule.Check(record, new MaturityContext(on, options));

    public static ValidationIssue Single(RuleResult result, IssueDefinition definition, Severity severity)
    {
        var issue = Assert.Single(result.Issues, i => i.Code == definition.Code);
        Assert.Equal(severity, issue.Severity);
        Assert.Equal(result.Rule, issue.Rule);
        return issue;
    }
}
