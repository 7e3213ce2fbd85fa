namespace CareCommunity.Domain.PopulationHealth.Tests.Coding;

public sealed class Icd10MappingTests
{
    private static readonly Icd10Mapping Mapping = Icd10Mapping.Default;

    public static TheoryData<string, string> Mapped() => new()
    {
        { "I10", "hypertension" }, { "I15.9", "hypertension" }, { "i159", "hypertension" },
        { "E10", "diabetes" }, { "E11.9", "diabetes" }, { "E119", "diabetes" }, { "E14.9", "diabetes" },
        { "J45.0", "asthma" }, { "J46", "asthma" },
        { "J44.9", "copd" },
        { "I48.0", "atrial-fibrillation" },
        { "I50.0", "heart-failure" },
        { "G40.9", "epilepsy" }, { "G41.0", "epilepsy" },
        { "F00.0", "dementia" }, { "F03", "dementia" }, { "G30.9", "dementia" },
        { "F70", "learning-disability" }, { "F79.9", "learning-disability" },
        { "F84.0", "autism" }, { "F84.1", "autism" }, { "F84.5", "autism" }, { "f845", "autism" },
        { "F20.0", "serious-mental-illness" }, { "F31.9", "serious-mental-illness" }, { "F25", "serious-mental-illness" },
        { "N18.3", "chronic-kidney-disease" }, { "N18.5", "chronic-kidney-disease" },
        { "C00.0", "cancer" }, { "C43.9", "cancer" }, { "C45.0", "cancer" }, { "C97", "cancer" },
        { "I20.0", "coronary-heart-disease" }, { "I25.9", "coronary-heart-disease" },
        { "I60", "stroke" }, { "I64", "stroke" },
        { "G45.9", "transient-ischaemic-attack" }, { "G45.0", "transient-ischaemic-attack" },
        { "F32.9", "depression" }, { "F33.1", "depression" },
        { "E03.9", "hypothyroidism" },
        { "I70.2", "peripheral-arterial-disease" }, { "I73.9", "peripheral-arterial-disease" },
        { "M05.9", "rheumatoid-arthritis" }, { "M06.0", "rheumatoid-arthritis" },
        { "M81.0", "osteoporosis" }, { "M80.0", "osteoporosis" },
        { "G20", "parkinsons-disease" },
        { "G35", "multiple-sclerosis" },
        { "K70.3", "chronic-liver-disease" }, { "K74.6", "chronic-liver-disease" }, { "K73.9", "chronic-liver-disease" },
    };

    [Theory]
    [MemberData(nameof(Mapped))]
    public void TryMap_MapsThePublicRanges_WithOrWithoutTheDot_InAnyCase(string code, string finding)
    {
        Assert.True(Mapping.TryMap(code, out var found));
        Assert.Equal(finding, found.ToString());
    }

    [Theory]
    [InlineData("I16", Icd10LookupStatus.NotMapped)]
    [InlineData("I09", Icd10LookupStatus.NotMapped)]
    [InlineData("N18.2", Icd10LookupStatus.NotMapped)]
    [InlineData("N18", Icd10LookupStatus.NotMapped)]
    [InlineData("N18.9", Icd10LookupStatus.NotMapped)]
    [InlineData("F84.2", Icd10LookupStatus.NotMapped)]
    [InlineData("F34", Icd10LookupStatus.NotMapped)]
    [InlineData("J43", Icd10LookupStatus.NotMapped)]
    [InlineData("J18.9", Icd10LookupStatus.NotMapped)]
    [InlineData("C44", Icd10LookupStatus.Excluded)]
    [InlineData("C44.9", Icd10LookupStatus.Excluded)]
    [InlineData("G45.4", Icd10LookupStatus.Excluded)]
    [InlineData("XYZ", Icd10LookupStatus.Malformed)]
    [InlineData("", Icd10LookupStatus.Malformed)]
    [InlineData("12345", Icd10LookupStatus.Malformed)]
    public void Lookup_SaysWhyACodeIsNotMapped(string code, Icd10LookupStatus status)
    {
        var lookup = Mapping.Lookup(code);

        Assert.Equal(status, lookup.Status);
        Assert.False(Mapping.TryMap(code, out _));
        Assert.Contains($"'{code}'", lookup.Describe(code), StringComparison.Ordinal);
    }

    [Fact]
    public void MapAll_ReportsEveryUnknownCode_InOrder_AndNeverDropsOne()
    {
        var mapped = Mapping.MapAll(["I10", "C44.1", "E11.9", "nonsense", "N18.2", "F84.0"]);

        Assert.Equal(ConditionSet.Of(Condition.Hypertension, Condition.Diabetes), mapped.Findings.Conditions);
        Assert.True(mapped.Findings.Autism);
        Assert.Equal(["C44.1", "nonsense", "N18.2"], mapped.Unmapped.Select(u => u.Code));
        Assert.Equal([Icd10LookupStatus.Excluded, Icd10LookupStatus.Malformed, Icd10LookupStatus.NotMapped], mapped.Unmapped.Select(u => u.Status));
    }

    [Fact]
    public void TryMap_DoesNotAllocate()
    {
        _ = Mapping.TryMap("E11.9", out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var i = 0; i < 1000; i++)
        {
            found += Mapping.TryMap("E11.9", out _) ? 1 : 0;
            found += Mapping.TryMap("C44", out _) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1000, found);
    }

    [Fact]
    public void Default_MapsEveryConditionAndFlag_AndNoTwoEntriesOverlap()
    {
        var findings = Mapping.Entries.Select(e => e.Finding.ToString()).ToList();
        Assert.Equal(ConditionNames.All.Count + 3, findings.Distinct().Count());
        Assert.Equal(findings.Count, findings.Distinct().Count());
        foreach (var a in Mapping.Entries)
        {
            foreach (var b in Mapping.Entries.Where(b => !ReferenceEquals(a, b)))
            {
                foreach (var range in b.Ranges)
                {
                    Assert.False(a.InRanges(range.From), $"{range} of {b.Finding} overlaps {a.Finding}");
                    Assert.False(a.InRanges(range.To), $"{range} of {b.Finding} overlaps {a.Finding}");
                }
            }
        }
    }

    [Theory]
    [InlineData("E11.9", true)]
    [InlineData("f84.0", true)]
    [InlineData("C44", false)]
    [InlineData("I1\u00e9", false)]
    public void TryMap_ReadsUtf8Bytes_LikeChars(string code, bool mapped)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(code);

        Assert.Equal(mapped, Mapping.TryMap(bytes, out var finding));
        Assert.Equal(Mapping.Lookup(code), Mapping.Lookup(bytes));
        Assert.Equal(Icd10LookupStatus.Malformed, Mapping.Lookup(new byte[33]).Status);
        if (mapped)
        {
            Assert.True(Mapping.TryMap(code, out var fromChars));
            Assert.Equal(fromChars, finding);
        }
    }

    [Fact]
    public void AMappingOfYourOwn_IsUsedInstead()
    {
        var own = new Icd10Mapping([new Icd10MappingEntry(CodedFinding.Of(Condition.Copd), [Icd10Range.Of("J43", "J44")], [], "COPD with emphysema.")]);

        Assert.True(own.TryMap("J43.9", out var finding));
        Assert.Equal(Condition.Copd, finding.Condition);
        Assert.False(own.TryMap("I10", out _));
        Assert.Throws<ArgumentException>(() => new Icd10Mapping([]));
    }
}
