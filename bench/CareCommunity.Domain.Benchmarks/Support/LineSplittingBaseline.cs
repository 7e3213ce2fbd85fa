using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CareCommunity.Domain.Benchmarks.Support;

/// <summary>What a pass over a JSON Lines input found.</summary>
/// <param name="Accepted">Records read.</param>
/// <param name="Rejected">Records that could not be read.</param>
public readonly record struct LineCounts(long Accepted, long Rejected)
{
    /// <summary>All records.</summary>
    public long Total => Accepted + Rejected;
}

/// <summary>
/// The baseline for <c>JsonLines.Read</c>: the least a reader of JSON Lines must do. It splits the stream into lines
/// with a fixed 64 KiB buffer and calls <see cref="JsonSerializer.Deserialize{TValue}(ReadOnlySpan{byte}, JsonTypeInfo{TValue})"/>
/// on each with the same source-generated type information, counting what it read; no outcome per record, no issue,
/// no path, no line numbers. Same input, same contract, same exceptions for bad lines.
/// </summary>
public static class LineSplittingBaseline
{
    /// <summary>Reads every line of the stream.</summary>
    /// <typeparam name="T">The record contract.</typeparam>
    /// <param name="utf8">The input.</param>
    /// <param name="typeInfo">The contract's type information.</param>
    /// <param name="onRecord">Called with each record read (for checksums), or null.</param>
    /// <returns>How many records were accepted and rejected.</returns>
    public static LineCounts Read<T>(Stream utf8, JsonTypeInfo<T> typeInfo, Action<T>? onRecord = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(typeInfo);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        long accepted = 0;
        long rejected = 0;
        try
        {
            var filled = 0;
            while (true)
            {
                var read = utf8.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                var pending = buffer.AsSpan(0, filled);
                while (pending.IndexOf((byte)'\n') is var newline and >= 0)
                {
                    Count(pending[..newline], typeInfo, onRecord, ref accepted, ref rejected);
                    pending = pending[(newline + 1)..];
                }

                if (read == 0)
                {
                    Count(pending, typeInfo, onRecord, ref accepted, ref rejected);
                    return new LineCounts(accepted, rejected);
                }

                pending.CopyTo(buffer);
                filled = pending.Length;
                if (filled == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Count<T>(ReadOnlySpan<byte> line, JsonTypeInfo<T> typeInfo, Action<T>? onRecord, ref long accepted, ref long rejected)
        where T : class
    {
        if (line.IsEmpty)
        {
            return;
        }

        try
        {
            if (JsonSerializer.Deserialize(line, typeInfo) is { } value)
            {
                accepted++;
                onRecord?.Invoke(value);
            }
            else
            {
                rejected++;
            }
        }
        catch (JsonException)
        {
            rejected++;
        }
    }
}
