namespace CareCommunity.Domain.PopulationHealth.Tests.Coding;

public sealed class ClusterMappingTests
{
    [Fact]
    public void Qof_NamesTheClusters_WithoutAnyCode()
    {
        var names = ClusterMapping.Qof.Clusters.Select(c => c.Name).ToList();

        Assert.Equal(
            ["HYP_COD", "DM_COD", "AST_COD", "COPD_COD", "AFIB_COD", "HF_COD", "EPIL_COD", "DEM_COD", "LD_COD", "MH_COD", "CKD_COD", "CAN_COD", "CHD_COD", "STRK_COD", "TIA_COD", "DEPR_COD", "THY_COD", "PAD_COD", "RARTH_COD", "OSTEO_COD"],
            names);
        Assert.Equal(0, ClusterMapping.Qof.ConceptCount);
        Assert.All(names, n => Assert.Empty(ClusterMapping.Qof.CodesOf(n)));
        Assert.False(ClusterMapping.Qof.TryMap(38341003L, out _));
    }

    [Fact]
    public void WithCodes_FillsAClusterFromTheUsersOwnReferenceSet()
    {
        var mapping = ClusterMapping.Qof.WithCodes("HYP_COD", [1001L, 1002L]).WithCodes("LD_COD", [2001L]);

        Assert.True(mapping.TryMap(1002L, out var hypertension));
        Assert.Equal(ConditionSet.Of(Condition.Hypertension), hypertension.Conditions);
        Assert.True(mapping.TryMap("2001".AsSpan(), out var ld));
        Assert.True(ld.LearningDisability);
        Assert.False(mapping.TryMap("abc".AsSpan(), out _));
        Assert.Equal(new long[] { 1001L, 1002L }, mapping.CodesOf("HYP_COD").ToArray());
        Assert.Equal(0, ClusterMapping.Qof.ConceptCount);
    }

    [Fact]
    public void AConceptInTwoClusters_MeansBothFindings()
    {
        var mapping = ClusterMapping.Qof.WithCodes("STRK_COD", [5L]).WithCodes("TIA_COD", [5L]);

        Assert.True(mapping.TryMap(5L, out var findings));
        Assert.Equal(ConditionSet.Of(Condition.Stroke, Condition.TransientIschaemicAttack), findings.Conditions);
    }

    [Fact]
    public void WithCluster_AddsALocalCluster_ForConditionsWithoutAQofRegister()
    {
        var mapping = ClusterMapping.Qof.WithCluster(new CodeCluster("LOCAL_AUTISM", CodedFinding.Autism, "Local autism reference set")).WithCodes("LOCAL_AUTISM", [42L]);

        Assert.True(mapping.TryMap(42L, out var findings));
        Assert.True(findings.Autism);
        Assert.Throws<ArgumentException>(() => mapping.WithCluster(new CodeCluster("HYP_COD", CodedFinding.Autism, "again")));
    }

    [Fact]
    public void UnknownClusters_AndBadIds_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => ClusterMapping.Qof.WithCodes("NOPE_COD", [1L]));
        Assert.Contains("HYP_COD", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ClusterMapping.Qof.WithCodes("HYP_COD", [0L]));
    }
}
