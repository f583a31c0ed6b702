using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ValueFirst.Core.Content;

/// <summary>
/// Reads front matter YAML: the simple kind line by line (<see cref="SimpleFrontMatter"/>), the rest from
/// YamlDotNet's parser events instead of a node tree: a third of the cost (no tree, no pass to resolve
/// aliases), and safe by construction: nesting is refused past a limit before it can recurse, and an alias
/// reuses the value already read for its anchor, never expanding it, so a "billion laughs" stays a few
/// hundred characters.
/// </summary>
internal static class FrontMatterYaml
{
    /// <summary>
    /// The top-level keys in order. Throws <see cref="FrontMatterException"/> for a root that is not a map, a
    /// key given twice, an unknown alias or nesting deeper than <paramref name="maxDepth"/>, and
    /// <see cref="YamlException"/> for a syntax error.
    /// </summary>
    public static IReadOnlyList<FrontMatterEntry> Read(string yaml, int maxDepth) =>
        SimpleFrontMatter.TryRead(yaml, out var entries) ? entries : ReadWithParser(yaml, maxDepth);

    /// <summary>Reads any YAML with YamlDotNet's parser; <see cref="Read"/> uses it for all but the simplest front matter.</summary>
    public static IReadOnlyList<FrontMatterEntry> ReadWithParser(string yaml, int maxDepth) =>
        new EventReader(new Parser(new StringReader(yaml)), maxDepth).ReadDocument();

    private sealed class EventReader(Parser parser, int maxDepth)
    {
        private readonly Dictionary<string, FrontMatterValue> anchors = new(StringComparer.Ordinal);
        private int depth;

        public IReadOnlyList<FrontMatterEntry> ReadDocument()
        {
            Next(); // StreamStart
            if (Next() is StreamEnd)
            {
                return []; // only comments, or nothing at all
            }

            var root = Next(); // after DocumentStart
            var entries = new List<FrontMatterEntry>();
            switch (root)
            {
                case MappingStart map:
                    ReadMapping(map, entries);
                    break;
                case Scalar { Value: "" }:
                    break;
                default:
                    throw new FrontMatterException(LineOf(root), "front matter must be key: value lines");
            }

            // Read to the end only so a syntax error after the first document is still reported.
            while (parser.MoveNext())
            {
            }

            return entries;
        }

        private ParsingEvent Next() =>
            parser.MoveNext() ? parser.Current! : throw new FrontMatterException(1, "front matter ended unexpectedly");

        private FrontMatterValue ReadNode(ParsingEvent node) => node switch
        {
            Scalar scalar => Remember(scalar, FrontMatterValue.OfScalar(scalar.Value)),
            AnchorAlias alias => anchors.TryGetValue(alias.Value.Value, out var value)
                ? value
                : throw new FrontMatterException(LineOf(alias), $"the alias *{alias.Value.Value} has no &{alias.Value.Value} before it"),
            SequenceStart list => Remember(list, ReadSequence(list)),
            MappingStart map => Remember(map, ReadMapping(map, entries: null)),
            _ => throw new FrontMatterException(LineOf(node), $"unexpected {node.GetType().Name} in front matter"),
        };

        private FrontMatterValue Remember(NodeEvent node, FrontMatterValue value)
        {
            if (!node.Anchor.IsEmpty)
            {
                anchors[node.Anchor.Value] = value;
            }

            return value;
        }

        private FrontMatterValue ReadSequence(SequenceStart list)
        {
            Enter(list);
            var items = new List<string>();
            var text = new BoundedText('[');
            while (Next() is not SequenceEnd)
            {
                var item = ReadNode(parser.Current!);
                if (item.Scalar is { } scalar)
                {
                    items.Add(scalar);
                }

                text.Item(item.Text);
            }

            depth--;
            return new(null, items, text.Close(']'));
        }

        // Collects the top-level entries when asked; every map is described in short for display.
        private FrontMatterValue ReadMapping(MappingStart map, List<FrontMatterEntry>? entries)
        {
            Enter(map);
            var text = new BoundedText('{');
            HashSet<string>? keys = null;
            while (Next() is not MappingEnd)
            {
                var keyEvent = parser.Current!;
                var key = ReadNode(keyEvent);
                var value = ReadNode(Next());
                if (key.Scalar is { } name && !(keys ??= new(StringComparer.Ordinal)).Add(name))
                {
                    throw new FrontMatterException(LineOf(keyEvent), $"invalid YAML in front matter: the key '{name}' is given twice: keep one");
                }

                entries?.Add(new(key.Scalar?.Trim() ?? "", LineOf(keyEvent), value));
                text.Item(key.Text, value.Text);
            }

            depth--;
            return new(null, [], text.Close('}'));
        }

        private void Enter(ParsingEvent nested)
        {
            if (++depth > maxDepth)
            {
                throw new FrontMatterException(LineOf(nested), $"front matter is nested more than {maxDepth} levels deep: keep it to simple key: value lines and lists");
            }
        }

        private static int LineOf(ParsingEvent e) => (int)Math.Max(1, e.Start.Line);
    }
}
