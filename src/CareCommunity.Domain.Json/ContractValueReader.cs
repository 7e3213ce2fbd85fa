using System.Globalization;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json;

/// <summary>
/// Turns the primitive values of a contract into the model's values, reporting every one that is not what the model
/// allows as an issue at its path (never throwing): the one place the document readers check ids, texts, enum names,
/// amounts, schema versions and values whose factories enforce a rule.
/// </summary>
internal sealed class ContractValueReader(IssueCollector issues)
{
    internal delegate bool TryCreate<T>(string? text, out T value);

    private readonly IssueCollector _issues = issues;

    public T? Id<T>(string text, DocumentPath at, TryCreate<T> create, string kind)
        where T : struct
    {
        if (create(text, out var id))
        {
            return id;
        }

        _issues.Error(IssueKind.Value, null, CareCommunityDocument.InvalidIdentifier, at, Identifier.Explain(kind, text), text);
        return null;
    }

    public string? Text(string text, DocumentPath at)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        _issues.Error(IssueKind.Required, null, CareCommunityDocument.BlankText, at, "This text must not be empty or blank.", text);
        return null;
    }

    public TEnum? Enum<TEnum>(string text, DocumentPath at)
        where TEnum : struct, System.Enum
    {
        if (EnumText.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        _issues.Error(IssueKind.Value, null, CareCommunityDocument.ValueNotAllowed, at,
            $"'{text}' is not an allowed {typeof(TEnum).Name} value; expected one of: {string.Join(", ", EnumText.AllowedValues(typeof(TEnum)))}.", text);
        return null;
    }

    public Money? NonNegative(decimal pounds, DocumentPath at, Rules.RuleId rule)
    {
        if (pounds >= 0)
        {
            return Money.FromPounds(pounds);
        }

        _issues.Error(IssueKind.Value, rule, OperatingModelIssueCodes.NegativeAmount, at,
            "This amount of money must not be negative.", pounds.ToString(CultureInfo.InvariantCulture));
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
