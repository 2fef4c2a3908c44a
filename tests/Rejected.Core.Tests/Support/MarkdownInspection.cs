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

    /// <summary>
    /// Like <see cref="LiteralText"/>, but also allows strong emphasis (<c>**…**</c>) around literal text, which
    /// it writes back as <c>**…**</c>; fails on any other Markdown the user's text could have turned into.
    /// </summary>
    public static string StrongAndLiteralText(ContainerInline? inline)
    {
        Assert.NotNull(inline);
        var builder = new StringBuilder();
        foreach (var child in inline)
        {
            switch (child)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case LineBreakInline:
                    builder.Append('\n');
                    break;
                case EmphasisInline { DelimiterChar: '*', DelimiterCount: 2 } strong:
                    builder.Append("**").Append(LiteralText(strong)).Append("**");
                    break;
                default:
                    Assert.Fail($"Expected only literal or strong text but found {child.GetType().Name}.");
                    break;
            }
        }

        return builder.ToString();
    }
}
