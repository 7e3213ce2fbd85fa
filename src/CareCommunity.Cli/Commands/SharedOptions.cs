using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CareCommunity.Domain.Json.PopulationHealth;
using NodaTime;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// The options several commands share, defined once so that every command spells and explains them the same way:
/// <c>--format</c>, <c>--output</c>, <c>--redact</c> and <c>--as-of</c>. A command creates its own instances (an option
/// belongs to one command) by calling these factories in its fields, adds them in <see cref="ICliCommand.Build"/>, and
/// reads them with <c>parse.GetValue(option)</c>.
/// </summary>
internal static class SharedOptions
{
    /// <summary><c>--format</c>/<c>-f</c>: one of <paramref name="formats"/>, the first being the default.</summary>
    /// <param name="formats">The formats the command writes, in the command line's spelling (e.g. <c>text</c>, <c>json</c>).</param>
    /// <returns>The option.</returns>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary><c>--output</c>/<c>-o</c>: a file to write the result to instead of standard output.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Output() =>
        new("--output", "-o") { Description = "Write the result to this file instead of standard output.", HelpName = "file" };

    /// <summary><c>--redact</c>: offending values replaced with <c>[redacted]</c>.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> Redact() =>
        new("--redact") { Description = "Replace offending values in issues with [redacted] (documents may hold personal data)." };

    /// <summary><c>--as-of</c>: the evaluation date, <c>yyyy-MM-dd</c>; a bad date is a parse error naming the option.</summary>
    /// <returns>The option.</returns>
    public static Option<LocalDate?> AsOf() =>
        new("--as-of")
        {
            Description = "Evaluate time-dependent rules on this date (yyyy-MM-dd) instead of the document's asOf.",
            HelpName = "yyyy-MM-dd",
            CustomParser = ParseAsOf,
        };

    /// <summary>
    /// The value of an <c>--as-of</c> option (the last one given), <c>yyyy-MM-dd</c>; or null, with a parse error that
    /// quotes the text, when it is not a date. Every command's <c>--as-of</c> reads its date here.
    /// </summary>
    /// <param name="result">The option's argument.</param>
    /// <returns>The date, or null after an error.</returns>
    public static LocalDate? ParseAsOf(ArgumentResult result)
    {
        var text = Single(result);
        if (ResidentText.TryParseDate(text, out var date))
        {
            return date;
        }

        result.AddError($"--as-of '{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }

    /// <summary>A whole-number option whose parse errors are in words, not .NET type names.</summary>
    /// <param name="name">The option, e.g. <c>--grace-days</c>.</param>
    /// <param name="helpName">What the value is, for help, e.g. <c>days</c>.</param>
    /// <param name="min">The smallest value allowed.</param>
    /// <param name="max">The largest value allowed.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="description">The help text.</param>
    /// <returns>The option.</returns>
    public static Option<int> WholeNumber(string name, string helpName, int min, int max, int defaultValue, string description) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var text = Single(result);
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    result.AddError($"{name} '{text}' is not a whole number.");
                    return defaultValue;
                }

                if (value < min || value > max)
                {
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} {Range(min, max)}; got {value}."));
                }

                return value;
            },
        };

    /// <summary>A decimal option whose parse errors are in words, not .NET type names.</summary>
    /// <param name="name">The option.</param>
    /// <param name="helpName">What the value is, for help.</param>
    /// <param name="min">The smallest value allowed.</param>
    /// <param name="max">The largest value allowed.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="description">The help text.</param>
    /// <returns>The option.</returns>
    public static Option<decimal> Number(string name, string helpName, decimal min, decimal max, decimal defaultValue, string description) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var text = Single(result);
                if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    result.AddError($"{name} '{text}' is not a number (e.g. 0.20).");
                    return defaultValue;
                }

                if (value < min || value > max)
                {
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be from {min} to {max}; got {value}."));
                }

                return value;
            },
        };

    /// <summary>An option taking one of <paramref name="words"/>, the first being the default.</summary>
    /// <param name="name">The option, e.g. <c>--vacant-roles</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="words">The words allowed.</param>
    /// <returns>The option.</returns>
    /// <remarks>Not generic, so the <see cref="ChoiceOption{TEnum}"/> of every enum shares this code at start-up.</remarks>
    public static Option<string> Choice(string name, string description, string[] words)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => words[0] };
        option.AcceptOnlyFromAmong(words);
        return option;
    }

    private static string Range(int min, int max) =>
        max == int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"must be {min} or more")
            : string.Create(CultureInfo.InvariantCulture, $"must be from {min} to {max}");

    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
}

/// <summary>
/// An option whose values are words on the command line standing for enum values of the model (e.g.
/// <c>--vacant-roles error|warning</c>): one table gives both the allowed words (in parse errors and help) and the
/// values, so a C# identifier never reaches the user.
/// </summary>
/// <typeparam name="TEnum">The model's enum.</typeparam>
internal sealed class ChoiceOption<TEnum>
    where TEnum : struct, Enum
{
    private readonly (string Word, TEnum Value)[] _choices;

    /// <summary>Creates the option; the first choice is the default.</summary>
    /// <param name="name">The option, e.g. <c>--vacant-roles</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="choices">Each word and the value it stands for.</param>
    public ChoiceOption(string name, string description, params (string Word, TEnum Value)[] choices)
    {
        _choices = choices;
        var words = new string[choices.Length];
        for (var i = 0; i < choices.Length; i++)
        {
            words[i] = choices[i].Word;
        }

        Option = SharedOptions.Choice(name, description, words);
    }

    /// <summary>The System.CommandLine option.</summary>
    public Option<string> Option { get; }

    /// <summary>The value chosen.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <returns>The enum value the word stands for.</returns>
    public TEnum GetValue(ParseResult parse)
    {
        var word = parse.GetValue(Option);
        foreach (var (choice, value) in _choices)
        {
            if (choice == word)
            {
                return value;
            }
        }

        throw new InvalidOperationException($"{Option.Name}: '{word}' is not one of the choices (the parser accepts only those).");
    }

    /// <summary>The word for a value, as the command line spells it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its word.</returns>
    public string WordFor(TEnum value) => _choices.First(c => EqualityComparer<TEnum>.Default.Equals(c.Value, value)).Word;
}
