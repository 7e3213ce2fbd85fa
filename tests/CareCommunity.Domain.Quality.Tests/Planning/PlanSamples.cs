using CareCommunity.Domain.Quality.Control;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Quality.Planning;
using NodaTime;

namespace CareCommunity.Domain.Quality.Tests.Planning;

internal static class PlanSamples
{
    public static readonly PersonId Lead = PersonId.Create("p-lead");
    public static readonly PersonId Coach = PersonId.Create("p-coach");
    public static readonly PersonId Outsider = PersonId.Create("p-outsider");
    public static readonly LocalDate AsOf = new(2024, 3, 15);   // within 2023/24

    public static QualityGoal Goal(string id, int year = 2023, PersonId? owner = null, decimal? target = 5m, ImprovementDirection direction = ImprovementDirection.Down) =>
        new(QualityGoalId.Create(id), $"Goal {id}", FinancialYear.Starting(year), IntelligenceSource.Incidents, "falls with harm per month", target, direction, owner ?? Lead);

    public static QualityPlan Plan(params QualityGoal?[] goals) => new()
    {
        Community = CareCommunityId.Create("nantwich-and-rural"),
        LeadershipTeam = [Lead, Coach],
        Goals = [.. goals],
    };

    public static QualityPlan Valid => Plan(Goal("falls"), Goal("pressure-ulcers", owner: Coach));

    public static QualityPlanContext Context(LocalDate? asOf = null, QualityOptions? options = null) => new(asOf ?? AsOf, options ?? QualityOptions.Default);

    public static QualityImprovement Improvement(string goal, params string[] measures) => new(QualityGoalId.Create(goal),
        new Initiative(InitiativeId.Create("falls-qi"), "Falls QI", InitiativeAim.ReleasingCapacity, [],
            new ExpectedImpact("s", "m", "l"), new ProjectInitiationDocument("PID-1", null), OfferScope.LocalVariation), [.. measures]);
}
