using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;

namespace CareCommunity.Domain.Tests.OperatingModel;

/// <summary>Validates a builder's community with <see cref="OperatingModelValidator"/>, for the tests of the rules as the validator reports them.</summary>
internal static class ValidatorTestKit
{
    public static ValidationReport Validate(LocalCareCommunityBuilder builder, OperatingModelOptions? options = null) =>
        builder.Validate(options);

    public static ValidationIssue OnlyIssue(LocalCareCommunityBuilder builder, OperatingModelOptions? options = null)
    {
        var report = Validate(builder, options);
        return Assert.Single(report.Issues);
    }
}
