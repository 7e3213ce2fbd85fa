using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using CareCommunity.Testing;
using FsCheck;
using FsCheck.Xunit;
using static CareCommunity.Domain.Tests.OperatingModel.RuleTestKit;

namespace CareCommunity.Domain.Tests.OperatingModel.CoreGroups;

public sealed class EqualVoiceRuleTests
{
    private static readonly EqualVoiceRule Rule = OperatingModelRules.EqualVoice;

    [Fact]
    public void Check_ValidSample_IsMet()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid());
        AssertMetCleanly(Rule, result);
        Assert.Empty(result.Issues);
        Assert.Equal("8", Figure(result, "coreGroupMembers"));
        Assert.Equal("8", Figure(result, "distinctPeople"));
    }

    [Fact]
    public void Check_PersonHoldingTwoRoles_IsInformation()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().WithCoreMember(CoreRole.Vcfse, SamplePeople.Healthwatch));
        var issue = Single(Rule, result, EqualVoiceRule.PersonHoldsTwoRoles, Severity.Information, "$.coreGroup[7].personId");
        Assert.Equal("p-healthwatch", issue.OffendingValue);
        Assert.Contains("index 6", issue.Message, StringComparison.Ordinal);
        AssertMetCleanly(Rule, result);
        Assert.Equal("8", Figure(result, "coreGroupMembers"));
        Assert.Equal("7", Figure(result, "distinctPeople"));
    }

    [Fact]
    public void Check_PersonHoldingTwoRoles_RaisedToErrorByOverride_IsNotMet()
    {
        var options = Raise(EqualVoiceRule.PersonHoldsTwoRoles, Severity.Error);
        Assert.Equal("core-group.person-holds-two-roles", EqualVoiceRule.PersonHoldsTwoRoles.Code.ToString());
        var result = Check(Rule, LocalCareCommunityBuilder.Valid().AddCoreMember(SamplePeople.Coach, CoreRole.PublicHealth), options);
        Single(Rule, result, EqualVoiceRule.PersonHoldsTwoRoles, Severity.Error, "$.coreGroup[8].personId");
        Assert.Equal(RuleStatus.NotMet, result.Status);
    }

    [Fact]
    public void Check_PersonHoldingThreeRoles_IsReportedAtEachRepeat()
    {
        var result = Check(Rule, LocalCareCommunityBuilder.Valid()
            .AddCoreMember(SamplePeople.Coach, CoreRole.PublicHealth).AddCoreMember(SamplePeople.Coach, CoreRole.Vcfse));
        Assert.Equal(["$.coreGroup[8].personId", "$.coreGroup[9].personId"],
            result.Issues.Where(i => i.Code == EqualVoiceRule.PersonHoldsTwoRoles.Code).Select(i => i.Location.ToString()));
    }

    [Fact]
    public void Check_UnreadableMembers_AreNotCounted()
    {
        var draft = LocalCareCommunityBuilder.Valid().BuildDraft();
        draft = draft with { CoreGroup = WithNullAt(draft.CoreGroup, 0, 1) };
        var result = Check(Rule, draft, LocalCareCommunityBuilder.DefaultAsOf);
        Assert.NotEqual(RuleStatus.NotMet, result.Status);
        Assert.Equal("6", Figure(result, "coreGroupMembers"));
        Assert.Equal("6", Figure(result, "distinctPeople"));
    }

    [Fact]
    public void Descriptor_IsLibraryReadingInformation()
    {
        Assert.Equal(Modality.LibraryReading, EqualVoiceRule.PersonHoldsTwoRoles.Modality);
        Assert.Equal(Severity.Information, EqualVoiceRule.PersonHoldsTwoRoles.DefaultSeverity);
        Assert.Equal(EqualVoiceRule.PersonHoldsTwoRoles, Assert.Single(Rule.Descriptor.IssueDefinitions));
    }

    [Property(MaxTest = 100, QuietOnSuccess = true)]
    public Property Check_AnyDraft_NeverThrows() => NeverThrows(Rule);
}
