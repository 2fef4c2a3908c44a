using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Rejected.Web.Tests.Support;

/// <summary>The "Your data" page's import form posted as a browser would (antiforgery token and all), and downloads read back.</summary>
public static class DataForms
{
    /// <summary>Posts the import form with <paramref name="content"/> as the chosen file.</summary>
    public static async Task<HttpResponseMessage> PostImportAsync(HttpClient client, string fileName, byte[] content)
    {
        var page = await client.GetAsync("/data");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.Forms.Single(f => f.QuerySelector("input[name='_handler'][value='import']") is not null);
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));

        var multipart = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type='hidden'][name]"))
        {
            multipart.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        }

        // As a browser sends it, an empty file name when no file was chosen included.
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = $"\"{fileName}\"" };
        multipart.Add(file);
        return await client.PostAsync(form.GetAttribute("action") is { Length: > 0 } action ? action : "/data", multipart);
    }

    /// <summary>Imports the file and returns the page that shows the outcome (following the redirect of a refused upload).</summary>
    public static async Task<ImportOutcome> ImportAsync(HttpClient client, string fileName, byte[] content)
    {
        var response = await PostImportAsync(client, fileName, content);
        if (response.StatusCode == HttpStatusCode.SeeOther)
        {
            response = await client.GetAsync(response.RedirectTarget());
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ImportOutcome.Read(await response.Content.ReadAsStringAsync());
    }

    public static Task<ImportOutcome> ImportAsync(HttpClient client, string fileName, string content) =>
        ImportAsync(client, fileName, new UTF8Encoding(false).GetBytes(content));

    public static async Task<byte[]> DownloadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Every entry of a zip, by name, as UTF-8 text.</summary>
    public static Dictionary<string, string> ReadZip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    /// <summary>A zip of the given entries, in order (names are written as given, however unsafe).</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(new UTF8Encoding(false).GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A zip whose entries unpack to <paramref name="megabytes"/> of zeros each, though the zip itself is small.</summary>
    public static byte[] ZerosZip(int megabytes, params string[] names)
    {
        var zeros = new byte[1024 * 1024];
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in names)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                for (var i = 0; i < megabytes; i++)
                {
                    stream.Write(zeros);
                }
            }
        }

        return buffer.ToArray();
    }
}

/// <summary>What the page says after an import: the problems listed by the file field, or the summary of what came in.</summary>
public sealed record ImportOutcome(IReadOnlyList<string> Errors, string? Summary, IHtmlDocument Page)
{
    public static ImportOutcome Read(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var errors = page.QuerySelectorAll("#import-errors li").Select(li => li.TextContent.Trim()).ToList();
        var summary = page.QuerySelector(".alert-success[role=status]")?.TextContent is { } text
            ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : null;
        return new ImportOutcome(errors, summary, page);
    }
}
