using System.Globalization;
using CareCommunity.Domain.Explanations;
using CareCommunity.Domain.Validation;
using NodaTime;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// Checks a <see cref="LocalCareCommunity"/> against the operating model's rules CC-1..CC-11 on a given date and returns
/// a <see cref="ValidationReport"/>. Never throws for bad data. Time-dependent rules (the reporting cadence) use the
/// date passed in, or a clock's date: never the system clock.
/// </summary>
public sealed class OperatingModelValidator
{
    /// <summary>Creates a validator.</summary>
    /// <param name="options">The choices the seeds leave open; <see cref="OperatingModelOptions.Default"/> when null.</param>
    public OperatingModelValidator(OperatingModelOptions? options = null) => Options = options ?? OperatingModelOptions.Default;

    /// <summary>The options in force.</summary>
    public OperatingModelOptions Options { get; }

    /// <summary>Validates on today's date in Europe/London, as told by the clock.</summary>
    /// <param name="community">The community.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(LocalCareCommunity community, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Validate(community, clock.GetCurrentInstant().InZone(OperatingModelOptions.London).Date);
    }

    /// <summary>Validates on a date.</summary>
    /// <param name="community">The community.</param>
    /// <param name="asOf">The date to validate on.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(LocalCareCommunity community, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(community);
        var issues = new IssueCollector();
        var root = DocumentPath.Root;
        CheckFootprint(community, root, issues);
        CheckCoreGroup(community, root, issues);
        CheckLeadership(community, root, issues);
        CheckWiderMembers(community, root, issues);
        CheckCadence(community, asOf, root, issues);
        CheckRisks(community, asOf, root, issues);
        CheckCostCentre(community, asOf, root, issues);
        CheckOffer(community, root, issues);
        CheckInitiatives(community, root, issues);
        CheckSpecifications(community, asOf, root, issues);
        return issues.ToReport();
    }

    /// <summary>
    /// Validates on a date and explains the answer: for every rule CC-1..CC-11, whether it is met (no error names it),
    /// the figures it looked at and how many issues it raised. This answers "why is this community valid?" as well as
    /// "why not?".
    /// </summary>
    /// <param name="community">The community.</param>
    /// <param name="asOf">The date to validate on.</param>
    /// <returns>The report, with one <see cref="RuleApplication"/> per rule of the operating model, in id order.</returns>
    public Explained<ValidationReport> ValidateAndExplain(LocalCareCommunity community, LocalDate asOf)
    {
        var report = Validate(community, asOf);
        var statuses = community.Reporting.Evaluate(asOf, Options.Cadence, includeMet: true).ToArray();
        var balance = EvaluateEightyTwenty(community.Offer).Value;
        var openRisks = community.RiskRegister.Open.ToArray();
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var figures = new Dictionary<Rules.RuleId, (string Summary, KeyValuePair<string, string>[] Inputs)>
        {
            [OperatingModelRules.CareCommunityFootprint.Id] = ($"A registered population of {community.RegisteredPopulation}, aligned with {N(community.AlignedPcns.Length)} PCN(s).",
                [new("registeredPopulation", N(community.RegisteredPopulation.Count)), new("alignedPcns", N(community.AlignedPcns.Length))]),
            [OperatingModelRules.CoreGroupRoles.Id] = ($"{N(community.CoreGroup.Members.Length)} of the {N(CoreRoleProfile.All.Count)} core roles are held by named individuals.",
                [new("coreRolesHeld", N(community.CoreGroup.Members.Length)), new("vacantCoreRoles", string.Join(",", community.CoreGroup.VacantRoles.Select(ModelText.Of)))]),
            [OperatingModelRules.EqualVoice.Id] = ($"{N(community.CoreGroup.Members.Length)} core-group members, one role and one equal vote each.",
                [new("coreGroupMembers", N(community.CoreGroup.Members.Length))]),
            [OperatingModelRules.LeadershipTeam.Id] = ($"{N(community.LeadershipTeam.Assignments.Length)} of the {N(LeadershipRoleProfile.All.Count)} leadership roles are held, all by core-group members.",
                [new("leadershipRolesHeld", N(community.LeadershipTeam.Assignments.Length)), new("vacantLeadershipRoles", string.Join(",", community.LeadershipTeam.VacantRoles.Select(ModelText.Of)))]),
            [OperatingModelRules.WiderMembers.Id] = ($"{N(community.WiderMembers.Length)} wider member(s) and {N(community.AlignedClinicalLeads.Length)} aligned secondary care clinical lead(s).",
                [new("widerMembers", N(community.WiderMembers.Length)), new("alignedClinicalLeads", N(community.AlignedClinicalLeads.Length))]),
            [OperatingModelRules.GovernanceCadence.Id] = ($"Of {N(statuses.Length)} obligation-periods up to {NodaTime.Text.LocalDatePattern.Iso.Format(asOf)}: "
                    + $"{N(statuses.Count(x => x.State == ReportingState.Met))} met, {N(statuses.Count(x => x.State == ReportingState.Due))} due, {N(statuses.Count(x => x.State == ReportingState.Overdue))} overdue.",
                [new("asOf", NodaTime.Text.LocalDatePattern.Iso.Format(asOf)), new("met", N(statuses.Count(x => x.State == ReportingState.Met))),
                 new("due", N(statuses.Count(x => x.State == ReportingState.Due))), new("overdue", N(statuses.Count(x => x.State == ReportingState.Overdue)))]),
            [OperatingModelRules.RiskRegister.Id] = ($"A risk register of {N(community.RiskRegister.Risks.Length)} risk(s), {N(openRisks.Length)} open, {N(openRisks.Count(r => r.Escalation is not null))} of them escalated.",
                [new("risks", N(community.RiskRegister.Risks.Length)), new("open", N(openRisks.Length)), new("openEscalated", N(openRisks.Count(r => r.Escalation is not null))),
                 new("escalationThreshold", N(Options.EscalationThreshold))]),
            [OperatingModelRules.CostCentre.Id] = ($"A cost centre of {N(community.CostCentre.Posts.Length)} post(s) costing {community.CostCentre.Total} a year with on-costs; "
                    + $"{N(community.CostCentre.Changes.Length)} change(s), {N(community.CostCentre.Changes.Count(c => c.ReportedOn is not null && c.ImpactAssessment is not null))} reported and impact-assessed.",
                [new("posts", N(community.CostCentre.Posts.Length)), new("totalCost", community.CostCentre.Total.Pounds.ToString(CultureInfo.InvariantCulture)),
                 new("changes", N(community.CostCentre.Changes.Length))]),
            [OperatingModelRules.EightyTwenty.Id] = ($"Local variation is {Percent(balance.LocalShare)} of the offer by {balance.Basis} (at most {Percent(Options.MaximumLocalVariationShare)}).",
                [new("localShare", balance.LocalShare.ToString("0.####", CultureInfo.InvariantCulture)), new("basis", balance.Basis.ToString())]),
            [OperatingModelRules.Initiatives.Id] = ($"{N(community.Initiatives.Length)} initiative(s), {N(community.Initiatives.Count(i => i.Impact.MissingHorizons.Count == 0))} stating short, medium and long-term impact, "
                    + $"{N(community.Initiatives.Count(i => i.InitiationDocument is not null))} with a project initiation document.",
                [new("initiatives", N(community.Initiatives.Length))]),
            [OperatingModelRules.AdoptOrAdapt.Id] = ($"{N(community.Specifications.Length)} specification element(s): {N(community.Specifications.Count(x => x.Mode == AdoptionMode.Adopt))} adopted, "
                    + $"{N(community.Specifications.Count(x => x.Mode == AdoptionMode.Adapt))} adapted ({N(community.Specifications.Count(x => x.Mode == AdoptionMode.Adapt && x.Approval is not null))} with governance approval).",
                [new("elements", N(community.Specifications.Length))]),
        };
        var applications = OperatingModelRules.Set.Rules.Select(rule =>
        {
            var issues = report.For(rule.Id).ToArray();
            var errors = issues.Count(i => i.Severity == Severity.Error);
            var (summary, inputs) = figures[rule.Id];
            var tally = issues.Length == 0 ? "no issues" : $"{N(errors)} error(s), {N(issues.Length - errors)} other issue(s)";
            return RuleApplication.Of(rule.Id, errors == 0, $"{(errors == 0 ? "Met" : "Not met")}: {summary} ({tally})",
                [.. inputs, new("errors", N(errors)), new("otherIssues", N(issues.Length - errors))]);
        });
        return new Explained<ValidationReport>(report, new Explanation(
            $"{community.Name} on {NodaTime.Text.LocalDatePattern.Iso.Format(asOf)}: {report}", [.. applications]));
    }

    /// <summary>The 80:20 balance of the community's offer (CC-9), explained.</summary>
    /// <param name="offer">The offer's elements.</param>
    /// <returns>The balance and why.</returns>
    public Explained<OfferBalance> EvaluateEightyTwenty(IEnumerable<OfferElement> offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var elements = offer.ToArray();
        decimal Measure(OfferScope scope) => Options.EightyTwentyBasis == EightyTwentyBasis.Spend
            ? elements.Where(e => e.Scope == scope).Sum(e => e.AnnualBudget.Pounds)
            : elements.Count(e => e.Scope == scope);
        var place = Measure(OfferScope.PlaceConsistent);
        var local = Measure(OfferScope.LocalVariation);
        var share = place + local == 0 ? 0m : local / (place + local);
        var within = share <= Options.MaximumLocalVariationShare;
        var balance = new OfferBalance(Options.EightyTwentyBasis, place, local, share, within);
        var text = $"Local variation is {Percent(share)} of the offer by {Options.EightyTwentyBasis}; "
            + $"the 80:20 principle allows at most {Percent(Options.MaximumLocalVariationShare)}.";
        return new Explained<OfferBalance>(balance, new Explanation(text,
        [
            RuleApplication.Of(OperatingModelRules.EightyTwenty.Id, within, text,
                new("placeConsistent", place.ToString(CultureInfo.InvariantCulture)),
                new("localVariation", local.ToString(CultureInfo.InvariantCulture)),
                new("basis", Options.EightyTwentyBasis.ToString()),
                new("maximumLocalShare", Options.MaximumLocalVariationShare.ToString(CultureInfo.InvariantCulture))),
        ]));
    }

    private static void CheckFootprint(LocalCareCommunity c, DocumentPath root, IssueCollector issues)
    {
        var rule = OperatingModelRules.CareCommunityFootprint.Id;
        if (c.AlignedPcns.IsEmpty)
        {
            issues.Error(IssueKind.Required, rule, OperatingModelIssueCodes.NoAlignedPcn, root.Property("alignedPcns"),
                "The care community aligns with no Primary Care Network: a care community is based on a registered population footprint, which its PCNs define (CC-1).");
        }

        for (var i = 0; i < c.AlignedPcns.Length; i++)
        {
            var org = c.OrganisationById(c.AlignedPcns[i]);
            if (org.Kind != PartnerKind.PrimaryCareNetwork)
            {
                issues.Error(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.AlignedPcnNotPcn, root.Property("alignedPcns").Index(i),
                    $"'{org.Name}' is listed as an aligned PCN but is an organisation of kind {org.Kind}, not PrimaryCareNetwork (CC-1).", org.Id.Value);
            }
        }
    }

    private void CheckCoreGroup(LocalCareCommunity c, DocumentPath root, IssueCollector issues)
    {
        var rule = OperatingModelRules.CoreGroupRoles.Id;
        foreach (var role in c.CoreGroup.VacantRoles)
        {
            issues.Add(new ValidationIssue(Options.VacantCoreRoleSeverity, IssueKind.Required, rule, OperatingModelIssueCodes.CoreRoleVacant, root.Property("coreGroup"),
                $"The core role '{CoreRoleProfile.For(role).Title}' has no named holder: the core group's eight roles are each held by a named individual (CC-2).", ModelText.Of(role)));
        }

        for (var i = 0; i < c.CoreGroup.Members.Length; i++)
        {
            var member = c.CoreGroup.Members[i];
            var person = c.PersonById(member.Person);
            var org = c.OrganisationById(person.Organisation);
            var profile = CoreRoleProfile.For(member.Role);
            if (!profile.ExpectedPartnerKinds.Contains(org.Kind))
            {
                issues.Warning(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.CoreRoleOrganisationMismatch, root.Property("coreGroup").Index(i).Property("role"),
                    $"The '{profile.Title}' role is held by someone from '{org.Name}' ({org.Kind}); it is expected to be held from {string.Join(" or ", profile.ExpectedPartnerKinds)} (CC-2).",
                    ModelText.Of(member.Role));
            }
        }
    }

    private void CheckLeadership(LocalCareCommunity c, DocumentPath root, IssueCollector issues)
    {
        var rule = OperatingModelRules.LeadershipTeam.Id;
        foreach (var role in c.LeadershipTeam.VacantRoles)
        {
            issues.Add(new ValidationIssue(Options.VacantLeadershipRoleSeverity, IssueKind.Required, rule, OperatingModelIssueCodes.LeadershipRoleVacant, root.Property("leadershipTeam"),
                $"No one holds the {LeadershipRoleProfile.For(role).Title}: the leadership and management team consists of five roles drawn from the core group (CC-4).", ModelText.Of(role)));
        }

        var assignments = c.LeadershipTeam.Assignments;
        for (var i = 0; i < assignments.Length; i++)
        {
            var a = assignments[i];
            var at = root.Property("leadershipTeam").Index(i);
            var profile = LeadershipRoleProfile.For(a.Role);
            var membership = c.CoreGroup.MembershipOf(a.Person)!;
            if (profile.ExpectedCoreRole is { } expected && membership.Role != expected)
            {
                issues.Warning(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.LeadershipCoreRoleMismatch, at.Property("personId"),
                    $"The {profile.Title} is held by the core group's '{CoreRoleProfile.For(membership.Role).Title}', not its '{CoreRoleProfile.For(expected).Title}' (CC-4).", a.Person.Value);
            }

            if (a.Role == LeadershipRole.NursingOrAhpLead && Options.NursingOrAhpLead == NursingOrAhpLeadPolicy.RegisteredNurseOrAhp)
            {
                var profession = c.PersonById(a.Person).Profession;
                if (profession is not (Profession.Nurse or Profession.AlliedHealthProfessional))
                {
                    issues.Add(new ValidationIssue(profession == Profession.Unspecified ? Severity.Warning : Severity.Error, IssueKind.BusinessRule, rule,
                        OperatingModelIssueCodes.NursingOrAhpLeadProfession, at.Property("personId"),
                        profession == Profession.Unspecified
                            ? "The nursing or AHP lead's profession is not recorded, so it cannot be confirmed they are a nurse or allied health professional (CC-4, docs/decisions/0005)."
                            : $"The nursing or AHP lead is a {profession}, not a nurse or allied health professional (CC-4, docs/decisions/0005). Use NursingOrAhpLeadPolicy.AnyCoreGroupMember to allow this.",
                        a.Person.Value));
                }
            }
        }
    }

    private static void CheckWiderMembers(LocalCareCommunity c, DocumentPath root, IssueCollector issues)
    {
        var rule = OperatingModelRules.WiderMembers.Id;
        if (c.WiderMembers.IsEmpty)
        {
            issues.Warning(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.NoWiderMembers, root.Property("widerMembers"),
                "The care community lists no wider members: they should include local councillors, other Local Authority links, operational support, Police, Fire and Rescue and housing providers (CC-5).");
        }

        if (c.AlignedClinicalLeads.IsEmpty)
        {
            issues.Warning(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.NoAlignedClinicalLead, root.Property("alignedClinicalLeads"),
                "No secondary care clinical leader is aligned to the care community: local secondary care providers should align clinical leaders to each care community (CC-5).");
        }

        for (var i = 0; i < c.AlignedClinicalLeads.Length; i++)
        {
            var org = c.OrganisationById(c.PersonById(c.AlignedClinicalLeads[i].Person).Organisation);
            if (org.Kind is not (PartnerKind.AcuteTrust or PartnerKind.MentalHealthTrust or PartnerKind.CommunityHealth))
            {
                issues.Warning(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.AlignedLeadNotSecondaryCare, root.Property("alignedClinicalLeads").Index(i).Property("personId"),
                    $"An aligned clinical lead comes from '{org.Name}' ({org.Kind}), not a secondary care provider (CC-5).", c.AlignedClinicalLeads[i].Person.Value);
            }
        }
    }

    private void CheckCadence(LocalCareCommunity c, LocalDate asOf, DocumentPath root, IssueCollector issues)
    {
        var rule = OperatingModelRules.GovernanceCadence.Id;
        var submissions = root.Property("reporting").Property("submissions");
        for (var i = 0; i < c.Reporting.Submissions.Length; i++)
        {
            var s = c.Reporting.Submissions[i];
            if (s.Date > asOf)
            {
                issues.Error(IssueKind.Value, rule, OperatingModelIssueCodes.DateInFuture, submissions.Index(i).Property("date"),
                    $"The submission is dated {Dates.Format(s.Date)}, after the date the document is evaluated on ({Dates.Format(asOf)}).", Dates.Format(s.Date));
            }
            else if (s.Date < c.Reporting.Start)
            {
                issues.Warning(IssueKind.Value, rule, OperatingModelIssueCodes.SubmissionBeforeStart, submissions.Index(i).Property("date"),
                    $"The submission is dated {Dates.Format(s.Date)}, before reporting started on {Dates.Format(c.Reporting.Start)}; it counts towards no period.", Dates.Format(s.Date));
            }
        }

        foreach (var status in c.Reporting.Evaluate(asOf, Options.Cadence, includeMet: false))
        {
            if (status.State == ReportingState.Overdue)
            {
                issues.Add(new ValidationIssue(Options.OverdueSeverity, IssueKind.BusinessRule, rule, OperatingModelIssueCodes.ReportOverdue, root.Property("reporting"),
                    $"{Describe(status.Obligation)} for the period {Dates.Format(status.PeriodStart)} to {Dates.Format(status.DueDate)} is overdue: none is recorded (CC-6: once every {Options.Cadence.PeriodMonths} months).",
                    ModelText.Of(status.Obligation)));
            }
            else if (status.State == ReportingState.Due)
            {
                issues.Information(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.ReportDue, root.Property("reporting"),
                    status.DueDate >= asOf
                        ? $"{Describe(status.Obligation)} is due by {Dates.Format(status.DueDate)} (CC-6)."
                        : $"{Describe(status.Obligation)} was due by {Dates.Format(status.DueDate)} and is within its {Options.Cadence.GraceDays} days' grace (CC-6).",
                    ModelText.Of(status.Obligation));
            }
        }
    }

    private void CheckRisks(LocalCareCommunity c, LocalDate asOf, DocumentPath root, IssueCollector issues)
    {
        var rule = OperatingModelRules.RiskRegister.Id;
        var risks = c.RiskRegister.Risks;
        for (var i = 0; i < risks.Length; i++)
        {
            var r = risks[i];
            var at = root.Property("riskRegister").Property("risks").Index(i);
            if (r.RaisedOn > asOf)
            {
                issues.Error(IssueKind.Value, rule, OperatingModelIssueCodes.DateInFuture, at.Property("raisedOn"),
                    $"Risk '{r.Id}' is raised on {Dates.Format(r.RaisedOn)}, after the date the document is evaluated on ({Dates.Format(asOf)}).", Dates.Format(r.RaisedOn));
            }

            if (r.Escalation is { } e)
            {
                if (e.On < r.RaisedOn)
                {
                    issues.Error(IssueKind.Value, rule, OperatingModelIssueCodes.EscalatedBeforeRaised, at.Property("escalation").Property("on"),
                        $"Risk '{r.Id}' is escalated on {Dates.Format(e.On)}, before it was raised on {Dates.Format(r.RaisedOn)}.", Dates.Format(e.On));
                }
                else if (e.On > asOf)
                {
                    issues.Error(IssueKind.Value, rule, OperatingModelIssueCodes.DateInFuture, at.Property("escalation").Property("on"),
                        $"Risk '{r.Id}' is escalated on {Dates.Format(e.On)}, after the date the document is evaluated on ({Dates.Format(asOf)}).", Dates.Format(e.On));
                }
            }
            else if (r.Status == RiskStatus.Open && r.Rating.Score >= Options.EscalationThreshold)
            {
                issues.Warning(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.HighRiskNotEscalated, at.Property("escalation"),
                    string.Create(CultureInfo.InvariantCulture, $"Open risk '{r.Id}' scores {r.Rating.Score} (threshold {Options.EscalationThreshold}) and has not been escalated to the 8 Care Communities Development & Operational Groups (CC-7)."),
                    r.Rating.ToString());
            }
        }
    }

    private static void CheckCostCentre(LocalCareCommunity c, LocalDate asOf, DocumentPath root, IssueCollector issues)
    {
        var rule = OperatingModelRules.CostCentre.Id;
        var centre = root.Property("costCentre");
        if (c.CostCentre.Posts.IsEmpty)
        {
            issues.Warning(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.CostCentreEmpty, centre,
                "The cost centre lists no aligned personnel: it comprises the cost, including on-costs, of all personnel aligned to the care community (CC-8).");
        }

        for (var i = 0; i < c.CostCentre.Changes.Length; i++)
        {
            var change = c.CostCentre.Changes[i];
            var at = centre.Property("changes").Index(i);
            if (change.ReportedOn is null)
            {
                issues.Error(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.ChangeNotReported, at.Property("reportedOn"),
                    $"The change '{change.Description}' has not been reported to the 8 Care Communities Development & Operational Group: changes in existing investment or personnel must be reported (CC-8).");
            }
            else if (change.ReportedOn > asOf)
            {
                issues.Error(IssueKind.Value, rule, OperatingModelIssueCodes.DateInFuture, at.Property("reportedOn"),
                    $"The change '{change.Description}' is reported on {Dates.Format(change.ReportedOn.Value)}, after the date the document is evaluated on ({Dates.Format(asOf)}).", Dates.Format(change.ReportedOn.Value));
            }

            if (change.ImpactAssessment is null)
            {
                issues.Error(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.ImpactAssessmentMissing, at.Property("impactAssessment"),
                    $"The change '{change.Description}' has no impact assessment: an impact assessment must be completed for changes in existing investment or personnel (CC-8).");
            }
            else if (change.ImpactAssessment.CompletedOn > change.EffectiveFrom)
            {
                issues.Warning(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.ImpactAssessmentLate, at.Property("impactAssessment").Property("completedOn"),
                    $"The impact assessment for '{change.Description}' was completed on {Dates.Format(change.ImpactAssessment.CompletedOn)}, after the change took effect on {Dates.Format(change.EffectiveFrom)} (CC-8).",
                    Dates.Format(change.ImpactAssessment.CompletedOn));
            }
        }
    }

    private void CheckOffer(LocalCareCommunity c, DocumentPath root, IssueCollector issues)
    {
        var balance = EvaluateEightyTwenty(c.Offer);
        if (!balance.Value.WithinPrinciple)
        {
            issues.Error(IssueKind.BusinessRule, OperatingModelRules.EightyTwenty.Id, OperatingModelIssueCodes.LocalVariationOverShare, root.Property("offer"),
                balance.Why.Conclusion + " (CC-9)", balance.Value.LocalShare.ToString("0.####", CultureInfo.InvariantCulture));
        }
    }

    private static void CheckInitiatives(LocalCareCommunity c, DocumentPath root, IssueCollector issues)
    {
        var rule = OperatingModelRules.Initiatives.Id;
        for (var i = 0; i < c.Initiatives.Length; i++)
        {
            var x = c.Initiatives[i];
            var at = root.Property("initiatives").Index(i);
            foreach (var horizon in x.Impact.MissingHorizons)
            {
                issues.Error(IssueKind.Required, rule, OperatingModelIssueCodes.ExpectedImpactMissing, at.Property("expectedImpact").Property(horizon + "Term"),
                    $"Initiative '{x.Id}' does not state its expected {horizon}-term impact: all initiatives must demonstrate the impact expected in the short, medium and long term (CC-10).");
            }

            if (x.InitiationDocument is null)
            {
                issues.Error(IssueKind.Required, rule, OperatingModelIssueCodes.InitiationDocumentMissing, at.Property("initiationDocument"),
                    $"Initiative '{x.Id}' has no project initiation document: each project starts with one, assessed against an agreed framework (CC-10).");
            }
            else if (x.InitiationDocument.AssessedOn is null)
            {
                issues.Warning(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.InitiationDocumentNotAssessed, at.Property("initiationDocument").Property("assessedOn"),
                    $"The project initiation document of initiative '{x.Id}' has not yet been assessed against the agreed framework (CC-10).");
            }

            if (x.Addresses.IsEmpty)
            {
                issues.Information(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.NotAFavouredPlan, at.Property("addresses"),
                    $"Initiative '{x.Id}' addresses none of the six kinds of plan the system favours (CC-10); it is allowed, but not favoured.");
            }
        }
    }

    private static void CheckSpecifications(LocalCareCommunity c, LocalDate asOf, DocumentPath root, IssueCollector issues)
    {
        var rule = OperatingModelRules.AdoptOrAdapt.Id;
        for (var i = 0; i < c.Specifications.Length; i++)
        {
            var s = c.Specifications[i];
            var at = root.Property("specifications").Index(i);
            if (s.Mode == AdoptionMode.Adapt && s.Approval is null)
            {
                issues.Error(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.AdaptationNotApproved, at.Property("approval"),
                    $"'{s.Element}' of '{s.Specification}' is adapted without formal governance approval: adapting the model requires it (CC-11).");
            }

            if (s.Mode == AdoptionMode.NotDelivered && s.Importance == ElementImportance.Core)
            {
                issues.Error(IssueKind.BusinessRule, rule, OperatingModelIssueCodes.CoreElementNotDelivered, at.Property("mode"),
                    $"'{s.Element}' of '{s.Specification}' is a core (essential) element and must be adopted or adapted, not left undelivered (CC-11).", ModelText.Of(s.Mode));
            }

            if (s.Approval is { } approval && approval.ApprovedOn > asOf)
            {
                issues.Error(IssueKind.Value, rule, OperatingModelIssueCodes.DateInFuture, at.Property("approval").Property("approvedOn"),
                    $"The approval is dated {Dates.Format(approval.ApprovedOn)}, after the date the document is evaluated on ({Dates.Format(asOf)}).", Dates.Format(approval.ApprovedOn));
            }
        }
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Describe(ReportingObligation obligation) => obligation switch
    {
        ReportingObligation.LeadershipMeeting => "The leadership function's bi-monthly meeting",
        ReportingObligation.CoachesMeeting => "The coaches/service managers' bi-monthly meeting",
        _ => "The report to the Place Operational group",
    };

    private static class Dates
    {
        public static string Format(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
    }
}
