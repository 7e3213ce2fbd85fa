using CareCommunity.Domain.OperatingModel;
using CareCommunity.Testing;
using System.Text.RegularExpressions;
using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.Tests;

/// <summary>
/// Every file in <c>samples/data/invalid/</c> is invalid, for the reason its name gives: <c>cc-N-*.json</c> breaks
/// exactly rule CC-N, <c>structure-*.json</c> is a structural or value problem that names no rule. New files are
/// picked up automatically.
/// </summary>
public sealed partial class InvalidSamplesTests
{
    public static TheoryData<string> InvalidSamples() => [.. RepositoryFiles.InvalidSampleNames()];

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void ValidateFile_InvalidSample_IsInvalid(string fileName)
    {
        var result = CareCommunityDocument.ValidateFile(Path.Combine(RepositoryFiles.InvalidSamplesFolder, fileName));

        Assert.False(result.IsValid, $"{fileName} should be invalid.");
        Assert.True(result.Report.ErrorCount > 0);
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void ValidateFile_InvalidSample_ErrorsNameExactlyTheRuleInTheFileName(string fileName)
    {
        var kind = Kind(fileName);
        Assert.True(kind is not null, $"{fileName}: invalid samples are named cc-N-*.json or structure-*.json.");

        var result = CareCommunityDocument.ValidateFile(Path.Combine(RepositoryFiles.InvalidSamplesFolder, fileName));
        var errors = result.Report.Issues.Where(i => i.Severity == Severity.Error).ToArray();

        if (kind == "structure")
        {
            Assert.All(errors, e =>
            {
                Assert.True(e.Rule is null, $"{fileName}: {e} names a rule.");
                Assert.True(e.Kind is IssueKind.Structure or IssueKind.Value, $"{fileName}: {e} is of kind {e.Kind}.");
            });
        }
        else
        {
            Assert.True(
                errors.All(e => e.Rule is not null) && errors.Select(e => e.Rule!.Value.ToString()).ToHashSet().SetEquals([kind!]),
                $"{fileName}: expected errors for {kind} only, got:\n{DocumentAssert.Describe(result.Report)}");
        }
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void ValidateFile_InvalidSample_EveryLocationResolvesInTheDocument(string fileName)
    {
        var path = Path.Combine(RepositoryFiles.InvalidSamplesFolder, fileName);

        var result = CareCommunityDocument.ValidateFile(path);

        DocumentAssert.LocationsResolve(File.ReadAllBytes(path), result.Report, $"({fileName})");
    }

    [Fact]
    public void InvalidSamplesFolder_HoldsAFilePerRule_ForEveryRuleTheDocumentCanBreakAlone()
    {
        var names = RepositoryFiles.InvalidSampleNames();
        // CC-3 and CC-11 raise only information by default (their breakages are the library's reading or a 2017
        // suggestion): their samples are in samples/data/readings/, and ReadingSamples_AreValidButInformOfTheirRule checks them.
        int[] rules = [1, 2, 4, 6, 7, 8, 9, 10];

        var missing = rules.Where(n => !names.Any(f => f.StartsWith($"cc-{n}-", StringComparison.Ordinal))).ToArray();

        Assert.True(missing.Length == 0, "No invalid sample for " + string.Join(", ", missing.Select(n => $"CC-{n}")));
    }

    [Theory]
    [InlineData("cc-3-one-person-two-core-roles.json", "CC-3", "core-group.person-holds-two-roles")]
    [InlineData("cc-11-adapted-without-approval.json", "CC-11", "specification.adaptation-not-approved")]
    public void ReadingSamples_AreValidButInformOfTheirRule_AndInvalidWhenRaised(string fileName, string rule, string code)
    {
        var path = Path.Combine(RepositoryFiles.Root, "samples", "data", "readings", fileName);
        var result = CareCommunityDocument.ValidateFile(path);
        Assert.True(result.IsValid, DocumentAssert.Describe(result.Report));
        var issue = Assert.Single(result.Report.Issues, i => i.Rule?.ToString() == rule);
        Assert.Equal(Severity.Information, issue.Severity);
        var raised = new DocumentValidationSettings
        {
            Options = OperatingModelOptions.Default with
            {
                SeverityOverrides = System.Collections.Immutable.ImmutableDictionary<IssueCode, Severity>.Empty.Add(IssueCode.Create(code), Severity.Error),
            },
        };
        var strict = CareCommunityDocument.ValidateFile(path, raised);
        Assert.False(strict.IsValid);
        Assert.All(strict.Report.Issues.Where(i => i.Severity == Severity.Error), e => Assert.Equal(rule, e.Rule?.ToString()));
    }

    [Fact]
    public void InvalidSamplesFolder_HoldsStructuralSamples()
    {
        var names = RepositoryFiles.InvalidSampleNames();

        Assert.Contains(names, n => n.StartsWith("structure-", StringComparison.Ordinal));
        Assert.All(names, n => Assert.NotNull(Kind(n)));
    }

    private static string? Kind(string fileName)
    {
        if (fileName.StartsWith("structure-", StringComparison.Ordinal))
        {
            return "structure";
        }

        var match = RuleFile().Match(fileName);
        return match.Success ? "CC-" + match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^cc-([1-9][0-9]*)-.+\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleFile();
}
