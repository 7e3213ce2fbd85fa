using System.Collections.Immutable;
using System.Text;
using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.Governance.Disputes;

/// <summary>
/// One step the dispute resolution process allows: from a state, on an event, to a state, under a condition, with the
/// sentence of the Memorandum it follows. <see cref="DisputeProcess.Transitions"/> is the whole process; the history
/// replays events through it and the Mermaid diagram is drawn from it.
/// </summary>
/// <param name="From">The state before.</param>
/// <param name="Event">The event.</param>
/// <param name="To">The state after.</param>
/// <param name="Condition">When this step applies (empty when always), in the Memorandum's words where it has them.</param>
/// <param name="Source">The sentence it follows.</param>
public sealed record DisputeTransition(DisputeState From, DisputeEventKind Event, DisputeState To, string Condition, SourceQuote Source)
{
    /// <summary>Whether the step exists under the options (the stage III trigger); always true otherwise.</summary>
    internal Func<DisputeOptions, bool> AppliesUnder { get; init; } = static _ => true;

    /// <summary>For events with two outcomes (votes): whether this step is the one the event takes.</summary>
    internal Func<DisputeFacts, DisputeEvent, bool> Selects { get; init; } = static (_, _) => true;

    /// <inheritdoc />
    public override string ToString() =>
        $"{ModelText.Of(From)} --{ModelText.Of(Event)}--> {ModelText.Of(To)}{(Condition.Length == 0 ? "" : $" [{Condition}]")}";
}

/// <summary>
/// The dispute resolution process of the Memorandum (MOU-7, 004 l.1298-1302 and Annex 4 l.1616-1624) as a state model:
/// the states, the stage of each, the steps allowed, and a Mermaid <c>stateDiagram-v2</c> drawn from those steps.
/// </summary>
public static class DisputeProcess
{
    private static readonly ImmutableArray<DisputeState> ResolvableByAgreement =
    [
        DisputeState.GoodFaith, DisputeState.GoodFaithFailed, DisputeState.PlaceOrSectorArrangement, DisputeState.StageOneExecutive,
        DisputeState.StageTwoChiefOfficer, DisputeState.StageTwoCoordinationGroup, DisputeState.StageTwoNoMajority,
        DisputeState.StageTwoNotAccepted, DisputeState.StageTwoBoardNoDecision, DisputeState.StageThreeFacilitator,
        DisputeState.StageFourBoard, DisputeState.StageFourNoMajority,
    ];

    /// <summary>Every step of the process, for every option (see <see cref="TransitionsUnder"/>).</summary>
    public static ImmutableArray<DisputeTransition> Transitions { get; } = Build();

    // The options decide the steps only through the stage III trigger.
    private static readonly Dictionary<StageThreeTrigger, ImmutableArray<DisputeTransition>> ByTrigger =
        Enum.GetValues<StageThreeTrigger>().ToDictionary(t => t, t => Reachable(DisputeOptions.Default with { StageThreeTrigger = t }));

    /// <summary>The steps that exist under <paramref name="options"/>, from the states reachable from
    /// <see cref="DisputeState.NotRaised"/> under them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The steps, in table order.</returns>
    public static ImmutableArray<DisputeTransition> TransitionsUnder(DisputeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ByTrigger[options.StageThreeTrigger];
    }

    private static ImmutableArray<DisputeTransition> Reachable(DisputeOptions options)
    {
        var applying = Transitions.Where(t => t.AppliesUnder(options)).ToArray();
        var reached = new HashSet<DisputeState> { DisputeState.NotRaised };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var t in applying.Where(t => reached.Contains(t.From)))
            {
                grew |= reached.Add(t.To);
            }
        }

        return [.. applying.Where(t => reached.Contains(t.From))];
    }

    /// <summary>The stage a state belongs to.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Its stage.</returns>
    public static DisputeStage StageOf(DisputeState state) => state switch
    {
        DisputeState.NotRaised => DisputeStage.None,
        DisputeState.GoodFaith or DisputeState.GoodFaithFailed or DisputeState.PlaceOrSectorArrangement => DisputeStage.BeforeTheProcess,
        DisputeState.StageOneExecutive => DisputeStage.StageI,
        DisputeState.StageThreeFacilitator => DisputeStage.StageIII,
        DisputeState.StageFourBoard or DisputeState.StageFourNoMajority or DisputeState.StageFourDecided => DisputeStage.StageIV,
        DisputeState.Resolved or DisputeState.FinallyResolved => DisputeStage.Closed,
        _ => DisputeStage.StageII,
    };

    /// <summary>True for the states in which the dispute is closed.</summary>
    /// <param name="state">The state.</param>
    /// <returns>True when resolved or finally resolved.</returns>
    public static bool IsClosed(DisputeState state) => state is DisputeState.Resolved or DisputeState.FinallyResolved;

    /// <summary>A state in words, as the diagram labels it.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The description.</returns>
    public static string Describe(DisputeState state) => state switch
    {
        DisputeState.NotRaised => "No dispute raised",
        DisputeState.GoodFaith => "Partners attempt to resolve in good faith",
        DisputeState.GoodFaithFailed => "Good-faith attempt failed",
        DisputeState.PlaceOrSectorArrangement => "Place or sector-based arrangements (where necessary)",
        DisputeState.StageOneExecutive => "I. Partnership Executive seeks to resolve (30 days)",
        DisputeState.StageTwoChiefOfficer => "II. Referred to the Partnership Chief Officer",
        DisputeState.StageTwoCoordinationGroup => "II. Co-ordination Group considers the issues",
        DisputeState.StageTwoNoMajority => "II. Co-ordination Group vote without a majority",
        DisputeState.StageTwoRecommended => "II. Recommendation by majority decision",
        DisputeState.StageTwoAdvised => "II. Affected Partners advised in writing",
        DisputeState.StageTwoNotAccepted => "II. The parties do not accept the decision",
        DisputeState.StageTwoBoardNoDecision => "II. Board cannot come to a decision",
        DisputeState.StageThreeFacilitator => "III. Independent facilitator selected by the Chief Officer",
        DisputeState.StageFourBoard => "IV. Referred back to the Partnership Board for final resolution",
        DisputeState.StageFourNoMajority => "IV. Board vote without a majority",
        DisputeState.StageFourDecided => "IV. Board decided by majority",
        DisputeState.Resolved => "Resolved",
        DisputeState.FinallyResolved => "Finally resolved by the Partnership Board",
        _ => state.ToString(),
    };

    /// <summary>
    /// The process as a Mermaid <c>stateDiagram-v2</c>, drawn from <see cref="TransitionsUnder"/>: one line per step,
    /// labelled with its event and condition; closed states lead to the end marker.
    /// </summary>
    /// <param name="options">The options (they decide which stage III steps exist); the defaults when null.</param>
    /// <returns>The diagram's text.</returns>
    public static string ToMermaid(DisputeOptions? options = null)
    {
        var steps = TransitionsUnder(options ?? DisputeOptions.Default);
        var states = steps.SelectMany(t => new[] { t.From, t.To }).Distinct().Where(s => s != DisputeState.NotRaised).OrderBy(s => s).ToArray();
        var w = new StringBuilder();
        w.Append("stateDiagram-v2\n");
        foreach (var state in states)
        {
            w.Append("    state \"").Append(Describe(state)).Append("\" as ").Append(state).Append('\n');
        }

        foreach (var t in steps)
        {
            var from = t.From == DisputeState.NotRaised ? "[*]" : t.From.ToString();
            w.Append("    ").Append(from).Append(" --> ").Append(t.To).Append(" : ").Append(ModelText.Of(t.Event));
            if (t.Condition.Length > 0)
            {
                w.Append(" [").Append(t.Condition.Replace(":", " -", StringComparison.Ordinal).Replace(";", ",", StringComparison.Ordinal)).Append(']');
            }

            w.Append('\n');
        }

        foreach (var closed in states.Where(IsClosed))
        {
            w.Append("    ").Append(closed).Append(" --> [*]\n");
        }

        return w.ToString();
    }

    private static ImmutableArray<DisputeTransition> Build()
    {
        static bool CoordinationGroupTriggers(DisputeOptions o) => o.StageThreeTrigger != StageThreeTrigger.PartnershipBoard;
        static bool BoardTriggers(DisputeOptions o) => o.StageThreeTrigger != StageThreeTrigger.CoordinationGroup;
        static bool GroupMajority(DisputeFacts f, DisputeEvent e) => f.CoordinationGroupVote(e).IsMajority;
        static bool BoardMajority(DisputeFacts f, DisputeEvent e) => DisputeFacts.BoardVote(e).IsMajority;
        var list = new List<DisputeTransition>
        {
            new(DisputeState.NotRaised, DisputeEventKind.DisputeRaised, DisputeState.GoodFaith, "", DisputeQuotes.ReferredByAffected),
            new(DisputeState.GoodFaith, DisputeEventKind.GoodFaithAttemptFailed, DisputeState.GoodFaithFailed, "", DisputeQuotes.GoodFaith),
            new(DisputeState.GoodFaithFailed, DisputeEventKind.PlaceOrSectorArrangementUsed, DisputeState.PlaceOrSectorArrangement, "where necessary", DisputeQuotes.PlaceOrSector),
            new(DisputeState.GoodFaithFailed, DisputeEventKind.ReferredToPartnershipExecutive, DisputeState.StageOneExecutive, "cannot otherwise be agreed", DisputeQuotes.ProcessApplies),
            new(DisputeState.PlaceOrSectorArrangement, DisputeEventKind.ReferredToPartnershipExecutive, DisputeState.StageOneExecutive, "cannot otherwise be agreed", DisputeQuotes.ProcessApplies),
            new(DisputeState.StageOneExecutive, DisputeEventKind.ReferredToChiefOfficer, DisputeState.StageTwoChiefOfficer, "cannot resolve within 30 days", DisputeQuotes.StageOne),
            new(DisputeState.StageTwoChiefOfficer, DisputeEventKind.CoordinationGroupInvolved, DisputeState.StageTwoCoordinationGroup, "will, likely", DisputeQuotes.StageOne),
            new(DisputeState.StageTwoCoordinationGroup, DisputeEventKind.CoordinationGroupVoted, DisputeState.StageTwoRecommended, "majority of those not affected", DisputeQuotes.StageTwo) { Selects = GroupMajority },
            new(DisputeState.StageTwoCoordinationGroup, DisputeEventKind.CoordinationGroupVoted, DisputeState.StageTwoNoMajority, "no majority", DisputeQuotes.StageTwo) { Selects = (f, e) => !GroupMajority(f, e) },
            new(DisputeState.StageTwoNoMajority, DisputeEventKind.CoordinationGroupVoted, DisputeState.StageTwoRecommended, "majority of those not affected", DisputeQuotes.StageTwo) { Selects = GroupMajority },
            new(DisputeState.StageTwoNoMajority, DisputeEventKind.CoordinationGroupVoted, DisputeState.StageTwoNoMajority, "no majority", DisputeQuotes.StageTwo) { Selects = (f, e) => !GroupMajority(f, e) },
            new(DisputeState.StageTwoRecommended, DisputeEventKind.AffectedPartnersAdvisedInWriting, DisputeState.StageTwoAdvised, "", DisputeQuotes.StageTwoAdvice),
            new(DisputeState.StageTwoAdvised, DisputeEventKind.RecommendationAccepted, DisputeState.Resolved, "", DisputeQuotes.StageThree),
            new(DisputeState.StageTwoAdvised, DisputeEventKind.RecommendationRejected, DisputeState.StageTwoNotAccepted, "the parties do not accept the decision", DisputeQuotes.StageThree),
            new(DisputeState.StageTwoNoMajority, DisputeEventKind.ReferredToIndependentFacilitator, DisputeState.StageThreeFacilitator, "the Co-ordination Group cannot come to a decision", DisputeQuotes.StageThree) { AppliesUnder = CoordinationGroupTriggers },
            new(DisputeState.StageTwoCoordinationGroup, DisputeEventKind.PartnershipBoardCouldNotDecide, DisputeState.StageTwoBoardNoDecision, "Board cannot come to a decision", DisputeQuotes.StageThree) { AppliesUnder = BoardTriggers },
            new(DisputeState.StageTwoNoMajority, DisputeEventKind.PartnershipBoardCouldNotDecide, DisputeState.StageTwoBoardNoDecision, "Board cannot come to a decision", DisputeQuotes.StageThree) { AppliesUnder = BoardTriggers },
            new(DisputeState.StageTwoAdvised, DisputeEventKind.PartnershipBoardCouldNotDecide, DisputeState.StageTwoBoardNoDecision, "Board cannot come to a decision", DisputeQuotes.StageThree) { AppliesUnder = BoardTriggers },
            new(DisputeState.StageTwoNotAccepted, DisputeEventKind.ReferredToIndependentFacilitator, DisputeState.StageThreeFacilitator, "", DisputeQuotes.StageThree),
            new(DisputeState.StageTwoBoardNoDecision, DisputeEventKind.ReferredToIndependentFacilitator, DisputeState.StageThreeFacilitator, "", DisputeQuotes.StageThree),
            new(DisputeState.StageThreeFacilitator, DisputeEventKind.FacilitatorCouldNotResolve, DisputeState.StageFourBoard, "in the unlikely event", DisputeQuotes.StageFour),
            new(DisputeState.StageFourBoard, DisputeEventKind.PartnershipBoardVoted, DisputeState.StageFourDecided, "majority decision", DisputeQuotes.StageFour) { Selects = BoardMajority },
            new(DisputeState.StageFourBoard, DisputeEventKind.PartnershipBoardVoted, DisputeState.StageFourNoMajority, "no majority", DisputeQuotes.StageFour) { Selects = (f, e) => !BoardMajority(f, e) },
            new(DisputeState.StageFourNoMajority, DisputeEventKind.PartnershipBoardVoted, DisputeState.StageFourDecided, "majority decision", DisputeQuotes.StageFour) { Selects = BoardMajority },
            new(DisputeState.StageFourNoMajority, DisputeEventKind.PartnershipBoardVoted, DisputeState.StageFourNoMajority, "no majority", DisputeQuotes.StageFour) { Selects = (f, e) => !BoardMajority(f, e) },
            new(DisputeState.StageFourDecided, DisputeEventKind.PartiesAdvisedOfBoardDecision, DisputeState.FinallyResolved, "", DisputeQuotes.StageFour),
        };
        list.AddRange(ResolvableByAgreement.Select(s => new DisputeTransition(s, DisputeEventKind.ResolvedByAgreement, DisputeState.Resolved,
            "to the mutual satisfaction of each of the affected parties", DisputeQuotes.StageOne)));
        return [.. list];
    }
}
