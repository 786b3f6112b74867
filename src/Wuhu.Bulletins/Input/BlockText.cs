using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Wuhu.Bulletins.Input;

/// <summary>Reduces an HTML subtree to lines the way a browser lays it out: block elements and &lt;br&gt; end a line.</summary>
internal static partial class BlockText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
        "article", "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "hr", "title", "caption", "tbody", "thead",
    };

    /// <summary>Never part of what a reader sees (and never executed or fetched).</summary>
    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head",
    };

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HidingStyle();

    /// <summary>Hidden by the page itself (the hidden attribute, display:none, visibility:hidden): not what a reader sees.</summary>
    public static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") || (element.GetAttribute("style") is { } style && HidingStyle().IsMatch(style));

    public static bool IsHiddenOrInHidden(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (IsHidden(e)) return true;
        }

        return false;
    }

    /// <summary>The lines of <paramref name="root"/>, stopping before <paramref name="stopAt"/> when given.</summary>
    public static List<string> Lines(INode root, INode? stopAt = null)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        Walk(root, stopAt, lines, current);
        Flush(lines, current);
        return lines;
    }

    /// <returns>false once <paramref name="stopAt"/> was reached.</returns>
    private static bool Walk(INode node, INode? stopAt, List<string> lines, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            if (ReferenceEquals(child, stopAt))
            {
                return false;
            }

            switch (child)
            {
                case IText text:
                    current.Append(text.Data.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
                    break;
                case IElement element when SkippedTags.Contains(element.LocalName) || IsHidden(element):
                    break;
                case IElement element:
                    var block = BlockTags.Contains(element.LocalName);
                    if (block) Flush(lines, current);
                    if (!Walk(element, stopAt, lines, current)) return false;
                    if (block) Flush(lines, current);
                    break;
            }
        }

        return true;
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        if (current.Length > 0)
        {
            lines.Add(current.ToString());
            current.Clear();
        }
    }
}
