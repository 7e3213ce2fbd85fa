using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareCommunity.Domain.Json.Tests.Support;

/// <summary>
/// Resolves the JSON-path-like locations of validation issues (<c>$</c>, <c>$.a.b[2].c</c>, <c>$['odd name']</c>,
/// <c>$.$schema</c>, and System.Text.Json's <c>$.</c> for a member named "") against a parsed document.
/// </summary>
internal static class JsonPathResolver
{
    /// <summary>One step of a path: a member name or an array index.</summary>
    public readonly record struct Segment(string? Name, int? Index)
    {
        public override string ToString() => Name is not null ? "." + Name : "[" + Index!.Value.ToString(CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>Splits a path into its segments.</summary>
    /// <exception cref="FormatException">The text is not a path.</exception>
    /// <param name="path">The path.</param>
    /// <param name="escapes">True for DocumentPath's form, where <c>\\</c> escapes inside <c>['...']</c>; false for
    /// System.Text.Json's, which writes names as they are.</param>
    public static IReadOnlyList<Segment> Parse(string path, bool escapes = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('$'))
        {
            throw new FormatException($"A path starts with '$': '{path}'.");
        }

        var segments = new List<Segment>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var start = ++i;
                while (i < path.Length && path[i] is not ('.' or '['))
                {
                    i++;
                }

                // An empty name ("$." or "$..a") is how System.Text.Json writes the member "" in its paths.
                segments.Add(new Segment(path[start..i], null));
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                i += 2;
                var name = new StringBuilder();
                // System.Text.Json does not escape a quote inside ['...'], so a quote ends the name only when "]" and
                // the end or the next segment follow it.
                while (i < path.Length && !(path[i] == '\'' && EndsBracket(path, i)))
                {
                    if (escapes && path[i] == '\\' && i + 1 < path.Length)
                    {
                        i++;
                    }

                    name.Append(path[i++]);
                }

                if (i + 1 >= path.Length || path[i + 1] != ']')
                {
                    throw new FormatException($"Unterminated ['name'] in '{path}'.");
                }

                i += 2;
                segments.Add(new Segment(name.ToString(), null));
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    throw new FormatException($"Bad index at {i} in '{path}'.");
                }

                segments.Add(new Segment(null, index));
                i = close + 1;
            }
            else
            {
                throw new FormatException($"Unexpected '{path[i]}' at {i} in '{path}'.");
            }
        }

        return segments;
    }

    private static bool EndsBracket(string path, int quote) =>
        quote + 1 < path.Length && path[quote + 1] == ']' && (quote + 2 == path.Length || path[quote + 2] is '.' or '[');

    /// <summary>Finds the element a path names (in either escaping convention).</summary>
    public static bool TryResolve(JsonElement root, string path, out JsonElement element)
    {
        foreach (var segments in Readings(path))
        {
            if (TryWalk(root, segments, out element))
            {
                return true;
            }
        }

        element = default;
        return false;
    }

    /// <summary>
    /// True when the path names an element of the document, or names a member that is missing from an object that
    /// exists (a missing required or optional member, e.g. <c>$.riskRegister</c>).
    /// </summary>
    public static bool ResolvesOrParentDoes(JsonElement root, string path)
    {
        foreach (var segments in Readings(path))
        {
            if (TryWalk(root, segments, out _))
            {
                return true;
            }

            if (segments.Count > 0
                && segments[^1].Name is not null
                && TryWalk(root, segments.Take(segments.Count - 1).ToArray(), out var parent)
                && parent.ValueKind == JsonValueKind.Object)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The path read with escapes, and, when it differs or fails, without.</summary>
    private static IEnumerable<IReadOnlyList<Segment>> Readings(string path)
    {
        IReadOnlyList<Segment>? escaped = null;
        try
        {
            escaped = Parse(path, escapes: true);
        }
        catch (FormatException) when (path.Contains('\\', StringComparison.Ordinal))
        {
        }

        if (escaped is not null)
        {
            yield return escaped;
        }

        if (path.Contains('\\', StringComparison.Ordinal))
        {
            yield return Parse(path, escapes: false);
        }
    }

    private static bool TryWalk(JsonElement root, IReadOnlyList<Segment> segments, out JsonElement element)
    {
        element = root;
        foreach (var segment in segments)
        {
            if (segment.Name is { } name)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var child))
                {
                    return false;
                }

                element = child;
            }
            else
            {
                var index = segment.Index!.Value;
                if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                {
                    return false;
                }

                element = element[index];
            }
        }

        return true;
    }
}
