using System.Text;
using Microsoft.JSInterop;

namespace Rejected.Web.Tests.Support;

/// <summary>Stands in for the stream the browser script hands to <c>ReceiveText</c>: the text as UTF-8.</summary>
public sealed class FakeJSStreamReference(string text) : IJSStreamReference
{
    private readonly byte[] bytes = Encoding.UTF8.GetBytes(text);

    public long Length => bytes.LongLength;

    public bool Opened { get; private set; }

    public ValueTask<Stream> OpenReadStreamAsync(long maxAllowedSize = 512000, CancellationToken cancellationToken = default)
    {
        if (bytes.LongLength > maxAllowedSize)
        {
            throw new InvalidOperationException($"The stream is {bytes.LongLength} bytes; at most {maxAllowedSize} may be read.");
        }

        Opened = true;
        return ValueTask.FromResult<Stream>(new MemoryStream(bytes, writable: false));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
