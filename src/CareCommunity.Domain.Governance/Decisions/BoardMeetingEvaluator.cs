using System.Collections.Immutable;
using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Governance.Board;
using CareCommunity.Domain.Governance.Partners;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Decisions;

/// <summary>
/// Evaluates a matter put to the Partnership Board at a meeting, as the Memorandum says: the decision level (MOU-2),
/// the Board's powers (MOU-3), eligibility by Annex 1 (MOU-6), quorum and consensus (MOU-4), and, without consensus,
/// the 75% rule for capital and transformation-funding matters or referral to dispute resolution (MOU-5).
/// </summary>
/// <remarks>Pure and thread-safe; never throws for bad data: a meeting that does not hold together gives a failure
/// with located issues (<see cref="MeetingIntegrity"/>).</remarks>
public static class BoardMeetingEvaluator
{
    /// <summary>Evaluates a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="memorandum">The memorandum; <see cref="Memorandum.Draft2020"/> when null.</param>
    /// <param name="options">The options; <see cref="GovernanceOptions.Default"/> when null.</param>
    /// <returns>The evaluation with its explanation, or the issues that stop the meeting being read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static Result<Explained<MeetingEvaluation>> Evaluate(BoardMeeting meeting, Memorandum? memorandum = null, GovernanceOptions? options = null)
    {
        Guard.Against.Null(meeting);
        memorandum ??= Memorandum.Draft2020;
        options ??= GovernanceOptions.Default;
        var issues = Validate(meeting, memorandum);
        if (issues.Count > 0)
        {
            return Result<Explained<MeetingEvaluation>>.Failure(issues);
        }

        return Result<Explained<MeetingEvaluation>>.Success(Decide(meeting, memorandum, options));
    }

    /// <summary>
    /// Evaluates a meeting under the version of the memorandum in force on the meeting's date (docs/decisions/0055): the
    /// version's own partners and applicability matrix decide eligibility. A date on which no version is in force is a
    /// failure (<c>meeting.no-memorandum-in-force</c>) with the reason and the neighbouring versions, never an answer
    /// under another version.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="history">The memorandum's versions with their texts.</param>
    /// <param name="options">The options; <see cref="GovernanceOptions.Default"/> when null.</param>
    /// <returns>The evaluation with its explanation, or the issues that stop it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or <paramref name="history"/> is null.</exception>
    public static Result<Explained<MeetingEvaluation>> EvaluateUnder(BoardMeeting meeting, Charter.MemorandumHistory history, GovernanceOptions? options = null)
    {
        Guard.Against.Null(meeting);
        Guard.Against.Null(history);
        return history.InForceOn(meeting.Date).Match(
            inForce => Evaluate(meeting, inForce.Memorandum, options),
            none => Result<Explained<MeetingEvaluation>>.Failure(
            [
                new ValidationIssue(MeetingIntegrity.NoMemorandumInForce.DefaultSeverity, MeetingIntegrity.NoMemorandumInForce.Kind, RuleIds.Consensus,
                    MeetingIntegrity.NoMemorandumInForce.Code, DocumentPath.Root.Property("date"), none.Message, ModelText.Date(meeting.Date)),
            ]));
    }

    private static Explained<MeetingEvaluation> Decide(BoardMeeting meeting, Memorandum memorandum, GovernanceOptions options)
    {
        var matter = meeting.Matter;
        var members = meeting.Board.Members.IsDefault ? [] : meeting.Board.Members;
        var presentIds = (meeting.Present.IsDefault ? [] : meeting.Present).ToHashSet();
        var present = members.Where(m => presentIds.Contains(m.Id)).ToArray();
        var eligible = members.Where(m => IsEligible(m, matter, memorandum, options)).ToArray();
        var eligiblePresent = eligible.Where(m => presentIds.Contains(m.Id)).ToArray();
        var eligibleIds = eligible.Select(m => m.Id).ToHashSet();
        var positions = (meeting.Positions.IsDefault ? [] : meeting.Positions).ToDictionary(p => p.Member, p => p.Position);
        var counted = eligiblePresent.Select(m => positions.TryGetValue(m.Id, out var p) ? (Position?)p : null).ToArray();
        var supporting = counted.Count(p => p == Position.Support);
        var objecting = counted.Count(p => p == Position.Object);
        var abstaining = counted.Count(p => p == Position.Abstain);
        var noPosition = counted.Count(p => p is null);
        var notCounted = positions.Keys.Where(id => !eligibleIds.Contains(id)).Order().ToImmutableArray();
        var quorum = options.Quorum.Check(meeting.Board, present);
        var consensus = eligiblePresent.Length > 0 && options.Consensus switch
        {
            ConsensusDefinition.Unanimity => supporting == eligiblePresent.Length,
            _ => supporting > 0 && objecting == 0,
        };

        var applications = new List<RuleApplication>();
        var levelText = ModelText.Of(matter.Level);
        applications.Add(RuleApplication.Of(RuleIds.DecisionLevels, matter.Level == DecisionLevel.WholePartnership,
            matter.Level switch
            {
                DecisionLevel.IndividualOrganisation => $"A decision for {matter.Organisation?.Value ?? "an individual organisation"}: the Memorandum does not affect the individual sovereignty of Partners (l.1284).",
                DecisionLevel.DelegatedToCollaborativeForum => $"A decision delegated to {matter.Forum ?? "a collaborative forum"}: disputes follow that forum's memorandum, not this one (l.1285).",
                _ => "A whole-Partnership decision, considered by the Partnership Board (l.1286, l.1290).",
            },
            Input("decisionLevel", levelText)));

        SeventyFivePercentTest? test = null;
        BoardOutcome outcome;
        if (matter.Level != DecisionLevel.WholePartnership)
        {
            outcome = BoardOutcome.Of(new OutsideMemorandum(matter.Level, matter.Forum, matter.Organisation,
                matter.Level == DecisionLevel.IndividualOrganisation ? MemorandumClauses.IndividualOrganisations : MemorandumClauses.DelegatedToForums));
        }
        else
        {
            var delegations = matter.PowersDelegatedBy.IsDefault ? [] : matter.PowersDelegatedBy;
            var byMembers = delegations.Where(d => memorandum.Partners.TryFind(d, out var p) && p.IsMember).Distinct().ToArray();
            var byOthers = delegations.Where(d => !byMembers.Contains(d)).Distinct().ToImmutableArray();
            applications.Add(RuleApplication.Of(RuleIds.DelegatedPowers, byMembers.Length == 0,
                byMembers.Length == 0
                    ? "No Partner has delegated formal powers on the matter: the Partnership Board will not act (l.1290)."
                    : $"{Count(byMembers.Length)} Partner(s) delegated formal powers on the matter to the Board.",
                Input("delegatedBy", string.Join(" ", byMembers.Select(d => d.Value))), Input("nonMemberDelegations", string.Join(" ", byOthers.Select(d => d.Value)))));
            applications.Add(Eligibility(matter, members, eligible, eligiblePresent, notCounted, options));
            if (byMembers.Length == 0)
            {
                outcome = BoardOutcome.Of(new OutsideBoardPowers(byOthers, MemorandumClauses.NoFormalPowers));
            }
            else
            {
                applications.Add(RuleApplication.Of(RuleIds.Consensus, quorum.IsQuorate && consensus,
                    !quorum.IsQuorate
                        ? $"The meeting was not quorate ({Count(quorum.Present)} of {Count(quorum.BoardSize)} members present; {Count(quorum.Required)} required by the rule '{quorum.Rule}'{(quorum.MissingSeatGroups.IsEmpty ? "" : "; no " + string.Join(", no ", quorum.MissingSeatGroups) + " member present")})."
                        : consensus
                            ? $"Consensus of the eligible members present ({ModelText.Of(options.Consensus)}): {Count(supporting)} support, {Count(objecting)} object, {Count(abstaining)} abstain, {Count(noPosition)} stated no position."
                            : $"No consensus of the eligible members present ({ModelText.Of(options.Consensus)}): {Count(supporting)} support, {Count(objecting)} object, {Count(abstaining)} abstain, {Count(noPosition)} stated no position.",
                    Input("present", Count(quorum.Present)), Input("boardMembers", Count(quorum.BoardSize)), Input("quorumRequired", Count(quorum.Required)),
                    Input("quorate", quorum.IsQuorate ? "true" : "false"), Input("supporting", Count(supporting)), Input("objecting", Count(objecting)),
                    Input("abstaining", Count(abstaining)), Input("noPosition", Count(noPosition)), Input("consensusDefinition", ModelText.Of(options.Consensus))));
                if (!quorum.IsQuorate)
                {
                    outcome = BoardOutcome.Of(new NotQuorate(quorum));
                }
                else if (consensus)
                {
                    outcome = BoardOutcome.Of(new CarriedByConsensus(supporting, abstaining, noPosition, eligiblePresent.Length));
                }
                else if (matter.IsFundingMatter)
                {
                    var @base = options.SeventyFivePercentBase == SeventyFivePercentBase.EligibleMembersPresent ? eligiblePresent.Length : eligible.Length;
                    test = SeventyFivePercentTest.Of(supporting, @base, options.SeventyFivePercentBase);
                    applications.Add(RuleApplication.Of(RuleIds.NoConsensus, test.IsCarried,
                        $"A {ModelText.Of(matter.Funding)} matter without consensus: the Board may decide if supported by not less than 75% of the eligible members (l.1294): {test}.",
                        Input("numerator", Count(test.Numerator)), Input("denominator", Count(test.Denominator)), Input("votesRequired", Count(test.VotesRequired)),
                        Input("margin", test.Margin.ToString(CultureInfo.InvariantCulture)), Input("base", ModelText.Of(test.Reading)),
                        Input("fourTimesSupport", (4L * test.Support).ToString(CultureInfo.InvariantCulture)),
                        Input("threeTimesBase", (3L * test.Base).ToString(CultureInfo.InvariantCulture))));
                    outcome = test.IsCarried
                        ? BoardOutcome.Of(new CarriedUnderSeventyFivePercentRule(test, objecting))
                        : BoardOutcome.Of(new NotCarried(false, [], test, [MemorandumClauses.Referral, MemorandumClauses.SeventyFivePercent]));
                }
                else
                {
                    var affected = (matter.AffectedPartners.IsDefault ? [] : matter.AffectedPartners)
                        .Where(a => memorandum.Partners.TryFind(a, out var p) && p.IsMember).Distinct().ToImmutableArray();
                    applications.Add(RuleApplication.Of(RuleIds.NoConsensus, true,
                        $"No consensus on a matter other than capital or transformation funding: it may be referred to the dispute resolution procedure by any of the affected Partners (l.1292, l.1602){(affected.IsEmpty ? "; the matter names no affected Partner" : ": " + string.Join(", ", affected.Select(a => a.Value)))}.",
                        Input("affectedPartners", string.Join(" ", affected.Select(a => a.Value)))));
                    outcome = BoardOutcome.Of(new NotCarried(true, affected, null, [MemorandumClauses.Referral, MemorandumClauses.ReferralAnnex4]));
                }
            }
        }

        var evaluation = new MeetingEvaluation(meeting.Date, memorandum, matter.Level, [.. eligible.Select(m => m.Id)], [.. present.Select(m => m.Id)],
            [.. eligiblePresent.Select(m => m.Id)], quorum, supporting, objecting, abstaining, noPosition, notCounted, consensus, test, outcome);
        var conclusion = $"{matter.Title} ({ModelText.Date(meeting.Date)}, {memorandum.Version}): {Conclusion(outcome)}";
        return new Explained<MeetingEvaluation>(evaluation, new Explanation(conclusion, [.. applications]));
    }

    /// <summary>True when the member is eligible on the matter: the matter's element applies to the member's column (MOU-6).</summary>
    /// <param name="member">The member.</param>
    /// <param name="matter">The matter.</param>
    /// <param name="memorandum">The memorandum (its Annex 1).</param>
    /// <param name="options">The options (the seat mapping).</param>
    /// <returns>True when eligible.</returns>
    public static bool IsEligible(BoardMember member, Matter matter, Memorandum memorandum, GovernanceOptions options)
    {
        Guard.Against.Null(member);
        Guard.Against.Null(matter);
        Guard.Against.Null(memorandum);
        Guard.Against.Null(options);
        return options.SeatMapping.ColumnOf(member) is { } column && memorandum.Applicability.Applies(matter.Element, column);
    }

    private static RuleApplication Eligibility(Matter matter, ImmutableArray<BoardMember> members, BoardMember[] eligible, BoardMember[] eligiblePresent,
        ImmutableArray<PersonId> notCounted, GovernanceOptions options) =>
        RuleApplication.Of(RuleIds.Eligibility, eligible.Length > 0,
            $"The matter concerns '{Applicability.ApplicabilityMatrix.Heading(matter.Element)}' (Annex 1): {Count(eligible.Length)} of {Count(members.Length)} Board members are eligible, {Count(eligiblePresent.Length)} of them present"
            + (notCounted.IsEmpty ? "." : $"; the positions of {string.Join(", ", notCounted.Select(n => n.Value))} are not counted (not eligible)."),
            Input("element", ModelText.Of(matter.Element)), Input("eligible", Count(eligible.Length)), Input("eligiblePresent", Count(eligiblePresent.Length)),
            Input("notCounted", string.Join(" ", notCounted.Select(n => n.Value))), Input("seatMapping", options.SeatMapping.ToString()));

    private static string Conclusion(BoardOutcome outcome) => outcome.Match(
        c => $"carried by consensus ({Count(c.Supporting)} of {Count(c.EligiblePresent)} eligible members present support, none objecting).",
        s => $"carried under the 75% rule: {s.Test}.",
        n => n.Test is { } t
            ? $"not carried: {t}; a capital or transformation-funding matter is not referred to dispute resolution (l.1292)."
            : $"not carried: no consensus; it may be referred to dispute resolution by any of the affected Partners (l.1292, l.1602){(n.MayBeReferredBy.IsEmpty ? "" : ": " + string.Join(", ", n.MayBeReferredBy.Select(a => a.Value)))}.",
        q => $"not quorate: {Count(q.Quorum.Present)} of {Count(q.Quorum.BoardSize)} members present, {Count(q.Quorum.Required)} required; the Board cannot decide.",
        p => "outside the Board's powers: no Partner has delegated formal powers on the matter, and the Partnership Board will not act (l.1290).",
        o => o.Level == DecisionLevel.IndividualOrganisation
            ? $"outside this Memorandum: a decision for {o.Organisation?.Value ?? "the individual organisation"} (l.1284)."
            : $"outside this Memorandum: delegated to {o.Forum ?? "a collaborative forum"}, whose own memorandum governs disputes (l.1285).");

    private static List<ValidationIssue> Validate(BoardMeeting meeting, Memorandum memorandum)
    {
        var issues = new List<ValidationIssue>();
        void Raise(IssueDefinition d, DocumentPath at, string message, string? value = null) =>
            issues.Add(new ValidationIssue(d.DefaultSeverity, d.Kind, RuleIds.Consensus, d.Code, at, message, value));

        var root = DocumentPath.Root;
        var memberIds = new HashSet<PersonId>();
        if (meeting.Board is null)
        {
            Raise(MeetingIntegrity.Missing, root.Property("board"), "The meeting names no Board.");
        }
        else if (!meeting.Board.Members.IsDefault)
        {
            for (var i = 0; i < meeting.Board.Members.Length; i++)
            {
                var at = root.Property("board").Property("members").Index(i);
                var m = meeting.Board.Members[i];
                if (m is null)
                {
                    Raise(MeetingIntegrity.Missing, at, "A Board member is missing (null).");
                    continue;
                }

                if (m.Id.IsDefault || string.IsNullOrWhiteSpace(m.Name) || !Enum.IsDefined(m.Seat) || (m.Column is { } c && !Enum.IsDefined(c))
                    || (m.SubRegion is { } s && !Enum.IsDefined(s)) || m.Organisation is { IsDefault: true })
                {
                    Raise(MeetingIntegrity.InvalidValue, at, $"Board member {i + 1} ('{m.Name}') has a default id or organisation, a blank name, or an undefined seat, column or sub-region.", m.Id.Value);
                }
                else if (!memberIds.Add(m.Id))
                {
                    Raise(MeetingIntegrity.Duplicate, at.Property("id"), $"The person '{m.Id}' is a Board member more than once.", m.Id.Value);
                }

                if (m.Organisation is { IsDefault: false } org && !memorandum.Partners.Contains(org))
                {
                    Raise(MeetingIntegrity.UnknownReference, at.Property("organisation"), $"Board member '{m.Id}' comes from '{org}', which the memorandum's register does not hold.", org.Value);
                }
            }
        }

        var matter = meeting.Matter;
        if (matter is null)
        {
            Raise(MeetingIntegrity.Missing, root.Property("matter"), "The meeting names no matter.");
        }
        else
        {
            var at = root.Property("matter");
            if (string.IsNullOrWhiteSpace(matter.Title) || !Enum.IsDefined(matter.Level) || !Enum.IsDefined(matter.Element) || !Enum.IsDefined(matter.Funding))
            {
                Raise(MeetingIntegrity.InvalidValue, at, "The matter has a blank title, or an undefined level, element or funding flag.");
            }

            foreach (var (name, list) in new[] { ("powersDelegatedBy", matter.PowersDelegatedBy), ("affectedPartners", matter.AffectedPartners) })
            {
                var ids = list.IsDefault ? [] : list;
                for (var i = 0; i < ids.Length; i++)
                {
                    if (ids[i].IsDefault || !memorandum.Partners.Contains(ids[i]))
                    {
                        Raise(MeetingIntegrity.UnknownReference, at.Property(name).Index(i), $"The matter names '{ids[i]}', which the memorandum's register does not hold.", ids[i].Value);
                    }
                }
            }

            if (matter.Organisation is { } o && (o.IsDefault || !memorandum.Partners.Contains(o)))
            {
                Raise(MeetingIntegrity.UnknownReference, at.Property("organisation"), $"The matter names the organisation '{o}', which the memorandum's register does not hold.", o.Value);
            }
        }

        var present = new HashSet<PersonId>();
        var attendees = meeting.Present.IsDefault ? [] : meeting.Present;
        for (var i = 0; i < attendees.Length; i++)
        {
            var at = root.Property("present").Index(i);
            if (!memberIds.Contains(attendees[i]))
            {
                Raise(MeetingIntegrity.UnknownReference, at, $"'{attendees[i]}' is listed as present but is not a Board member.", attendees[i].Value);
            }
            else if (!present.Add(attendees[i]))
            {
                Raise(MeetingIntegrity.Duplicate, at, $"'{attendees[i]}' is listed as present more than once.", attendees[i].Value);
            }
        }

        var stated = new HashSet<PersonId>();
        var positions = meeting.Positions.IsDefault ? [] : meeting.Positions;
        for (var i = 0; i < positions.Length; i++)
        {
            var at = root.Property("positions").Index(i);
            var p = positions[i];
            if (p is null)
            {
                Raise(MeetingIntegrity.Missing, at, "A position is missing (null).");
            }
            else if (!Enum.IsDefined(p.Position))
            {
                Raise(MeetingIntegrity.InvalidValue, at.Property("position"), $"The position of '{p.Member}' is not support, object or abstain.", p.Member.Value);
            }
            else if (!memberIds.Contains(p.Member))
            {
                Raise(MeetingIntegrity.UnknownReference, at.Property("member"), $"A position is recorded for '{p.Member}', who is not a Board member.", p.Member.Value);
            }
            else if (!present.Contains(p.Member))
            {
                Raise(MeetingIntegrity.PositionOfAbsentMember, at.Property("member"), $"A position is recorded for '{p.Member}', who is not listed as present.", p.Member.Value);
            }
            else if (!stated.Add(p.Member))
            {
                Raise(MeetingIntegrity.Duplicate, at.Property("member"), $"'{p.Member}' states a position more than once.", p.Member.Value);
            }
        }

        if (meeting.Recorded is { } r && !Enum.IsDefined(r))
        {
            Raise(MeetingIntegrity.InvalidValue, root.Property("recorded"), "The recorded outcome is not carried or not carried.");
        }

        return issues;
    }

    private static string Count(long n) => ModelText.Count(n);

    private static KeyValuePair<string, string> Input(string name, string value) => new(name, value);
}
