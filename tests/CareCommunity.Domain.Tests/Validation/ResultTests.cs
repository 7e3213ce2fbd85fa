using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Tests.Validation;

public sealed class ResultTests
{
    private static ValidationIssue Issue(Severity severity) =>
        new(severity, IssueKind.Value, null, IssueCode.Create("x.y"), DocumentPath.Root, "Something.");

    [Fact]
    public void Success_HoldsTheValueAndWarnings()
    {
        var result = Result<string>.Success("crewe", [Issue(Severity.Warning)]);
        Assert.True(result.IsSuccess);
        Assert.Equal("crewe", result.Value);
        Assert.Equal("crewe", result.ValueOrDefault);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal("crewe", value);
        Assert.Single(result.Issues);
        Assert.Equal("Success: crewe", result.ToString());
    }

    [Fact]
    public void Success_WithAnError_Throws() =>
        Assert.Throws<ArgumentException>(() => Result<string>.Success("x", [Issue(Severity.Error)]));

    [Fact]
    public void Success_NoWarnings_HasNoIssues() => Assert.Empty(Result<int>.Success(3).Issues);

    [Fact]
    public void Failure_HoldsTheIssuesAndRefusesTheValue()
    {
        var result = Result<string>.Failure([Issue(Severity.Error), Issue(Severity.Warning)]);
        Assert.False(result.IsSuccess);
        Assert.Null(result.ValueOrDefault);
        Assert.False(result.TryGetValue(out _));
        Assert.Equal(2, result.Issues.Length);
        var ex = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("No String was made", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[x.y]", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Failure: 2 issue(s)", result.ToString());
    }

    [Fact]
    public void Failure_WithoutAnError_Throws()
    {
        Assert.Throws<ArgumentException>(() => Result<string>.Failure([Issue(Severity.Warning)]));
        Assert.Throws<ArgumentException>(() => Result<string>.Failure([]));
        Assert.Throws<ArgumentNullException>(() => Result<string>.Failure(null!));
    }

    [Fact]
    public void Match_Success_TakesTheValueBranch()
    {
        var result = Result<string>.Success("crewe", [Issue(Severity.Warning)]);

        var text = result.Match(value => $"made {value}", failure => $"{failure.Issues.Length} issue(s)");

        Assert.Equal("made crewe", text);
        Assert.True(result.IsT0);
    }

    [Fact]
    public void Match_Failure_TakesTheFailureBranchWithTheIssues()
    {
        var result = Result<string>.Failure([Issue(Severity.Error), Issue(Severity.Warning)]);

        var issues = result.Match(_ => [], failure => failure.Issues);

        Assert.Equal(result.Issues, issues);
        Assert.True(result.IsT1);
        Assert.Equal("Failure: 2 issue(s)", result.AsT1.ToString());
    }

    [Fact]
    public void Switch_RunsExactlyOneBranch()
    {
        var seen = new List<string>();

        Result<int>.Success(3).Switch(value => seen.Add($"value {value}"), _ => seen.Add("failure"));
        Result<int>.Failure([Issue(Severity.Error)]).Switch(value => seen.Add($"value {value}"), failure => seen.Add($"failure {failure.Issues.Length}"));

        Assert.Equal(["value 3", "failure 1"], seen);
    }

    [Fact]
    public void Failure_Case_RequiresAnError()
    {
        Assert.Throws<ArgumentException>(() => new Failure([Issue(Severity.Warning)]));
        Assert.Throws<ArgumentNullException>(() => new Failure(null!));
        Assert.Single(new Failure([Issue(Severity.Error)]).Issues);
    }

    [Fact]
    public void Success_WarningsAreIssuesButNotAFailure()
    {
        var result = Result<string>.Success("crewe", [Issue(Severity.Warning)]);

        Assert.False(result.TryPickT1(out _, out var value));
        Assert.Equal("crewe", value);
        Assert.Single(result.Issues);
    }
}
