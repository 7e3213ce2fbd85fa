using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.PopulationHealth;
using SyntheticDiagnoses = CareCommunity.Domain.Json.PopulationHealth.SyntheticDiagnoses;

namespace CareCommunity.Domain.Json.Tests.PopulationHealth.Synthetic;

/// <summary>The generator's wire names and codes against the domain package (ConditionNames, Icd10Mapping.Default).</summary>
public sealed class SyntheticDiagnosesTests
{
    [Fact]
    public void ConditionNames_AreTheDomainsInItsOrder() =>
        Assert.Equal(Enum.GetValues<Condition>().Select(ConditionNames.Name), ResidentContract.ConditionNames);

    [Fact]
    public void ConditionCodes_EachMapsToItsConditionByTheShippedMapping()
    {
        for (var c = 0; c < SyntheticDiagnoses.ByCondition.Length; c++)
        {
            foreach (var code in SyntheticDiagnoses.ByCondition[c].Select(i => SyntheticDiagnoses.Codes[i]))
            {
                Assert.True(Icd10Mapping.Default.TryMap(code, out var finding), $"{code} is not mapped");
                Assert.Equal(CodedFinding.Of((Condition)c), finding);
            }
        }
    }

    [Fact]
    public void FlagCodes_MapToLearningDisabilityAutismAndSeriousMentalIllness()
    {
        foreach (var (codes, expected) in new[]
        {
            (SyntheticDiagnoses.LearningDisability, CodedFinding.LearningDisability),
            (SyntheticDiagnoses.Autism, CodedFinding.Autism),
            (SyntheticDiagnoses.SeriousMentalIllness, CodedFinding.SeriousMentalIllness),
        })
        {
            Assert.All(codes.Select(i => SyntheticDiagnoses.Codes[i]), code =>
            {
                Assert.True(Icd10Mapping.Default.TryMap(code, out var finding), $"{code} is not mapped");
                Assert.Equal(expected, finding);
            });
        }
    }

    [Fact]
    public void UnknownCodes_AreNotMapped() =>
        Assert.All(SyntheticDiagnoses.Unknown.Select(i => SyntheticDiagnoses.Codes[i]), code => Assert.False(Icd10Mapping.Default.TryMap(code, out _), code));
}
