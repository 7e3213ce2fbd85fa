using CareCommunity.Domain.Quality.Maturity;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Quality.Tests.Maturity.MaturityFixtures;

namespace CareCommunity.Domain.Quality.Tests.Maturity;

public sealed class MaturityPropertyTests
{
    private static readonly FreedomKind[] Kinds = Enum.GetValues<FreedomKind>();

    private static MaturityRecord RecordOf(int[] objective, int[] subjective, int[] dayOffsets)
    {
        var assessments = new List<MaturityAssessment>();
        for (var i = 0; i < objective.Length; i++)
        {
            var day = Jan2021.PlusDays(Math.Abs(dayOffsets.Length == 0 ? i : dayOffsets[i % dayOffsets.Length] % 900));
            assessments.Add(Objective(Dimensions[i % Dimensions.Count], day, Math.Abs(objective[i] % 6)));
        }

        for (var i = 0; i < subjective.Length; i++)
        {
            assessments.Add(Subjective(Dimensions[i % Dimensions.Count], Jan2021.PlusDays(i % 900), Math.Abs(subjective[i] % 6)));
        }

        return Record(assessments);
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public void MayExercise_GrantsNeverExceedTheObjectivelyAssessedPhase(int[] objective, int[] subjective, int[] days, PositiveInt offset, int kind)
    {
        var record = RecordOf(objective, subjective, days);
        var on = Jan2021.PlusDays(offset.Get % 1000);
        var standing = record.Standing(AssessmentKind.Objective, on);
        var allowed = standing is null ? [] : record.Framework.At(standing.Phase);
        var answer = record.MayExercise(new FreedomRequest(Kinds[Math.Abs(kind % Kinds.Length)]), on);
        if (answer.Value.IsGranted)
        {
            Assert.Contains(answer.Value.AsT0.Freedom, allowed);
        }

        Assert.All(record.FreedomsOn(on), f => Assert.Contains(f, allowed));
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public void MayExercise_ASubjectiveAssessmentNeverChangesWhatIsGranted(int[] objective, int[] subjective, PositiveInt offset, int kind)
    {
        var without = RecordOf(objective, [], []);
        var with = RecordOf(objective, subjective, []);
        var on = Jan2021.PlusDays(offset.Get % 1000);
        var request = new FreedomRequest(Kinds[Math.Abs(kind % Kinds.Length)]);
        Assert.Equal(without.MayExercise(request, on).Value.IsGranted, with.MayExercise(request, on).Value.IsGranted);
        Assert.Equal(without.FreedomsOn(on), with.FreedomsOn(on));
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public void Consensus_MedianLiesBetweenMinimumAndMaximum(NonEmptyArray<int> scores, PositiveInt splitRange)
    {
        var c = Consensus.Of(scores.Get, new ConsensusOptions(splitRange.Get)).Value;
        Assert.InRange(c.Median, c.Minimum, c.Maximum);
        Assert.Equal(scores.Get.Min(), c.Minimum);
        Assert.Equal(c.Range >= splitRange.Get, c.IsUncertain);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public void Factories_NeverThrow_OnArbitraryInput(string? id, string? name, string?[]? dimensionIds, string?[]? descriptors, int[]? scores, int score, int basis)
    {
        var levels = (descriptors ?? []).Select((d, i) => (MaturityLevel?)new MaturityLevel(scores is { Length: > 0 } ? scores[i % scores.Length] : i, d!)).ToArray();
        var dims = (dimensionIds ?? []).Select(d => (DimensionDefinition?)new DimensionDefinition(d, name, levels)).ToArray();
        var matrix = MaturityMatrix.Create(id, name, dims);
        Assert.True(matrix.IsSuccess || matrix.Issues.Length > 0);
        var subjective = MaturityAssessment.Subjective(id, Jan2021, score, dimensionIds);
        var objective = MaturityAssessment.Objective(id, Jan2021, score, (ObjectiveBasis)basis, name);
        Assert.True(subjective.IsSuccess || subjective.Issues.Length > 0);
        Assert.True(objective.IsSuccess || objective.Issues.Length > 0);
        var record = MaturityRecord.Create(id, matrix.ValueOrDefault, [subjective.ValueOrDefault, objective.ValueOrDefault],
            null, [new NamedLead(name!, id!, Jan2021)]);
        Assert.True(record.IsSuccess || record.Issues.Length > 0);
        var mapping = PhaseMapping.Create((ScoreAggregate)basis, score, (decimal)score - basis);
        Assert.True(mapping.IsSuccess || mapping.Issues.Length > 0);
        var framework = FreedomFramework.Create([new((DevelopmentPhase)basis, [new Freedom((FreedomKind)score, Money.FromPounds(basis), score)])]);
        Assert.True(framework.IsSuccess || framework.Issues.Length > 0);
        Assert.True(Consensus.Of(scores, new ConsensusOptions(basis)).Issues.Length >= 0);
    }
}
