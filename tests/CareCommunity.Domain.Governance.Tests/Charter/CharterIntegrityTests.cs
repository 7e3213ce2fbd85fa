using CareCommunity.Domain.Governance.Charter;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Governance.Tests.Charter;

public sealed class CharterIntegrityTests
{
    [Fact]
    public void All_AreDocumentIntegrityErrors_WithCharterCodes()
    {
        Assert.Equal(3, CharterIntegrity.All.Count);
        Assert.All(CharterIntegrity.All, d =>
        {
            Assert.Equal(Modality.DocumentIntegrity, d.Modality);
            Assert.Equal(Severity.Error, d.DefaultSeverity);
            Assert.StartsWith("charter.", d.Code.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryIntegrityDefinition_IsListedByARuleThatRaisesIt()
    {
        var listed = CharterRules.All.SelectMany(r => r.Descriptor.IssueDefinitions).ToHashSet();
        Assert.All(CharterIntegrity.All, d => Assert.Contains(d, listed));
    }
}
