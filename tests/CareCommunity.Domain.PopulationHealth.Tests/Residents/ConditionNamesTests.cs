using System.Text;

namespace CareCommunity.Domain.PopulationHealth.Tests.Residents;

public sealed class ConditionNamesTests
{
    [Fact]
    public void All_AreThe21NamesOfTheContract_InConditionOrder()
    {
        Assert.Equal(
            [
                "hypertension", "depression", "asthma", "diabetes", "coronary-heart-disease", "chronic-kidney-disease", "hypothyroidism",
                "stroke", "transient-ischaemic-attack", "copd", "cancer", "atrial-fibrillation", "heart-failure", "epilepsy", "dementia",
                "peripheral-arterial-disease", "rheumatoid-arthritis", "osteoporosis", "parkinsons-disease", "multiple-sclerosis",
                "chronic-liver-disease",
            ],
            ConditionNames.All);
        Assert.Equal(Enum.GetValues<Condition>().Select(ConditionNames.Name), ConditionNames.All);
    }

    [Fact]
    public void TryParse_ReadsEveryNameFromUtf8AndChars()
    {
        foreach (var condition in Enum.GetValues<Condition>())
        {
            var name = ConditionNames.Name(condition);
            Assert.True(ConditionNames.TryParse(Encoding.UTF8.GetBytes(name), out var fromBytes));
            Assert.True(ConditionNames.TryParse(name.AsSpan(), out var fromChars));
            Assert.Equal(condition, fromBytes);
            Assert.Equal(condition, fromChars);
            Assert.Equal(name, Encoding.UTF8.GetString(ConditionNames.Utf8Name(condition)));
        }
    }

    [Theory]
    [InlineData("Hypertension")]
    [InlineData("chd")]
    [InlineData("stroke-or-tia")]
    [InlineData("")]
    [InlineData("frailty")]
    [InlineData("learning-disability")]
    public void TryParse_RefusesAnythingElse(string text)
    {
        Assert.False(ConditionNames.TryParse(text.AsSpan(), out _));
        Assert.False(ConditionNames.TryParse(Encoding.UTF8.GetBytes(text), out _));
        var e = Assert.Throws<ArgumentException>(() => ConditionNames.Parse(text));
        Assert.Contains("coronary-heart-disease", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_DoesNotAllocate()
    {
        var bytes = "chronic-liver-disease"u8.ToArray();
        _ = ConditionNames.TryParse(bytes, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var i = 0; i < 1000; i++)
        {
            found += ConditionNames.TryParse(bytes, out _) ? 1 : 0;
            found += ConditionNames.TryParse("copd".AsSpan(), out _) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(2000, found);
    }
}
