using CareCommunity.Domain.OperatingModel;
using NodaTime;

namespace CareCommunity.Domain.Tests.OperatingModel;

/// <summary>Texts the model needs (a risk's title, an approval's body, …) can be neither built nor changed to blank.</summary>
public class RequiredTextTests
{
    private static readonly LocalDate Day = new(2026, 5, 1);

    public static TheoryData<string, Func<object>> BlankConstructions() => new()
    {
        { "Risk.Title", () => new Risk(RiskId.Create("r-1"), " ", RiskRating.Create(2, 2), PersonId.Create("p-1"), RiskStatus.Open, Day, null) },
        { "AlignedClinicalLead.Specialty", () => new AlignedClinicalLead(PersonId.Create("p-1"), "") },
        { "ImpactAssessment.Reference", () => new ImpactAssessment("\t", Day) },
        { "PersonnelChange.Description", () => new PersonnelChange("", Day, Money.Zero, Day, null) },
        { "ProjectInitiationDocument.Reference", () => new ProjectInitiationDocument(" ", null) },
        { "Initiative.Title", () => new Initiative(InitiativeId.Create("i-1"), "", InitiativeAim.Innovation, [], new ExpectedImpact("a", "b", "c"), null, OfferScope.LocalVariation) },
        { "GovernanceApproval.ApprovedBy", () => new GovernanceApproval("  ", Day) },
        { "SpecificationElement.Specification", () => new SpecificationElement("", "MDT", ElementImportance.Core, AdoptionMode.Adopt, null) },
        { "SpecificationElement.Element", () => new SpecificationElement("NCT", " ", ElementImportance.Core, AdoptionMode.Adopt, null) },
    };

    [Theory]
    [MemberData(nameof(BlankConstructions))]
    public void Constructor_BlankRequiredText_Throws(string what, Func<object> construct)
    {
        var e = Assert.ThrowsAny<ArgumentException>(construct);

        Assert.EndsWith(what.Split('.')[1], e.ParamName, StringComparison.Ordinal);
    }

    [Fact]
    public void With_BlankRequiredText_ThrowsToo()
    {
        var approval = new GovernanceApproval("Care Communities Development & Operational Group", Day);

        Assert.ThrowsAny<ArgumentException>(() => approval with { ApprovedBy = "" });
        Assert.Equal("Place Partnership Board", (approval with { ApprovedBy = "Place Partnership Board" }).ApprovedBy);
    }
}
