using CareCommunity.Domain.Rules;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// The rules of the Care Communities Operating Model, CC-1..CC-11, each with the seed lines it comes from.
/// </summary>
public static class OperatingModelRules
{
    private static readonly SeedDocument Model = SeedDocument.CareCommunitiesOperatingModel;
    private static readonly SeedDocument Report = SeedDocument.Blueprint2030Report;
    private static readonly SeedDocument Board2021 = SeedDocument.HealthAndWellbeingBoard2021;
    private static readonly SeedDocument System2017 = SeedDocument.IntegratedSystem2017;

    /// <summary>CC-1: a care community is a geographically aligned team of teams on a registered-population footprint.</summary>
    public static Rule CareCommunityFootprint { get; } = new(RuleId.Parse("CC-1"), "A team of teams on a registered-population footprint",
        "A care community is a geographically aligned, local \"team of teams\" based on a registered population footprint, "
        + "drawn from general practice, community health, mental health, acute trusts, social care, public health, the VCFSE, "
        + "local Healthwatch, optometry, dentistry and community pharmacy. Cheshire East has eight; they are aligned with its "
        + "nine Primary Care Networks (coterminous but for Crewe, which holds two).",
        Model.Lines(64, 68), Report.Section("para 9-10"), Board2021.Lines(1916, 1918));

    /// <summary>CC-2: the core group's eight roles, held by named individuals with decision autonomy.</summary>
    public static Rule CoreGroupRoles { get; } = new(RuleId.Parse("CC-2"), "The core group and its eight roles",
        "A core group of named individuals from services within the care community, with a commensurate level of autonomy for "
        + "decision making, is central to decision making. Its roles are: Primary Care Network Clinical Director; Care Community "
        + "Clinical Lead; Coach / Service Manager; Social Care; Public Health; CWP Mental Health; Healthwatch; VCFSE.",
        Model.Lines(95, 113));

    /// <summary>CC-3: equal voice, equal value, equity.</summary>
    public static Rule EqualVoice { get; } = new(RuleId.Parse("CC-3"), "Equal voice, equal value, equity",
        "The core team operates within the principles of equal voice, equal value and equity: no role outweighs another in the "
        + "core group's decisions. The team meets regularly, with a frequency it determines itself.",
        Model.Lines(99));

    /// <summary>CC-4: the leadership and management team is drawn from the core group.</summary>
    public static Rule LeadershipTeam { get; } = new(RuleId.Parse("CC-4"), "Leadership and management team drawn from the core group",
        "An integrated leadership and management team is drawn from the core group membership: a Care Community Clinical/Practitioner "
        + "Lead, a PCN Clinical Director, a Community Manager/Coach, a nursing or AHP lead and a Social Care Lead. It reports priorities "
        + "and performance into Place, influences Place plans through local data, oversees effectiveness, quality and safety, stewards "
        + "resources within cost centres, supports innovation and improvement, and engages local populations using local assets.",
        Model.Lines(124, 138));

    /// <summary>CC-5: wider members and aligned secondary-care clinical leaders.</summary>
    public static Rule WiderMembers { get; } = new(RuleId.Parse("CC-5"), "Wider members and aligned secondary care leads",
        "Wider members should include local councillors, other Local Authority links, operational support from health and care "
        + "services, Police, Fire and Rescue and local housing providers (not exhaustive). Local secondary care providers should align "
        + "clinical leaders to each care community.",
        Model.Lines(118, 120));

    /// <summary>CC-6: bi-monthly leadership and coaches' meetings and reports every two months.</summary>
    public static Rule GovernanceCadence { get; } = new(RuleId.Parse("CC-6"), "Bi-monthly governance and reporting",
        "The leadership function meets bi-monthly for development and reporting; coaches/service managers meet bi-monthly for "
        + "operational delivery; operational performance, quality (safety, effectiveness, experience) and use of resources are reported "
        + "once every 2 months to the Place Operational group.",
        Model.Lines(158), Model.Lines(238));

    /// <summary>CC-7: each community holds a risk register and may escalate.</summary>
    public static Rule RiskRegister { get; } = new(RuleId.Parse("CC-7"), "Risk register and escalation",
        "Each care community holds a risk register; the leadership team reviews business information, performance and quality of care "
        + "and may escalate risks or issues to the 8 Care Communities Development & Operational Groups.",
        Model.Lines(232, 238));

    /// <summary>CC-8: the cost centre and the impact assessment of changes.</summary>
    public static Rule CostCentre { get; } = new(RuleId.Parse("CC-8"), "Cost centre and impact-assessed changes",
        "Each care community has a cost centre comprising the cost, including on-costs, of all personnel aligned to it. Changes in "
        + "existing investment or personnel must be reported to the 8 Care Communities Development & Operational Group and an impact "
        + "assessment must be completed.",
        Model.Lines(174));

    /// <summary>CC-9: the 80:20 principle.</summary>
    public static Rule EightyTwenty { get; } = new(RuleId.Parse("CC-9"), "The 80:20 principle",
        "Care communities work with the 80:20 principle: an 80% consistent offer for the population across the Place and 20% local "
        + "variation and innovation responsive to local need.",
        Board2021.Lines(2035));

    /// <summary>CC-10: initiatives state their expected impact and start from a project initiation document.</summary>
    public static Rule Initiatives { get; } = new(RuleId.Parse("CC-10"), "Initiatives: expected impact and project initiation",
        "All initiatives and improvement plans must demonstrate the impact they are expected to have in the short, medium and long "
        + "term. Each project identifies its aim (releasing capacity, return on investment or innovation) and starts with a project "
        + "initiation document assessed against an agreed framework. The system favours plans that address GP access, long-term "
        + "condition management/planned care, escalating need in the community, early intervention using risk stratification, "
        + "prevention, and the wider determinants of health.",
        Board2021.Lines(2037), Board2021.Lines(2281, 2296));

    /// <summary>CC-11: adopt or adapt; adapting needs formal governance approval.</summary>
    public static Rule AdoptOrAdapt { get; } = new(RuleId.Parse("CC-11"), "Adopt or adapt, core and desirable elements",
        "A specification's elements are 'core' (essential) or desirable. Providers either 'adopt' (deliver as per the specification) "
        + "or 'adapt', where adjusting the model operationally requires formal governance approval to manage changes in a controlled way.",
        System2017.Lines(191));

    /// <summary>The operating model's rule set, CC-1..CC-11.</summary>
    public static RuleSet Set { get; } = new("Care community operating model",
    [
        CareCommunityFootprint, CoreGroupRoles, EqualVoice, LeadershipTeam, WiderMembers, GovernanceCadence,
        RiskRegister, CostCentre, EightyTwenty, Initiatives, AdoptOrAdapt,
    ]);
}
