using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Tests.OperatingModel;

/// <summary>
/// The severity of every issue code follows the modality table (decision 0015): must → error, should → warning,
/// may and the library's readings → information, document integrity → error; only the user's options change it.
/// </summary>
public sealed class IssueSeverityTests
{
    private static readonly Dictionary<IssueCode, IssueDefinition> Definitions = OperatingModelRules.All
        .SelectMany(r => r.Descriptor.IssueDefinitions).Concat(DocumentIntegrity.All)
        .GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.First());

    [Theory]
    [InlineData(Modality.Must, Severity.Error)]
    [InlineData(Modality.Should, Severity.Warning)]
    [InlineData(Modality.May, Severity.Information)]
    [InlineData(Modality.LibraryReading, Severity.Information)]
    [InlineData(Modality.DocumentIntegrity, Severity.Error)]
    public void ModalityTable(Modality modality, Severity severity) => Assert.Equal(severity, modality.DefaultSeverity());

    [Fact]
    public void EveryIssueDefinition_ThatQuotesAShould_IsAWarning_AndAMust_AnError()
    {
        Assert.All(Definitions.Values, d => Assert.Equal(d.Modality.DefaultSeverity(), d.DefaultSeverity));
        Assert.Equal(Severity.Warning, InitiativeImpactRule.InitiationDocumentMissing.DefaultSeverity);          // 004 l.2284 "should be commenced"
        Assert.Equal(Severity.Error, InitiativeImpactRule.ExpectedImpactMissing.DefaultSeverity);              // 004 l.2037 "will be required"
        Assert.Equal(Severity.Information, AdoptOrAdaptRule.AdaptationNotApproved.DefaultSeverity);            // 003 l.191 "It is suggested"
        Assert.Equal(Severity.Information, RiskRegisterAndEscalationRule.HighRiskNotEscalated.DefaultSeverity); // 001 l.234 "can escalate"
        Assert.Equal(Severity.Warning, WiderMembersRule.None.DefaultSeverity);                                 // 001 l.118 "should include"
    }

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property EveryIssueRaised_WithDefaultOptions_HasItsDefinitionsSeverity() =>
        Prop.ForAll(DomainArb.Community, t =>
        {
            var (community, asOf) = t;
            var report = new OperatingModelValidator().Validate(community, asOf);
            Assert.All(report.Issues, i =>
            {
                Assert.True(Definitions.TryGetValue(i.Code, out var d), $"{i.Code} has no issue definition.");
                Assert.Equal(d!.DefaultSeverity, i.Severity);
            });
        });

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property AnOverride_SetsTheSeverityOfEveryIssueOfItsCode_AndNoOther() =>
        Prop.ForAll(DomainArb.Community, Arb.From(Gen.Elements(Enum.GetValues<Severity>())), (t, severity) =>
        {
            var (community, asOf) = t;
            var plain = new OperatingModelValidator().Validate(community, asOf);
            if (plain.Issues.IsEmpty)
            {
                return;
            }

            var code = plain.Issues[0].Code;
            var options = new OperatingModelOptions { SeverityOverrides = System.Collections.Immutable.ImmutableDictionary<IssueCode, Severity>.Empty.Add(code, severity) };
            var raised = new OperatingModelValidator(options).Validate(community, asOf);
            Assert.Equal(plain.Issues.Length, raised.Issues.Length);
            Assert.All(raised.Issues, i => Assert.Equal(i.Code == code ? severity : Definitions[i.Code].DefaultSeverity, i.Severity));
        });
}
