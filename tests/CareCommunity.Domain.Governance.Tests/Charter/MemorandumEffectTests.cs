using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.OperatingModel;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static CareCommunity.Domain.Governance.Tests.Charter.CharterFixtures;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class MemorandumEffectTests
{
    [Fact]
    public void Evaluate_ForTheDocumentToHaveEffectAllPartnersMustHaveSupportedIt()
    {
        var signatures = AllSign(AnnexA, Mar2021).OfType<SignatureRecord>().ToList();
        var all = MemorandumEffect.Evaluate(AnnexA, signatures, Apr2021);
        Assert.True(all.InEffect);
        Assert.Equal(Mar2021, all.EffectiveFrom);
        Assert.Equal(47, all.Supported.Length);
        Assert.Empty(all.Missing);

        signatures.RemoveAt(0);
        var one = MemorandumEffect.Evaluate(AnnexA, signatures, Apr2021);
        Assert.False(one.InEffect);
        Assert.Null(one.EffectiveFrom);
        Assert.Equal([CheshireEastCouncil], one.Missing.ToArray());
        Assert.Equal("Not in effect on 2021-04-01: 1 of 47 Partners have not supported it.", one.ToString());
    }

    [Fact]
    public void Evaluate_EachPartnerMaySignASeparateCounterpart_TheLastToCountGivesTheDate()
    {
        SignatureRecord[] signatures = [Signed(Three[0], new LocalDate(2021, 2, 1)), Signed(Three[1], new LocalDate(2021, 3, 1)), Signed(Three[2], Mar2021)];
        Assert.False(MemorandumEffect.Evaluate(Three, signatures, Mar2021.PlusDays(-1)).InEffect);
        var effect = MemorandumEffect.Evaluate(Three, signatures, Mar2021);
        Assert.True(effect.InEffect);
        Assert.Equal(Mar2021, effect.EffectiveFrom);
        Assert.Equal("In effect on 2021-03-31 (since 2021-03-31): all 3 Partners have supported it.", effect.ToString());
    }

    [Fact]
    public void Evaluate_NonMembersAreNotSignatories_TheirSignaturesNeitherCountNorAreNeeded()
    {
        SignatureRecord[] signatures = [.. AllSign(Three, Mar2021).OfType<SignatureRecord>(), Signed(NonMembers[0], Mar2021)];
        var effect = MemorandumEffect.Evaluate(Three, signatures, Apr2021);
        Assert.True(effect.InEffect);
        Assert.DoesNotContain(NonMembers[0], effect.Supported);
    }

    [Fact]
    public void Evaluate_WithDeliveryRequired_AnUndeliveredCounterpartDoesNotCount()
    {
        SignatureRecord[] signatures = [Signed(Three[0], Mar2021), Signed(Three[1], Mar2021), SignatureRecord.Create(Three[2].Value, "c", Mar2021).Value];
        Assert.True(MemorandumEffect.Evaluate(Three, signatures, Apr2021).InEffect);
        Assert.Equal([Three[2]], MemorandumEffect.Evaluate(Three, signatures, Apr2021, requireDeliveryDate: true).Missing.ToArray());
    }

    [Fact]
    public void Evaluate_NoPartners_IsNotInEffect()
    {
        Assert.False(MemorandumEffect.Evaluate([], [], Apr2021).InEffect);
    }

    private static (OrganisationId[] Partners, List<SignatureRecord> Signatures) Arbitrary(int partnerCount, int[] signers, int[] days)
    {
        var partners = Enumerable.Range(0, Math.Abs(partnerCount % 12) + 1).Select(i => Org($"partner-{i}")).ToArray();
        var signatures = new List<SignatureRecord>();
        for (var i = 0; i < Math.Min(signers.Length, days.Length); i++)
        {
            var who = Math.Abs(signers[i] % (partners.Length + 2));
            var org = who < partners.Length ? partners[who] : Org($"outsider-{who}");
            signatures.Add(Signed(org, Apr2021.PlusDays(Math.Abs(days[i] % 100)), counterpart: $"c{i}"));
        }

        return (partners, signatures);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public void Evaluate_MissingAndSupported_PartitionThePartners_NothingLost(int partnerCount, int[] signers, int[] days, int probe)
    {
        var (partners, signatures) = Arbitrary(partnerCount, signers, days);
        var effect = MemorandumEffect.Evaluate(partners, signatures, Apr2021.PlusDays(Math.Abs(probe % 120)));
        Assert.Empty(effect.Supported.Intersect(effect.Missing));
        Assert.Equal(partners.Order(), effect.Supported.Concat(effect.Missing).Order());
        Assert.Equal(effect.Missing.IsEmpty, effect.InEffect);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public void Evaluate_AddingASignatureNeverTakesTheMemorandumOutOfEffect(int partnerCount, int[] signers, int[] days, int who, int day, int probe)
    {
        var (partners, signatures) = Arbitrary(partnerCount, signers, days);
        var on = Apr2021.PlusDays(Math.Abs(probe % 120));
        var before = MemorandumEffect.Evaluate(partners, signatures, on);
        var after = MemorandumEffect.Evaluate(partners, [.. signatures, Signed(partners[Math.Abs(who % partners.Length)], Apr2021.PlusDays(Math.Abs(day % 100)), counterpart: "extra")], on);
        Assert.True(!before.InEffect || after.InEffect);
        Assert.True(before.Supported.All(after.Supported.Contains));
        Assert.True(after.EffectiveFrom is null || before.EffectiveFrom is null || after.EffectiveFrom <= before.EffectiveFrom);
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public void Evaluate_OnceInEffect_StaysInEffectOnEveryLaterDay(int partnerCount, int[] signers, int[] days, NonNegativeInt later)
    {
        var (partners, signatures) = Arbitrary(partnerCount, signers, days);
        var first = MemorandumEffect.Evaluate(partners, signatures, Apr2021.PlusDays(100));
        if (first.EffectiveFrom is { } from)
        {
            Assert.True(MemorandumEffect.Evaluate(partners, signatures, from.PlusDays(later.Get % 1000)).InEffect);
            Assert.False(MemorandumEffect.Evaluate(partners, signatures, from.PlusDays(-1)).InEffect);
        }
    }
}
