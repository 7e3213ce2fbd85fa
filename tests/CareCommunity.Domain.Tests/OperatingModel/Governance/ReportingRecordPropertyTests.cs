using CareCommunity.Domain.OperatingModel;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareCommunity.Domain.Tests.OperatingModel.Governance;

/// <summary>Properties of the CC-6 cadence evaluation.</summary>
public sealed class ReportingRecordPropertyTests
{
    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Evaluate_AddingASubmission_NeverMakesAnyStatusWorse() =>
        Prop.ForAll(
            (from scenario in DomainGen.ReportingScenario
            from extra in DomainGen.Submissions(scenario.Record.Start).Where(a => a.Length > 0).Select(a => a[0])
            from cadence in DomainGen.Cadence
            select (scenario.Record, scenario.AsOf, extra, cadence))
            .ShrinkingWith(t => DomainArb.ShrinkRecord(t.Record).Select(r => t with { Record = r })
                .Concat(DomainArb.ShrinkCadence(t.cadence).Select(c => t with { cadence = c }))),
            t =>
            {
                var before = t.Record.Evaluate(t.AsOf, t.cadence);
                var after = (t.Record with { Submissions = t.Record.Submissions.Add(t.extra) }).Evaluate(t.AsOf, t.cadence);
                Assert.Equal(before.Length, after.Length);
                for (var i = 0; i < before.Length; i++)
                {
                    // Met stays Met (never Overdue); Due never becomes Overdue; Overdue may only become Met.
                    Assert.True(after[i].State <= before[i].State || after[i].State == ReportingState.Met,
                        $"{before[i].State} became {after[i].State}");
                    if (before[i].State == ReportingState.Met)
                    {
                        Assert.Equal(ReportingState.Met, after[i].State);
                        Assert.True(after[i].MetOn <= before[i].MetOn);
                    }
                }
            });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Evaluate_MovingAsOfLater_NeverTurnsOverdueBackIntoDueAndKeepsMet() =>
        Prop.ForAll(
            (from scenario in DomainGen.ReportingScenario
            from days in Gen.Choose(0, 200)
            from cadence in DomainGen.Cadence
            select (scenario.Record, scenario.AsOf, Later: scenario.AsOf.PlusDays(days), cadence))
            .ShrinkingWith(t => DomainArb.ShrinkRecord(t.Record).Select(r => t with { Record = r })
                .Concat(DomainArb.ShrinkCadence(t.cadence).Select(c => t with { cadence = c }))),
            t =>
            {
                var earlier = t.Record.Evaluate(t.AsOf, t.cadence);
                var later = t.Record.Evaluate(t.Later, t.cadence);
                Assert.True(later.Length >= earlier.Length);
                for (var i = 0; i < earlier.Length; i++)
                {
                    Assert.Equal((earlier[i].Obligation, earlier[i].PeriodStart), (later[i].Obligation, later[i].PeriodStart));
                    if (earlier[i].State == ReportingState.Overdue)
                    {
                        Assert.Equal(ReportingState.Overdue, later[i].State);
                    }

                    if (earlier[i].State == ReportingState.Met)
                    {
                        Assert.Equal(ReportingState.Met, later[i].State);
                    }
                }
            });

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property Evaluate_StatusCount_IsObligationsTimesPeriodsStarted() =>
        Prop.ForAll(
            (from scenario in DomainGen.ReportingScenario
            from cadence in DomainGen.Cadence
            select (scenario.Record, scenario.AsOf, cadence))
            .ShrinkingWith(t => DomainArb.ShrinkRecord(t.Record).Select(r => t with { Record = r })
                .Concat(DomainArb.ShrinkCadence(t.cadence).Select(c => t with { cadence = c }))),
            t =>
            {
                var statuses = t.Record.Evaluate(t.AsOf, t.cadence);
                var starts = statuses.Select(s => s.PeriodStart).Distinct().ToArray();
                Assert.Equal(t.cadence.Obligations.Count * starts.Length, statuses.Length);
                Assert.Equal(t.AsOf < t.Record.Start, starts.Length == 0);
                if (starts.Length > 0)
                {
                    Assert.Equal(t.Record.Start, starts[0]);
                    Assert.All(starts, s => Assert.True(s <= t.AsOf));
                    var dueDates = statuses.Select(s => s.DueDate).Distinct().ToArray();
                    for (var i = 1; i < starts.Length; i++)
                    {
                        Assert.Equal(dueDates[i - 1].PlusDays(1), starts[i]);
                    }

                    // The period after the last one listed has not started yet.
                    Assert.True(dueDates[^1].PlusDays(1) > t.AsOf);
                }
            });
}
