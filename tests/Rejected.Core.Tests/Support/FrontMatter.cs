using YamlDotNet.RepresentationModel;

namespace Rejected.Core.Tests.Support;

/// <summary>Splits an exported file into its YAML front matter, parsed by YamlDotNet, and its Markdown body.</summary>
internal sealed record FrontMatter(YamlMappingNode Root, string Body)
{
    private const string Fence = "---\n";

    public static FrontMatter Split(string file)
    {
        Assert.StartsWith(Fence, file, StringComparison.Ordinal);
        var end = file.IndexOf("\n" + Fence, Fence.Length - 1, StringComparison.Ordinal);
        Assert.True(end > 0, "The front matter is not closed.");
        var yaml = file[Fence.Length..(end + 1)];

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var document = Assert.Single(stream.Documents);
        var root = Assert.IsType<YamlMappingNode>(document.RootNode);
        return new FrontMatter(root, file[(end + 1 + Fence.Length)..]);
    }

    public YamlNode this[string key] => Root.Children[new YamlScalarNode(key)];

    public IEnumerable<string> Keys => Root.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!);

    /// <summary>The string a quoted scalar stands for.</summary>
    public string? String(string key)
    {
        var scalar = Assert.IsType<YamlScalarNode>(this[key]);
        if (IsNull(scalar))
        {
            return null;
        }

        Assert.Equal(YamlDotNet.Core.ScalarStyle.DoubleQuoted, scalar.Style);
        return scalar.Value;
    }

    /// <summary>A plain scalar: a number, a date or null.</summary>
    public string? Plain(string key)
    {
        var scalar = Assert.IsType<YamlScalarNode>(this[key]);
        Assert.Equal(YamlDotNet.Core.ScalarStyle.Plain, scalar.Style);
        return IsNull(scalar) ? null : scalar.Value;
    }

    public IReadOnlyList<string?> List(string key) =>
        Assert.IsType<YamlSequenceNode>(this[key]).Children.Select(n => Assert.IsType<YamlScalarNode>(n).Value).ToList();

    private static bool IsNull(YamlScalarNode scalar) => scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value == "null";
}
