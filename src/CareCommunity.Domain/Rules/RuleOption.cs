namespace CareCommunity.Domain.Rules;

/// <summary>
/// A reading of a rule that users can choose, as documented by the rule: the option's name in the library's options
/// type, its spelling on the command line, its default and what the default means.
/// </summary>
/// <param name="Name">The property of the options type, e.g. <c>OperatingModelOptions.Cadence.Reading</c>.</param>
/// <param name="CommandLine">The command-line spelling, e.g. <c>--cadence consecutive-periods|rolling</c>; empty when none.</param>
/// <param name="Default">The default value, in the command line's spelling.</param>
/// <param name="Description">What the option decides, and which reading is the source's.</param>
public sealed record RuleOption(string Name, string CommandLine, string Default, string Description);
