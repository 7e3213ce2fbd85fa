using CareCommunity.Domain.Quality.Maturity;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

public sealed class MaturityMatrixTests
{
    private static MaturityLevel[] Levels(params int[] scores) => [.. scores.Select(s => new MaturityLevel(s, $"level {s}"))];

    [Fact]
    public void Scirocco_HasTwelveDimensionsScoredZeroToFive()
    {
        var matrix = MaturityMatrix.Scirocco;
        Assert.Equal(12, matrix.Dimensions.Length);
        Assert.All(matrix.Dimensions, d =>
        {
            Assert.Equal([0, 1, 2, 3, 4, 5], d.Levels.Select(l => l.Score));
            Assert.All(d.Levels, l => Assert.False(string.IsNullOrWhiteSpace(l.Descriptor)));
        });
        Assert.Contains(matrix.Dimensions, d => d.Id == "readiness-to-change");
        Assert.Contains(matrix.Dimensions, d => d.Id == "capacity-building");
        Assert.Equal(ScoreAggregate.Median, matrix.Phases.Aggregate);
    }

    [Theory]
    [InlineData(0, DevelopmentPhase.Phase1)]
    [InlineData(1.5, DevelopmentPhase.Phase1)]
    [InlineData(2, DevelopmentPhase.Phase2)]
    [InlineData(3, DevelopmentPhase.Phase2)]
    [InlineData(3.5, DevelopmentPhase.Phase3)]
    [InlineData(5, DevelopmentPhase.Phase3)]
    public void DefaultPhaseMapping_BandsTheMedian(double aggregate, DevelopmentPhase expected)
    {
        Assert.Equal(expected, PhaseMapping.Default.PhaseOf((decimal)aggregate));
    }

    [Fact]
    public void Create_OwnMatrix_IsAccepted()
    {
        var mapping = PhaseMapping.Create(ScoreAggregate.Mean, 1, 2).Value;
        var matrix = MaturityMatrix.Create("local", "Local matrix", [new DimensionDefinition("leadership", "Leadership", Levels(1, 2, 3))], mapping).Value;
        Assert.Equal("leadership", Assert.Single(matrix.Dimensions).Id);
        Assert.True(matrix.TryGetDimension("leadership", out var d));
        Assert.Equal(3, d.MaximumScore);
        Assert.Equal(2m, mapping.Combine([1, 2, 3]));
    }

    [Fact]
    public void Create_DuplicateIdsUnorderedLevelsAndBlankDescriptors_AreLocatedIssues()
    {
        var result = MaturityMatrix.Create("local", "Local",
        [
            new DimensionDefinition("a", "A", Levels(0, 1)),
            new DimensionDefinition("a", "A again", Levels(0, 1)),
            new DimensionDefinition("b", "B", [new MaturityLevel(1, "one"), new MaturityLevel(1, "again")]),
            new DimensionDefinition("c", "C", [new MaturityLevel(0, " "), new MaturityLevel(1, "one")]),
        ]);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Issues, i => i.Code.ToString() == "maturity.matrix.duplicate-dimension-id" && i.Location.ToString() == "$.dimensions[1].id");
        Assert.Contains(result.Issues, i => i.Code.ToString() == "maturity.matrix.levels-out-of-order" && i.Location.ToString() == "$.dimensions[2].levels[1].score");
        Assert.Contains(result.Issues, i => i.Code.ToString() == "maturity.matrix.descriptor-missing" && i.Location.ToString() == "$.dimensions[3].levels[0].descriptor");
    }

    [Fact]
    public void Create_Nothing_IsRefusedNotThrown()
    {
        var result = MaturityMatrix.Create(null, null, null);
        Assert.False(result.IsSuccess);
        Assert.Equal(3, result.Issues.Length);
    }

    [Fact]
    public void PhaseMapping_ThresholdsOutOfOrder_IsRefused()
    {
        Assert.False(PhaseMapping.Create(ScoreAggregate.Median, 3, 2).IsSuccess);
    }
}
