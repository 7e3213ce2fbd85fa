using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace CareCommunity.Testing;

/// <summary>
/// Describes an assembly's public API as sorted text, one line per type and member, for a snapshot test: a change to
/// the public API shows up as a diff of <c>docs/api/&lt;assembly&gt;.txt</c> that a reviewer reads (the substitute for
/// Microsoft.CodeAnalysis.PublicApiAnalyzers, which the registry lacks). Nullability is written with <c>?</c>.
/// </summary>
public static class PublicApi
{
    /// <summary>The environment variable that, set to 1, makes snapshot tests rewrite the snapshot instead of failing.</summary>
    public const string UpdateVariable = "UPDATE_API_SNAPSHOTS";

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The public API of an assembly, as text.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>One line per public type and member, sorted; ends with a newline.</returns>
    public static string Describe(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeLine(type)).Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Compares an assembly's API with its snapshot file, or rewrites the file when <see cref="UpdateVariable"/> is 1.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>Null when they agree (or the file was rewritten); otherwise a message naming the first difference.</returns>
    public static string? CompareWithSnapshot(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var path = RepositoryFiles.PathOf($"docs/api/{assembly.GetName().Name}.txt");
        var actual = Describe(assembly);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return null;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (expected == actual)
        {
            return null;
        }

        var a = actual.Split('\n');
        var e = expected.Split('\n');
        var i = 0;
        while (i < a.Length && i < e.Length && a[i] == e[i])
        {
            i++;
        }

        return $"The public API of {assembly.GetName().Name} differs from docs/api/{Path.GetFileName(path)} at line {i + 1}:\n"
            + $"  snapshot: {(i < e.Length ? e[i] : "(end)")}\n  actual:   {(i < a.Length ? a[i] : "(end)")}\n"
            + $"If the change is intended, review it and run the tests with {UpdateVariable}=1 to update the snapshot.";
    }

    private static string TypeLine(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? (IsRecord(type) ? "record struct" : "struct")
            : IsRecord(type) ? "record" : "class";
        var modifiers = type.IsAbstract && type.IsSealed ? "static " : type.IsSealed && !type.IsValueType && !type.IsEnum ? "sealed " : type.IsAbstract && !type.IsInterface ? "abstract " : "";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => Name(i)).Order(StringComparer.Ordinal));
        return $"{modifiers}{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var c in type.GetConstructors(flags))
        {
            yield return $"ctor({Parameters(c)})";
        }

        foreach (var p in type.GetProperties(flags))
        {
            var accessors = (p.GetMethod is { IsPublic: true } ? "get; " : "")
                + (p.SetMethod is { IsPublic: true } s ? (IsInit(s) ? "init; " : "set; ") : "");
            var index = p.GetIndexParameters();
            var name = index.Length == 0 ? p.Name : $"this[{string.Join(", ", index.Select(i => $"{Name(i.ParameterType)} {i.Name}"))}]";
            yield return $"{(IsStatic(p) ? "static " : "")}{Name(p.PropertyType, Nullability.Create(p))} {name} {{ {accessors}}}";
        }

        foreach (var f in type.GetFields(flags))
        {
            yield return $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType, Nullability.Create(f))} {f.Name}";
        }

        foreach (var m in type.GetMethods(flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            if (IsCompilerGenerated(m))
            {
                continue;
            }

            var generic = m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";
            yield return $"{(m.IsStatic ? "static " : "")}{(m.IsAbstract && !type.IsInterface ? "abstract " : "")}{Name(m.ReturnType, Nullability.Create(m.ReturnParameter))} {m.Name}{generic}({Parameters(m)})";
        }
    }

    private static bool IsCompilerGenerated(MethodInfo m) =>
        m.Name is "<Clone>$" || m.GetCustomAttribute<CompilerGeneratedAttribute>() is not null && m.Name is "PrintMembers" or "get_EqualityContract";

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static bool IsStatic(PropertyInfo p) => (p.GetMethod ?? p.SetMethod)!.IsStatic;

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m == typeof(IsExternalInit));

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p =>
        (p.GetCustomAttribute<ParamArrayAttribute>() is not null || p.GetCustomAttribute<ParamCollectionAttribute>() is not null ? "params " : "")
        + (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")
        + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, Nullability.Create(p))
        + " " + p.Name
        + (p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)) : "")));

    private static string Name(Type type, NullabilityInfo? nullability = null)
    {
        var suffix = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : "";
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + suffix;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is null ? "" : type.Namespace + ".") + type.Name;
        if (!type.IsGenericType)
        {
            return name + suffix;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var args = type.GetGenericArguments();
        var argNullability = nullability?.GenericTypeArguments;
        var argNames = args.Select((a, i) => Name(a, argNullability is { Length: > 0 } n && i < n.Length ? n[i] : null));
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", argNames) + ">" + suffix;
    }
}
