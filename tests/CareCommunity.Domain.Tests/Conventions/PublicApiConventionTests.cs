using System.Reflection;
using System.Runtime.CompilerServices;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Tests.Conventions;

/// <summary>
/// Conventions of the public API of CareCommunity.Domain, checked by reflection:
/// <list type="bullet">
/// <item>No public property has a public <c>set</c> accessor. A public <c>init</c> accessor is allowed only on
/// (a) the options records (<c>*Options</c>), whose accessors validate and whose variants are made with <c>with</c>;
/// (b) <see cref="ValidationIssue"/>, whose properties may be with-able (it is a record; today its accessors are get-only); and
/// (c) the compiler-generated properties of positional records (a property whose name and type match a parameter of the
/// record's primary constructor), which are immutable values.</item>
/// <item>Every public type is sealed, static, an enum, a struct, an interface, or an abstract type by design.</item>
/// <item>No public or protected member signature exposes a non-public type.</item>
/// </list>
/// </summary>
public sealed class PublicApiConventionTests
{
    private static readonly Assembly Domain = typeof(LocalCareCommunity).Assembly;

    // The rule base types: one rule, one type, deriving from them (docs/decisions/0015).
    private static readonly Type[] AbstractByDesign = [typeof(CareCommunity.Domain.Rules.DocumentRule<,>), typeof(CareCommunity.Domain.OperatingModel.OperatingModelRule)];

    // Init-only types besides options: the limits (options by another name) and the lenient draft, which callers build with an
    // object initialiser because every part of it may be missing.
    private static readonly Type[] InitByDesign = [typeof(ValidationLimits), typeof(CareCommunity.Domain.OperatingModel.CareCommunityDraft)];

    private static IEnumerable<Type> PublicTypes => Domain.GetExportedTypes();

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null);

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsPositionalRecordProperty(PropertyInfo property)
    {
        var type = property.DeclaringType!;
        return IsRecord(type) && type.GetConstructors().Any(c => c.GetParameters().Any(p => p.Name == property.Name && p.ParameterType == property.PropertyType));
    }

    [Fact]
    public void PublicTypes_AreFound() => Assert.True(PublicTypes.Count() > 60);

    [Fact]
    public void PublicProperties_HaveNoPublicSetterAndInitOnlyWhereAllowed()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is not { IsPublic: true } setter)
                {
                    continue;
                }

                var allowed = IsInitOnly(setter) && (type.Name.EndsWith("Options", StringComparison.Ordinal) || type == typeof(ValidationIssue) || InitByDesign.Contains(type) || IsPositionalRecordProperty(property));
                if (!allowed)
                {
                    offenders.Add($"{type.FullName}.{property.Name} ({(IsInitOnly(setter) ? "init" : "set")})");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void OptionsRecords_AreTheOnlyNonPositionalTypesWithInit()
    {
        var withInit = PublicTypes
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Any(p => p.SetMethod is { IsPublic: true } s && IsInitOnly(s) && !IsPositionalRecordProperty(p)))
            .Select(t => t.Name)
            .ToArray();
        Assert.Contains("OperatingModelOptions", withInit);
        Assert.Contains("ReportingCadenceOptions", withInit);
        Assert.Subset(new HashSet<string>(["OperatingModelOptions", "ReportingCadenceOptions", "ValidationIssue", "ValidationLimits", "CareCommunityDraft"]), new HashSet<string>(withInit));
    }

    [Fact]
    public void PublicTypes_AreSealedStaticEnumStructOrAbstractByDesign()
    {
        var offenders = PublicTypes.Where(t =>
        {
            var isStatic = t.IsAbstract && t.IsSealed;
            return !(t.IsSealed || isStatic || t.IsEnum || t.IsValueType || t.IsInterface || (t.IsAbstract && AbstractByDesign.Contains(t.IsGenericType ? t.GetGenericTypeDefinition() : t))
                || typeof(Delegate).IsAssignableFrom(t));
        }).Select(t => t.FullName);
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicSignatures_ExposeNoInternalType()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            if (type.BaseType is { } b && !IsVisible(b))
            {
                offenders.Add($"{type.FullName} : {b}");
            }

            offenders.AddRange(type.GetInterfaces().Where(i => !IsVisible(i)).Select(i => $"{type.FullName} : {i}"));
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(all))
            {
                foreach (var used in SignatureTypes(member))
                {
                    if (!IsVisible(used))
                    {
                        offenders.Add($"{type.FullName}.{member.Name} uses {used}");
                    }
                }
            }
        }

        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodBase m when IsExposed(m) => m.GetParameters().Select(p => p.ParameterType)
            .Concat(m is MethodInfo mi ? [mi.ReturnType] : []),
        PropertyInfo p when (p.GetMethod is { } g && IsExposed(g)) || (p.SetMethod is { } s && IsExposed(s)) => [p.PropertyType],
        FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly => [f.FieldType],
        EventInfo e when e.AddMethod is { } a && IsExposed(a) => [e.EventHandlerType!],
        _ => [],
    };

    private static bool IsExposed(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool IsVisible(Type type)
    {
        if (type.IsGenericParameter)
        {
            return true;
        }

        if (type.HasElementType)
        {
            return IsVisible(type.GetElementType()!);
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return IsVisible(type.GetGenericTypeDefinition()) && type.GetGenericArguments().All(IsVisible);
        }

        return type.IsVisible;
    }
}
