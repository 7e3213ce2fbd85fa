using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json;

/// <summary>
/// Turns the primitive values of a contract into the model's values, reporting every one that is not what the model
/// allows as an issue at its path (never throwing): the one place the document readers check ids, texts, enum names,
/// amounts, schema versions and values whose factories enforce a rule.
/// </summary>
internal sealed class ContractValueReader(IssueCollector issues, ValidationLimits? limits = null)
{
    internal delegate bool TryCreate<T>(string? text, out T value);

    private readonly IssueCollector _issues = issues;
    private readonly ValidationLimits _limits = limits ?? ValidationLimits.Default;

    /// <summary>Maps every entry of a list (up to the list limit), keeping a null entry for each null or unreadable one.</summary>
    public ImmutableArray<TOut?> Each<TIn, TOut>(IReadOnlyList<TIn?>? list, DocumentPath at, Func<TIn, int, TOut?> map)
        where TIn : class
        where TOut : class
    {
        var count = Bounded(list, at);
        var result = ImmutableArray.CreateBuilder<TOut?>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(list![i] is { } item ? map(item, i) : null);
        }

        return result.MoveToImmutable();
    }

    /// <summary>As <see cref="Each{TIn, TOut}"/>, for values.</summary>
    public ImmutableArray<TOut?> EachValue<TIn, TOut>(IReadOnlyList<TIn?>? list, DocumentPath at, Func<TIn, int, TOut?> map)
        where TIn : class
        where TOut : struct
    {
        var count = Bounded(list, at);
        var result = ImmutableArray.CreateBuilder<TOut?>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(list![i] is { } item ? map(item, i) : null);
        }

        return result.MoveToImmutable();
    }

    private int Bounded<T>(IReadOnlyList<T>? list, DocumentPath at)
    {
        if (list is null)
        {
            return 0;
        }

        if (list.Count <= _limits.MaxListLength)
        {
            return list.Count;
        }

        _issues.Error(IssueKind.TooCostly, null, CareCommunityDocument.ListTooLong, at,
            string.Create(CultureInfo.InvariantCulture,
                $"This list has {list.Count} entries; the first {_limits.MaxListLength} were read and checked, the other {list.Count - _limits.MaxListLength} were not (limit: {_limits.MaxListLength} entries per list, --max-list-length)."),
            list.Count.ToString(CultureInfo.InvariantCulture));
        return _limits.MaxListLength;
    }

    public T? Id<T>(string text, DocumentPath at, TryCreate<T> create, string kind)
        where T : struct
    {
        if (create(text, out var id))
        {
            return id;
        }

        _issues.Error(IssueKind.Value, null, CareCommunityDocument.InvalidIdentifier, at, Identifier.Explain(kind, _limits.Echo(text) ?? ""), text);
        return null;
    }

    public string? Text(string text, DocumentPath at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            _issues.Error(IssueKind.Required, null, CareCommunityDocument.BlankText, at, "This text must not be empty or blank.", text);
            return null;
        }

        if (text.Length > _limits.MaxTextLength)
        {
            _issues.Error(IssueKind.TooCostly, null, CareCommunityDocument.TextTooLong, at,
                string.Create(CultureInfo.InvariantCulture,
                    $"This text is {text.Length} characters long; at most {_limits.MaxTextLength} are accepted (limit: --max-text-length)."),
                text);
            return null;
        }

        return text;
    }

    public TEnum? Enum<TEnum>(string text, DocumentPath at)
        where TEnum : struct, System.Enum
    {
        if (EnumText.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        _issues.Error(IssueKind.Value, null, CareCommunityDocument.ValueNotAllowed, at,
            $"'{_limits.Echo(text)}' is not an allowed value here; expected one of: {string.Join(", ", EnumText.AllowedValues(typeof(TEnum)))}.", text);
        return null;
    }

    public Money? NonNegative(decimal pounds, DocumentPath at, Rules.RuleId rule)
    {
        if (pounds < 0)
        {
            _issues.Error(IssueKind.Value, rule, DocumentIntegrity.NegativeAmount.Code, at,
                "This amount of money must not be negative.", pounds.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return Amount(pounds, at, rule);
    }

    public Money? Amount(decimal pounds, DocumentPath at, Rules.RuleId rule)
    {
        if (Money.IsWithinRange(pounds))
        {
            return Money.FromPounds(pounds);
        }

        _issues.Error(IssueKind.Value, rule, DocumentIntegrity.AmountTooLarge.Code, at,
            string.Create(CultureInfo.InvariantCulture, $"This amount of money is beyond ±£{Money.MaxPounds:N0}, the largest the model holds."),
            pounds.ToString(CultureInfo.InvariantCulture));
        return null;
    }

    public T? Build<T>(Func<T> create, DocumentPath at, string value)
        where T : struct
    {
        try
        {
            return create();
        }
        catch (RuleViolationException e)
        {
            _issues.Error(IssueKind.Value, e.Rule, e.Code, at, StripParameter(e), value);
            return null;
        }
    }

    private static string StripParameter(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);

    public void SchemaVersion(string version, DocumentPath at)
    {
        if (version != Contracts.CareCommunityDocumentContract.CurrentSchemaVersion)
        {
            _issues.Error(IssueKind.Value, null, CareCommunityDocument.UnsupportedSchemaVersion, at,
                $"Unsupported schemaVersion '{version}': this library reads version {Contracts.CareCommunityDocumentContract.CurrentSchemaVersion}.", version);
        }
    }
}
