using CareCommunity.Domain.Json.Tests.Support;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.Tests;

public sealed class EnumTextTests
{
    /// <summary>Every enum the JSON formats spell: those the contracts name, and the report's severity and kind.</summary>
    public static TheoryData<Type> EnumsInJson() => [.. ContractTypes.EnumsInContracts, typeof(Severity), typeof(IssueKind)];

    [Fact]
    public void EnumsInContracts_CoverTheDocumentsEnums()
    {
        Type[] expected =
        [
            typeof(PartnerKind), typeof(Profession), typeof(CoreRole), typeof(LeadershipRole), typeof(WiderMemberKind),
            typeof(ReportingObligation), typeof(RiskStatus), typeof(OfferScope), typeof(InitiativeAim), typeof(FavouredPlanKind),
            typeof(ElementImportance), typeof(AdoptionMode),
            typeof(Quality.Maturity.AssessmentKind), typeof(Quality.Maturity.ObjectiveBasis), typeof(Quality.Maturity.ScoreAggregate),
            typeof(Quality.Maturity.FreedomKind), typeof(Quality.Planning.IntelligenceSource), typeof(Quality.Control.ImprovementDirection),
            // The measure-series document and the SPC result (carecommunity spc).
            typeof(Quality.Control.VariationIcon), typeof(Quality.Control.AssuranceIcon),
            typeof(Quality.Control.ConflictResolution), typeof(Quality.Control.TargetOnLimit), typeof(Quality.Control.SpecialCauseRule),
            typeof(Quality.Control.SignalSide),
            // The meeting and dispute documents (carecommunity decide, dispute).
            typeof(Domain.Governance.Applicability.MemorandumElement), typeof(Domain.Governance.Applicability.ApplicabilityColumn), typeof(Domain.Governance.Board.BoardSeat),
            typeof(Domain.Governance.Partners.SubRegion), typeof(Domain.Governance.Decisions.DecisionLevel), typeof(Domain.Governance.Decisions.FundingMatter),
            typeof(Domain.Governance.Decisions.Position), typeof(Domain.Governance.Decisions.RecordedOutcome), typeof(Domain.Governance.Decisions.SeventyFivePercentBase),
            typeof(Domain.Governance.Decisions.ConsensusDefinition), typeof(Domain.Governance.Disputes.DisputeMatterKind), typeof(Domain.Governance.Disputes.DisputeEventKind),
            typeof(Domain.Governance.Disputes.WindowReading), typeof(Domain.Governance.Disputes.WindowStart), typeof(Domain.Governance.Disputes.EarlyReferral),
            typeof(Domain.Governance.Disputes.StageThreeTrigger),
        ];

        Assert.Equal(expected.OrderBy(t => t.Name, StringComparer.Ordinal), ContractTypes.EnumsInContracts);
    }

    [Theory]
    [MemberData(nameof(EnumsInJson))]
    public void FormatThenTryParse_EveryValue_RoundTrips(Type enumType)
    {
        var check = typeof(EnumTextTests).GetMethod(nameof(RoundTrip), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(enumType);
        check.Invoke(null, null);
    }

    [Theory]
    [MemberData(nameof(EnumsInJson))]
    public void AllowedValues_EveryEnum_AreDistinctCamelCaseNamesInDeclarationOrder(Type enumType)
    {
        var allowed = EnumText.AllowedValues(enumType);

        Assert.Equal(Enum.GetNames(enumType).Length, allowed.Count);
        Assert.Equal(allowed.Count, allowed.Distinct(StringComparer.Ordinal).Count());
        Assert.All(allowed, v => Assert.Matches("^[a-z][A-Za-z0-9]*$", v));
        Assert.Equal(Enum.GetNames(enumType).Select(n => char.ToLowerInvariant(n[0]) + n[1..]), allowed);
    }

    [Fact]
    public void Format_KnownValues_AreCamelCase()
    {
        Assert.Equal("pcnClinicalDirector", EnumText.Format(CoreRole.PcnClinicalDirector));
        Assert.Equal("cwpMentalHealth", EnumText.Format(CoreRole.CwpMentalHealth));
        Assert.Equal("businessRule", EnumText.Format(IssueKind.BusinessRule));
        Assert.Equal("information", EnumText.Format(Severity.Information));
    }

    [Theory]
    [InlineData("PcnClinicalDirector")]
    [InlineData("PCNCLINICALDIRECTOR")]
    [InlineData("pcnclinicaldirector")]
    [InlineData(" pcnClinicalDirector")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotExactlyAName_IsFalse(string? text)
    {
        Assert.False(EnumText.TryParse<CoreRole>(text, out var value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void AllowedValues_Null_Throws() => Assert.Throws<ArgumentNullException>(() => EnumText.AllowedValues(null!));

    private static void RoundTrip<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var text = EnumText.Format(value);
            Assert.True(EnumText.TryParse<TEnum>(text, out var back), $"{typeof(TEnum).Name}.{value} as '{text}' does not parse.");
            Assert.Equal(value, back);
            Assert.Contains(text, EnumText.AllowedValues(typeof(TEnum)));
        }
    }
}
