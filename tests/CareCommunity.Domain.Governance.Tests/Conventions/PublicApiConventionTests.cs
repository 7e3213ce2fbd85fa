using System.Reflection;
using System.Runtime.CompilerServices;

namespace CareCommunity.Domain.Governance.Tests.Conventions;

/// <summary>The package follows the conventions of CareCommunity.Domain: immutable public types (no public setters; init only on
/// options and positional records) and every public type sealed, static, an enum or abstract by design (the rule base).</summary>
public sealed class PublicApiConventionTests
{
    private static readonly Type[] PublicTypes = typeof(GovernanceRules).Assembly.GetExportedTypes();

    private static bool IsPositional(PropertyInfo property) =>
        property.DeclaringType!.GetConstructors().Any(c => c.GetParameters().Any(p => p.Name == property.Name && p.ParameterType == property.PropertyType));

    [Fact]
    public void PublicTypes_AreSealedStaticEnumsOrTheRuleBase()
    {
        var open = PublicTypes.Where(t => !t.IsSealed && !t.IsEnum && !(t.IsAbstract && t.IsSealed) && t != typeof(GovernanceRule<>)).Select(t => t.Name);

        Assert.Empty(open);
        Assert.True(PublicTypes.Length > 50);
    }

    [Fact]
    public void PublicProperties_HaveNoPublicSetter_AndInitOnlyOnOptionsAndPositionalRecords()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !(setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit))
                    && (p.DeclaringType!.Name.EndsWith("Options", StringComparison.Ordinal) || IsPositional(p))))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(offenders);
    }
}
