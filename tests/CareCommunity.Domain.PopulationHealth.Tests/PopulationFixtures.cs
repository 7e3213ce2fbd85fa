using CareCommunity.Domain.OperatingModel;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CareCommunity.Domain.PopulationHealth.Tests;

/// <summary>Residents for examples and FsCheck generators of residents.</summary>
internal static class PopulationFixtures
{
    public static readonly LocalDate ReferenceDate = new(2025, 4, 1);

    public static readonly CareCommunityId Crewe = CareCommunityId.Create("crewe");

    public static readonly CareCommunityId Knutsford = CareCommunityId.Create("knutsford");

    public static Resident Resident(
        string id = "ce-0000001",
        LocalDate? birthDate = null,
        CareCommunityId? community = null,
        ConditionSet conditions = default,
        FrailtyAssessment frailty = default,
        bool learningDisability = false,
        bool autism = false,
        bool seriousMentalIllness = false,
        int? imdDecile = null) =>
        PopulationHealth.Resident.Create(
            ResidentId.Create(id),
            birthDate ?? new LocalDate(1950, 6, 15),
            community ?? Crewe,
            conditions,
            frailty,
            learningDisability,
            autism,
            seriousMentalIllness,
            imdDecile is { } d ? ImdDecile.Create(d) : null);

    public static Gen<ConditionSet> AnyConditions() =>
        Gen.Choose(0, (1 << ConditionSet.ConditionCount) - 1).Select(bits => ConditionSet.FromBits((uint)bits));

    public static Gen<ConditionSet> FewConditions() =>
        Gen.SubListOf(Enum.GetValues<Condition>()).Select(list => ConditionSet.Of([.. list.Take(4)]));

    public static Gen<FrailtyAssessment> AnyFrailty() =>
        Gen.OneOf(
            Gen.Constant(FrailtyAssessment.None),
            Gen.Elements(Enum.GetValues<FrailtyLevel>()).Select(FrailtyAssessment.Stated),
            Gen.Choose(0, 36).Select(d => FrailtyAssessment.Of(ElectronicFrailtyIndex.FromDeficits(d))),
            Gen.Elements(0.0, 0.12, 0.24, 0.36, 0.121, 0.241, 0.361, 1.0).Select(FrailtyAssessment.Efi),
            Gen.Choose(1, 9).Select(FrailtyAssessment.Cfs));

    public static Gen<Resident> AnyResident() =>
        from n in Gen.Choose(1, 9_999_999)
        from days in Gen.Choose(0, 365 * 105)
        from community in Gen.Elements(CheshireEast.Place.CareCommunities.Select(c => c.Id).ToArray())
        from conditions in Gen.OneOf(AnyConditions(), FewConditions())
        from frailty in AnyFrailty()
        from ld in Gen.Elements(false, false, false, true)
        from autism in Gen.Elements(false, false, false, true)
        from smi in Gen.Elements(false, false, false, true)
        from decile in Gen.Choose(0, 10)
        select Resident(
            $"ce-{n:0000000}",
            ReferenceDate.PlusDays(-days),
            community,
            conditions,
            frailty,
            ld,
            autism,
            smi,
            decile == 0 ? null : decile);

    public static Arbitrary<Resident> AnyResidents() => Arb.From(AnyResident());

    public static Arbitrary<Resident[]> AnyPopulations() => Arb.From(Gen.ArrayOf(AnyResident()));
}
