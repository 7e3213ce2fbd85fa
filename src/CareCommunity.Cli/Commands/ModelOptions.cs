using System.CommandLine;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Cli.Commands;

/// <summary>
/// The readings of the operating model the seeds leave open (docs/decisions), as options: <c>--vacant-roles</c>,
/// <c>--overdue</c>, <c>--grace-days</c>, <c>--nursing-ahp-lead</c>, <c>--eighty-twenty-basis</c>,
/// <c>--max-local-share</c>, <c>--escalation-threshold</c>. A command that evaluates the model holds one instance,
/// adds <see cref="All"/> to its command and reads <see cref="Read"/>.
/// </summary>
internal sealed class ModelOptions
{
    private readonly ChoiceOption<Severity> _vacantRoles = new("--vacant-roles", "Severity of a vacant core or leadership role (CC-2, CC-4).",
        ("error", Severity.Error), ("warning", Severity.Warning));

    private readonly ChoiceOption<Severity> _overdue = new("--overdue", "Severity of an overdue meeting or report (CC-6).",
        ("error", Severity.Error), ("warning", Severity.Warning));

    private readonly Option<int> _graceDays = SharedOptions.WholeNumber("--grace-days", "days", 0, int.MaxValue, 0,
        "Days after a reporting period ends before an unmet obligation is overdue (CC-6).");

    private readonly ChoiceOption<NursingOrAhpLeadPolicy> _nursingLead = new("--nursing-ahp-lead", "Who may hold the nursing or AHP lead (CC-4, docs/decisions/0005).",
        ("nurse-or-ahp", NursingOrAhpLeadPolicy.RegisteredNurseOrAhp), ("any-core-member", NursingOrAhpLeadPolicy.AnyCoreGroupMember));

    private readonly ChoiceOption<EightyTwentyBasis> _basis = new("--eighty-twenty-basis", "How the 80:20 local share is measured (CC-9, docs/decisions/0008).",
        ("spend", EightyTwentyBasis.Spend), ("element-count", EightyTwentyBasis.ElementCount));

    private readonly Option<decimal> _maxLocal = SharedOptions.Number("--max-local-share", "share", 0m, 1m, 0.20m,
        "Largest share of the offer local variation may take, 0 to 1 (CC-9).");

    private readonly Option<int> _threshold = SharedOptions.WholeNumber("--escalation-threshold", "score", 1, 25, 15,
        "Risk score (1-25) at or above which an open risk should be escalated (CC-7).");

    private readonly ChoiceOption<CadenceReading> _cadence = new("--cadence", "How \"once every 2 months\" is read (CC-6, docs/decisions/0006): consecutive two-month periods, or at most two months between reports.",
        ("consecutive-periods", CadenceReading.ConsecutivePeriods), ("rolling", CadenceReading.RollingInterval));

    private readonly Option<string[]> _severity = new("--severity")
    {
        Description = "Severity for an issue code, overriding the source's strength, e.g. --severity core-group.person-holds-two-roles=error (repeatable; levels: error, warning, information).",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    private readonly Option<string?> _secondaryCare = new("--secondary-care")
    {
        Description = "Which kinds of organisation count as local secondary care providers for aligned clinical leads (CC-5, docs/decisions/0016), comma-separated, e.g. acuteTrust,mentalHealthTrust. Default: acuteTrust,mentalHealthTrust,communityHealth.",
        HelpName = "kinds",
    };

    /// <summary>Every model option, to add to a command.</summary>
    public IEnumerable<Option> All => [_vacantRoles.Option, _overdue.Option, _graceDays, _cadence.Option, _nursingLead.Option, _basis.Option, _maxLocal, _threshold, _severity, _secondaryCare];

    private static System.Collections.Immutable.ImmutableHashSet<PartnerKind>? SecondaryCare(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var kinds = new HashSet<PartnerKind>();
        foreach (var word in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            kinds.Add(CareCommunity.Domain.Json.EnumText.TryParse<PartnerKind>(word, out var kind)
                ? kind
                : throw new UsageException($"--secondary-care: '{word}' is not a kind of organisation; expected some of: {string.Join(", ", CareCommunity.Domain.Json.EnumText.AllowedValues(typeof(PartnerKind)))}."));
        }

        return kinds.Count > 0 ? [.. kinds] : throw new UsageException("--secondary-care needs at least one kind of organisation.");
    }

    private static System.Collections.Immutable.ImmutableDictionary<IssueCode, Severity> Severities(string[] values)
    {
        var result = System.Collections.Immutable.ImmutableDictionary<IssueCode, Severity>.Empty;
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            if (parts.Length != 2 || !IssueCode.TryCreate(parts[0], out var code))
            {
                throw new UsageException($"--severity expects code=level, e.g. core-group.person-holds-two-roles=error; got '{value}'.");
            }

            result = result.SetItem(code, parts[1] switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "information" => Severity.Information,
                _ => throw new UsageException($"--severity {parts[0]}: the level must be error, warning or information; got '{parts[1]}'."),
            });
        }

        return result;
    }

    /// <summary>The options chosen.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <returns>The model's options (ranges are checked while parsing).</returns>
    public OperatingModelOptions Read(ParseResult parse)
    {
        var vacant = _vacantRoles.GetValue(parse);
        return OperatingModelOptions.Default with
        {
            VacantCoreRoleSeverity = vacant,
            VacantLeadershipRoleSeverity = vacant,
            OverdueSeverity = _overdue.GetValue(parse),
            Cadence = ReportingCadenceOptions.Default with { GraceDays = parse.GetValue(_graceDays), Reading = _cadence.GetValue(parse) },
            SeverityOverrides = Severities(parse.GetValue(_severity) ?? []),
            SecondaryCareKinds = SecondaryCare(parse.GetValue(_secondaryCare)) ?? OperatingModelOptions.Default.SecondaryCareKinds,
            NursingOrAhpLead = _nursingLead.GetValue(parse),
            EightyTwentyBasis = _basis.GetValue(parse),
            MaximumLocalVariationShare = parse.GetValue(_maxLocal),
            EscalationThreshold = parse.GetValue(_threshold),
        };
    }
}
