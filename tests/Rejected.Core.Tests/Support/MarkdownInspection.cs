using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Rejected.Core.Tests.Support;

internal static class MarkdownInspection
{
    /// <summary>
    /// The text of an inline container when every inline in it is plain text; fails the test when Markdig
    /// read any of it as emphasis, a link, HTML, code or an entity.
    /// </summary>
    public static string LiteralText(ContainerInline? inline)
    {
        Assert.NotNull(inline);
        var builder = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case LineBreakInline:
                    builder.Append('\n');
                    break;
                default:
                    Assert.Fail($"Expected only literal text but found {child.GetType().Name}.");
                    break;
            }
        }

        return builder.ToString();
    }
}
