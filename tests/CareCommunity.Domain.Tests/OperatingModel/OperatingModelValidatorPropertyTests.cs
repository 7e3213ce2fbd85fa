using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;

namespace CareCommunity.Domain.Tests.OperatingModel;

public sealed class OperatingModelValidatorPropertyTests
{
    private static readonly Arbitrary<(GeneratedCommunity Generated, OperatingModelOptions Options)> Scenario =
        Arb.Zip(DomainArb.Community, DomainArb.Options);

    // Array indices compare numerically: $.a[2] before $.a[10].
    private static string NaturalKey(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\[(\d+)\]", m => "[" + m.Groups[1].Value.PadLeft(10, '0') + "]");

    private static int Compare(ValidationIssue a, ValidationIssue b)
    {
        var c = string.CompareOrdinal(NaturalKey(a.Location.ToString()), NaturalKey(b.Location.ToString()));
        c = c != 0 ? c : a.Severity.CompareTo(b.Severity);
        c = c != 0 ? c : string.CompareOrdinal(a.Code.ToString(), b.Code.ToString());
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Validate_GeneratedCommunities_NeverThrowsAndReportsOrderedIssuesOfCatalogueRules() =>
        Prop.ForAll(Scenario, s =>
        {
            var t = (s.Generated.Community, s.Generated.AsOf, s.Options);
            var report = new OperatingModelValidator(t.Options).Validate(t.Community, t.AsOf);
            for (var i = 1; i < report.Issues.Length; i++)
            {
                Assert.True(Compare(report.Issues[i - 1], report.Issues[i]) <= 0, $"{report.Issues[i - 1]} sorts after {report.Issues[i]}");
            }

            Assert.All(report.Issues, issue =>
            {
                Assert.NotNull(issue.Rule);
                Assert.True(RuleCatalogue.OperatingModel.Contains(issue.Rule!.Value), $"{issue.Rule} is not in the catalogue");
                Assert.False(issue.Code.IsDefault);
                Assert.StartsWith("$", issue.Location.ToString(), StringComparison.Ordinal);
            });
            Assert.Equal(report.Issues.Length, report.ErrorCount + report.WarningCount + report.InformationCount);
            Assert.Equal(report.ErrorCount == 0, report.IsValid);
        });

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Validate_Property_IsDeterministicAndRedactionKeepsTheShape() =>
        Prop.ForAll(Scenario, s =>
        {
            var t = (s.Generated.Community, s.Generated.AsOf, s.Options);
            var validator = new OperatingModelValidator(t.Options);
            var first = validator.Validate(t.Community, t.AsOf);
            var second = validator.Validate(t.Community, t.AsOf);
            Assert.Equal(first.Issues.ToArray(), second.Issues.ToArray());
            var redacted = first.Redact();
            Assert.Equal(first.Issues.Select(i => (i.Location, i.Code, i.Severity)), redacted.Issues.Select(i => (i.Location, i.Code, i.Severity)));
            Assert.All(redacted.Issues, i => Assert.True(i.OffendingValue is null or ValidationIssue.RedactedValue));
        });

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Validate_Property_VacantCoreRolesAreReportedOncePerRoleAtTheChosenSeverity() =>
        Prop.ForAll(Scenario, s =>
        {
            var t = (s.Generated.Community, s.Generated.AsOf, s.Options);
            var report = new OperatingModelValidator(t.Options).Validate(t.Community, t.AsOf);
            var vacant = report.Issues.Where(i => i.Code == OperatingModelIssueCodes.CoreRoleVacant).ToArray();
            Assert.Equal(t.Community.CoreGroup.VacantRoles.Select(ModelText.Of), vacant.Select(i => i.OffendingValue)
                .OrderBy(v => Enum.Parse<CoreRole>(v!, ignoreCase: true)));
            Assert.All(vacant, i => Assert.Equal(t.Options.VacantCoreRoleSeverity, i.Severity));
        });

    [Fact]
    public void Community_Generator_ReachesEveryRuleTheValidatorChecks()
    {
        // Guards the generator itself: its perturbations must reach the validator, not be filtered away. In 200 samples each of
        // these rules is broken about 12 to 150 times, so a miss means the generator lost a mutation.
        var broken = DomainGen.Community.Sample(200)
            .SelectMany(s => new OperatingModelValidator().Validate(s.Community, s.AsOf).RulesBroken)
            .Distinct()
            .Order()
            .Select(r => r.ToString());
        Assert.Equal(["CC-1", "CC-2", "CC-4", "CC-5", "CC-6", "CC-7", "CC-8", "CC-9", "CC-10", "CC-11"], broken);
    }
}
