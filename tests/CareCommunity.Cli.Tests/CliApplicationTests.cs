using CareCommunity.Cli.Commands;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Testing;

namespace CareCommunity.Cli.Tests;

/// <summary>The application as a whole: the list of commands, help, and messages in the command line's words.</summary>
public sealed class CliApplicationTests
{
    /// <summary>C# and .NET identifiers that must never reach the user in help or parse errors.</summary>
    private static readonly string[] Identifiers =
    [
        "NursingOrAhpLeadPolicy", "AnyCoreGroupMember", "RegisteredNurseOrAhp", "EightyTwentyBasis", "ElementCount", "Spend",
        "Severity.", "System.", "Int32", "Decimal", "LocalDate", "String", "Nullable",
    ];

    [Fact]
    public void Run_NoArguments_ExitsTwo()
    {
        var result = CliRunner.Run();

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwo() =>
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("check", RepositoryFiles.ValidSample).ExitCode);

    [Fact]
    public void Run_Help_ExitsZeroAndListsTheCommands()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("validate", result.Out, StringComparison.Ordinal);
        Assert.Contains("rules", result.Out, StringComparison.Ordinal);
        Assert.Contains("schema", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_AreValidateRulesSchemaThenTheQualityCommandsInThatOrder() =>
        Assert.Equal(["validate", "rules", "schema", "maturity", "quality", "spc", "generate", "classify", "decide", "dispute"], CliApplication.Commands().Select(c => c.Build().Name));

    [Fact]
    public void CommandTable_NamesEachCommandAsItsBuildSpellsIt() =>
        Assert.All(CliApplication.CommandTable, c => Assert.Equal(c.Name, c.Create().Build().Name));

    [Theory]
    [InlineData("classify", "residents.ndjson")]
    [InlineData("rules")]
    [InlineData("validate", "--help")]
    public void CommandsFor_FirstArgumentNamesACommand_CreatesOnlyThatCommand(params string[] args)
    {
        var commands = CliApplication.CommandsFor(args);

        Assert.Equal([args[0]], commands.Select(c => c.Build().Name));
    }

    [Fact]
    public void CommandsFor_Classify_StartsCompilingItsHotPathBeforeTheParse()
    {
        var classify = Assert.IsType<ClassifyCommand>(Assert.Single(CliApplication.CommandsFor(["classify", "residents.ndjson"])));

        Assert.True(classify.HotPathStarted);
    }

    [Fact]
    public void CommandsFor_HelpOnTheWholeTool_StartsNoCommandsWork() =>
        Assert.False(CliApplication.CommandsFor(["--help"]).OfType<ClassifyCommand>().Single().HotPathStarted);

    [Theory]
    [InlineData]
    [InlineData("--help")]
    [InlineData("check", "a.json")]
    [InlineData("Classify", "residents.ndjson")]
    [InlineData("--version")]
    public void CommandsFor_FirstArgumentNamesNoCommand_CreatesEveryCommand(params string[] args) =>
        Assert.Equal(CliApplication.CommandTable.Select(c => c.Name), CliApplication.CommandsFor(args).Select(c => c.Build().Name));

    [Theory]
    [InlineData("--help")]
    [InlineData("validate", "--help")]
    [InlineData("rules", "--help")]
    [InlineData("schema", "--help")]
    [InlineData("maturity", "--help")]
    [InlineData("quality", "--help")]
    [InlineData("spc", "--help")]
    [InlineData("generate", "--help")]
    [InlineData("decide", "--help")]
    [InlineData("dispute", "--help")]
    public void Help_UsesTheCommandLinesSpellingsNotCSharpIdentifiers(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        AssertNoIdentifiers(result.Out + result.Error);
    }

    [Fact]
    public void ValidateHelp_ListsTheModelOptionsValuesAsTyped()
    {
        var help = CliRunner.Run("validate", "--help").Out;

        Assert.Contains("--nursing-ahp-lead <any-core-member|nurse-or-ahp>", help, StringComparison.Ordinal);
        Assert.Contains("[default: nurse-or-ahp]", help, StringComparison.Ordinal);
        Assert.Contains("--eighty-twenty-basis <element-count|spend>", help, StringComparison.Ordinal);
        Assert.Contains("[default: spend]", help, StringComparison.Ordinal);
        Assert.Contains("--as-of <yyyy-MM-dd>", help, StringComparison.Ordinal);
        Assert.Contains("--grace-days <days>", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--nursing-ahp-lead", "AnyCoreGroupMember", "'any-core-member'")]
    [InlineData("--eighty-twenty-basis", "ElementCount", "'element-count'")]
    [InlineData("--eighty-twenty-basis", "Spend", "'spend'")]
    [InlineData("--vacant-roles", "Warning", "'warning'")]
    [InlineData("--grace-days", "a week", "--grace-days 'a week' is not a whole number")]
    [InlineData("--grace-days", "-1", "--grace-days must be 0 or more; got -1")]
    [InlineData("--escalation-threshold", "2.5", "--escalation-threshold '2.5' is not a whole number")]
    [InlineData("--escalation-threshold", "26", "--escalation-threshold must be from 1 to 25; got 26")]
    [InlineData("--max-local-share", "20%", "--max-local-share '20%' is not a number")]
    [InlineData("--max-local-share", "1.5", "--max-local-share must be from 0 to 1; got 1.5")]
    [InlineData("--as-of", "2027-02-30", "--as-of '2027-02-30' is not a date in the form yyyy-MM-dd")]
    public void ValidateOptionParseErrors_SayWhatIsAllowedInTheCommandLinesWords(string option, string value, string expected)
    {
        var result = CliRunner.Run("validate", RepositoryFiles.ValidSample, option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        AssertNoIdentifiers(result.Error.Replace(value, "", StringComparison.Ordinal));
        Assert.Empty(result.Out);
    }

    private static void AssertNoIdentifiers(string text)
    {
        foreach (var identifier in Identifiers)
        {
            Assert.False(text.Contains(identifier, StringComparison.Ordinal), $"'{identifier}' appears in:\n{text}");
        }
    }
}
