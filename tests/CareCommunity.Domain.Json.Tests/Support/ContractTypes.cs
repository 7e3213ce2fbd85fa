using System.Reflection;
using CareCommunity.Domain.Json.Contracts;

namespace CareCommunity.Domain.Json.Tests.Support;

/// <summary>Reflection over the document's contract records.</summary>
internal static class ContractTypes
{
    /// <summary>Every contract record of the library.</summary>
    public static IReadOnlyList<Type> All { get; } =
        [.. typeof(CareCommunityDocumentContract).Assembly.GetTypes().Where(t => t.Namespace == typeof(CareCommunityDocumentContract).Namespace && t.Name.EndsWith("Contract", StringComparison.Ordinal))];

    /// <summary>Every enum a contract member names through <see cref="EnumValuesAttribute"/>.</summary>
    public static IReadOnlyList<Type> EnumsInContracts { get; } =
        [.. All.SelectMany(t => t.GetProperties()).Select(p => p.GetCustomAttribute<EnumValuesAttribute>()?.EnumType).OfType<Type>().Distinct().OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>The element type of a list type, or null.</summary>
    public static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
