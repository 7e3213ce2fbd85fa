using System.Text.Json.Nodes;
using CareCommunity.Notebooks;

namespace CareCommunity.Notebooks.Tests;

public sealed class NotebookDocumentTests
{
    // As Jupyter writes it: indent 1, CRLF in a source string, an error output, JSON data, attachments, unknown members.
    private const string JupyterNotebook = """
        {
         "cells": [
          {
           "attachments": {"a.png": {"image/png": "iVBORw0KGgo="}},
           "cell_type": "markdown",
           "id": "intro",
           "metadata": {"editable": false},
           "source": "# Title\r\nSome text £5"
          },
          {
           "cell_type": "code",
           "execution_count": 3,
           "id": "code-1",
           "metadata": {"tags": ["parameters"], "collapsed": true},
           "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["a\n", "b\n"]},
            {"data": {"text/plain": ["1"], "application/json": {"x": [1, 2]}}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"},
            {"ename": "Boom", "evalue": "bad", "output_type": "error", "traceback": ["line 1", "line 2"]}
           ],
           "source": ["var x = 1;\n", "x"]
          },
          {"cell_type": "raw", "id": "raw-1", "metadata": {}, "source": []}
         ],
         "metadata": {
          "kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
          "language_info": {"name": "csharp"},
          "polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp"}}
         },
         "nbformat": 4,
         "nbformat_minor": 5,
         "x_unknown": {"kept": true}
        }
        """;

    [Fact]
    public void Parse_JupyterNotebook_KeepsMetadataIdsAndUnknownMembers()
    {
        var notebook = NotebookDocument.Parse(JupyterNotebook);

        Assert.Equal(4, notebook.NbFormat);
        Assert.Equal(5, notebook.NbFormatMinor);
        Assert.Equal(".net-csharp", (string?)notebook.Metadata["kernelspec"]?["name"]);
        Assert.Equal("csharp", (string?)notebook.Metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        Assert.True((bool?)notebook.Extra["x_unknown"]?["kept"]);
        Assert.Equal(["intro", "code-1", "raw-1"], notebook.Cells.Select(c => c.Id));
        Assert.Equal("# Title\nSome text £5", notebook.Cells[0].Source);
        Assert.NotNull(notebook.Cells[0].Extra["attachments"]);
        Assert.False((bool?)notebook.Cells[0].Metadata["editable"]);
        var code = notebook.Cells[1];
        Assert.Equal("var x = 1;\nx", code.Source);
        Assert.Equal(3, code.ExecutionCount);
        Assert.Equal(["stream", "execute_result", "error"], code.Outputs.Select(o => o.OutputType));
        Assert.Equal("a\nb\n", code.Outputs[0].Text);
        Assert.Equal("1", code.Outputs[1].GetData("text/plain"));
        Assert.Equal(2, code.Outputs[2].Extra["traceback"]!.AsArray().Count);
        Assert.Equal("", notebook.Cells[2].Source);
    }

    [Fact]
    public void ToJson_RoundTrips_AndIsStable()
    {
        var first = NotebookDocument.Parse(JupyterNotebook).ToJson();
        var second = NotebookDocument.Parse(first).ToJson();

        Assert.Equal(first, second);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(first),
            JsonNode.Parse(NotebookDocument.Parse(second).ToJson())));
    }

    [Fact]
    public void ToJson_WritesLikeJupyter_TwoSpacesSortedKeysLfTrailingNewlineLineArrays()
    {
        var json = NotebookDocument.Parse(JupyterNotebook).ToJson();

        Assert.StartsWith("{\n  \"cells\": [\n    {\n      \"attachments\": {", json, StringComparison.Ordinal);
        Assert.EndsWith("\n  \"x_unknown\": {\n    \"kept\": true\n  }\n}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.Contains("\"source\": [\n        \"# Title\\n\",\n        \"Some text £5\"\n      ]", json, StringComparison.Ordinal);
        Assert.Contains("\"application/json\": {\n", json, StringComparison.Ordinal);
        // Keys sorted at every level: "collapsed" before "tags" though written the other way round.
        Assert.True(json.IndexOf("\"collapsed\"", StringComparison.Ordinal) < json.IndexOf("\"tags\"", StringComparison.Ordinal));
        // Raw cells have no outputs or execution_count.
        var raw = JsonNode.Parse(json)!["cells"]![2]!.AsObject();
        Assert.False(raw.ContainsKey("outputs"));
        Assert.False(raw.ContainsKey("execution_count"));
    }

    [Fact]
    public void CreateCSharp_HasDotNetKernelSpecAndLanguageInfo()
    {
        var notebook = NotebookDocument.CreateCSharp(NotebookCell.Code("1 + 1", "a"));
        var json = JsonNode.Parse(notebook.ToJson())!;

        Assert.Equal(".NET (C#)", (string?)json["metadata"]!["kernelspec"]!["display_name"]);
        Assert.Equal("C#", (string?)json["metadata"]!["kernelspec"]!["language"]);
        Assert.Equal(".net-csharp", (string?)json["metadata"]!["kernelspec"]!["name"]);
        Assert.Equal("csharp", (string?)json["metadata"]!["language_info"]!["name"]);
        Assert.Null(json["cells"]![0]!["execution_count"]);
        Assert.Empty(json["cells"]![0]!["outputs"]!.AsArray());
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\n", new[] { "a\n" })]
    [InlineData("a\nb", new[] { "a\n", "b" })]
    [InlineData("a\n\nb\n", new[] { "a\n", "\n", "b\n" })]
    public void SplitLines_KeepsNewlinesOnEachLine(string text, string[] expected)
    {
        var lines = NotebookDocument.SplitLines(text).Select(n => (string)n!).ToArray();

        Assert.Equal(expected, lines);
        Assert.Equal(text, string.Concat(lines));
    }

    [Theory]
    [InlineData("[]", "JSON object")]
    [InlineData("{\"nbformat\": 3, \"cells\": []}", "nbformat 4")]
    [InlineData("{\"nbformat\": 4}", "'cells'")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"source\": []}]}", "cells[0]")]
    [InlineData("{ not json", "Not valid JSON")]
    public void Parse_NotANotebook_ThrowsInvalidData(string json, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => NotebookDocument.Parse(json));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveAndLoad_RoundTripsThroughAFile()
    {
        var path = Path.Combine(TestNotebooks.TempFolder(), "n.ipynb");
        var notebook = NotebookDocument.CreateCSharp(NotebookCell.Markdown("# Hi", "m"), NotebookCell.Code("1", "c")
            .WithOutputs([NotebookOutput.ExecuteResult(1, new Dictionary<string, string> { ["text/plain"] = "1" })], 1));

        notebook.Save(path);
        var bytes = File.ReadAllBytes(path);

        Assert.NotEqual(0xEF, bytes[0]); // no BOM
        Assert.Equal(notebook.ToJson(), NotebookDocument.Load(path).ToJson());
    }
}
