using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Rejected.Core.Export;

/// <summary>Writes values for YAML front matter.</summary>
internal static class YamlScalar
{
    // A JSON string is also a valid YAML double-quoted scalar, and JSON escaping is well tested; this
    // keeps quotes, colons, '#', '---' and line breaks in a value from being read as YAML syntax.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Quote(string? value) =>
        value is null ? "null" : JsonSerializer.Serialize(value, Options);

    public static string Date(DateOnly? value) =>
        value is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "null";

    public static string Number(int? value) =>
        value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "null";

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";
}
