using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace CareCommunity.Domain.Json.Contracts;

/// <summary>
/// Marks a contract of a record format (one record per line: resident, classification result) whose optional members
/// may be left out but are never <c>null</c>: the JSON Schema gives their plain type, without <c>null</c> or a default.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class WireRecordAttribute : Attribute;

/// <summary>Marks a contract whose instances hold exactly one of its members (e.g. a frailty given one way); the JSON
/// Schema is a <c>oneOf</c> with one branch per member.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ExactlyOneMemberAttribute : Attribute;

/// <summary>Marks a string member (or a list of strings) whose text must match a regular expression; the JSON Schema gives it as <c>pattern</c>.</summary>
/// <param name="pattern">The ECMAScript regular expression, anchored.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ValuePatternAttribute(string pattern) : Attribute
{
    /// <summary>The regular expression.</summary>
    public string Pattern { get; } = pattern;
}

/// <summary>Marks a list member whose entries must be distinct; the JSON Schema says <c>uniqueItems</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class UniqueItemsAttribute : Attribute;

/// <summary>
/// Marks a string member (or a list of strings) whose text must be one of a fixed list of words given by a static
/// property (e.g. <see cref="ResidentContract.ConditionNames"/>); the JSON Schema lists them as <c>enum</c>.
/// </summary>
/// <param name="owner">The type holding the list.</param>
/// <param name="member">The static property holding the list (an enumerable of strings).</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class AllowedTextsAttribute([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type owner, string member) : Attribute
{
    /// <summary>The type holding the list.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
    public Type Owner { get; } = owner;

    /// <summary>The static property holding the list.</summary>
    public string Member { get; } = member;

    /// <summary>The allowed words, in order.</summary>
    public IReadOnlyList<string> Values =>
        [.. (IEnumerable<string>)(Owner.GetProperty(Member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{Owner.Name}.{Member} is not a public static list of words."))];
}
