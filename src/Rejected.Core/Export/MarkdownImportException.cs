namespace Rejected.Core.Export;

/// <summary>
/// A Markdown file that cannot be imported. The message is meant for the person importing it: it says where the
/// problem is ("line 12: …") when it can, and what is wrong in plain words.
/// </summary>
public sealed class MarkdownImportException : FormatException
{
    public MarkdownImportException(string message)
        : base(message)
    {
    }

    public MarkdownImportException(int line, string message)
        : base($"line {line}: {message}")
    {
        Line = line;
    }

    public MarkdownImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MarkdownImportException(int line, string message, Exception innerException)
        : base($"line {line}: {message}", innerException)
    {
        Line = line;
    }

    public MarkdownImportException()
    {
    }

    /// <summary>The 1-based line the problem is on, when it is on one.</summary>
    public int? Line { get; }
}
