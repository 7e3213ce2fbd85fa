using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Json.Streaming;

/// <summary>
/// What became of one record of a record stream: its position, the value when it was read, and the issues that
/// rejected it. Every input record gets exactly one outcome, so nothing is lost: a caller can always account for
/// every line of its input.
/// </summary>
/// <typeparam name="T">The record's contract type.</typeparam>
/// <param name="Index">The record's zero-based index among the records (blank lines are not records).</param>
/// <param name="LineNumber">The record's one-based line number in the input.</param>
/// <param name="Value">The record, when it was read.</param>
/// <param name="Issues">Why it was rejected (locations are <c>$[index]…</c>); empty when accepted.</param>
public sealed record RecordOutcome<T>(long Index, long LineNumber, T? Value, ImmutableArray<ValidationIssue> Issues)
    where T : class
{
    /// <summary>True when the record was read.</summary>
    public bool Accepted => Value is not null;
}

/// <summary>
/// The streaming path of the JSON edge: reads JSON Lines (one JSON value per line, UTF-8) record by record, with the
/// same strict source-generated contracts as the document readers, without holding the input in memory. A record
/// that cannot be read is rejected with an issue (its index, line and JSON path) and reading goes on with the next.
/// Meant for large files — a population of resident records — beside the convenient whole-document readers.
/// </summary>
/// <remarks>Lines end in <c>\n</c> (a preceding <c>\r</c> is ignored); blank lines are skipped; a UTF-8 byte-order
/// mark at the start is allowed. A single line longer than <see cref="MaxLineBytes"/> is rejected, not buffered.</remarks>
public static class JsonLines
{
    /// <summary>The longest line read as a record: 1 MiB.</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>Issue code: a line is longer than <see cref="MaxLineBytes"/>.</summary>
    public static IssueCode RecordTooLong { get; } = IssueCode.Create("record.too-long");

    /// <summary>Reads records from a stream of JSON Lines.</summary>
    /// <typeparam name="T">The record's contract type.</typeparam>
    /// <param name="utf8">The input, UTF-8.</param>
    /// <param name="typeInfo">The record's source-generated type information (strict options recommended).</param>
    /// <returns>One outcome per record, in input order, produced as the stream is read.</returns>
    public static IEnumerable<RecordOutcome<T>> Read<T>(Stream utf8, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return ReadIterator(utf8, typeInfo);
    }

    private static IEnumerable<RecordOutcome<T>> ReadIterator<T>(Stream utf8, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var start = 0;
            var end = 0;
            long line = 0;
            long index = 0;
            var first = true;
            var skippingLongLine = false;
            while (true)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
                if (newline < 0)
                {
                    if (end - start >= MaxLineBytes && !skippingLongLine)
                    {
                        line++;
                        yield return TooLong<T>(index++, line);
                        skippingLongLine = true;
                        start = end;
                    }
                    else if (skippingLongLine)
                    {
                        start = end;
                    }

                    // Make room: move the partial line to the front, grow if it fills the buffer.
                    if (start > 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, bigger, 0, end);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }

                    var read = utf8.Read(buffer, end, buffer.Length - end);
                    if (read == 0)
                    {
                        if (end > start && !skippingLongLine)
                        {
                            line++;
                            if (Record<T>(buffer.AsSpan(start, end - start), ref first, index, line, typeInfo) is { } last)
                            {
                                index++;
                                yield return last;
                            }
                        }

                        yield break;
                    }

                    end += read;
                    continue;
                }

                if (skippingLongLine)
                {
                    skippingLongLine = false;
                    start = newline + 1;
                    continue;
                }

                line++;
                var outcome = Record<T>(buffer.AsSpan(start, newline - start), ref first, index, line, typeInfo);
                start = newline + 1;
                if (outcome is not null)
                {
                    index++;
                    yield return outcome;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static RecordOutcome<T>? Record<T>(ReadOnlySpan<byte> text, ref bool first, long index, long line, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (first)
        {
            first = false;
            text = JsonDocuments.TrimBom(text);
        }

        if (!text.IsEmpty && text[^1] == (byte)'\r')
        {
            text = text[..^1];
        }

        if (text.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        // The record's path is built only when it is rejected: accepted records (nearly all) cost nothing extra.
        DocumentPath At() => DocumentPath.Root.Index((int)Math.Min(index, int.MaxValue));
        try
        {
            var value = JsonSerializer.Deserialize(text, typeInfo);
            return value is not null
                ? new RecordOutcome<T>(index, line, value, [])
                : new RecordOutcome<T>(index, line, null,
                    [new ValidationIssue(Severity.Error, IssueKind.Structure, null, CareCommunityDocument.WrongType, At(), $"Line {line} is JSON null, not a record.")]);
        }
        catch (JsonException e)
        {
            var issue = JsonProblems.Describe(e, typeInfo.Type.Name, hasPublishedSchema: false);
            return new RecordOutcome<T>(index, line, null,
                [new ValidationIssue(issue.Severity, issue.Kind, issue.Rule, issue.Code, At().Append(issue.Location), $"Line {line}: {issue.Message}", issue.OffendingValue)]);
        }
    }

    private static RecordOutcome<T> TooLong<T>(long index, long line)
        where T : class =>
        new(index, line, null,
            [new ValidationIssue(Severity.Error, IssueKind.Structure, null, RecordTooLong, DocumentPath.Root.Index(checked((int)Math.Min(index, int.MaxValue))),
                $"Line {line} is longer than {MaxLineBytes} bytes and was not read.")]);
}
