using CareCommunity.Cli.Commands;
using CareCommunity.Cli.Progress;
using CareCommunity.Cli.Tests.Support;
using CareCommunity.Domain.Rules;
using CareCommunity.Testing;

namespace CareCommunity.Cli.Tests.Commands;

/// <summary>The context every command runs with: the catalogue is built only when a command reads it.</summary>
public sealed class ICliCommandTests
{
    [Fact]
    public void CliContext_Catalogue_IsBuiltOnFirstReadAndOnlyOnce()
    {
        var built = 0;
        var catalogue = RuleCatalogue.Create(Domain.Quality.QualityRules.Set);
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TestClocks.AtLondonMidday(CliRunner.Today), () =>
        {
            built++;
            return catalogue;
        }, new PlainFileProgress(TextWriter.Null));

        Assert.Equal(0, built);
        Assert.Same(catalogue, context.Catalogue);
        Assert.Same(catalogue, context.Catalogue);
        Assert.Equal(1, built);
    }
}
