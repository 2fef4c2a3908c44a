using Rejected.Core.Reflections;

namespace Rejected.Web.Journal;

public enum JournalSort
{
    Newest,
    Oldest,
    Company,
}

/// <summary>What the journal list shows: filters, order and page. Every field is optional.</summary>
public sealed record JournalQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public InterviewStage? Stage { get; init; }

    public string? Tag { get; init; }

    public string? Company { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>True: only finished reflections; false: only unfinished; null: both.</summary>
    public bool? Finished { get; init; }

    public JournalSort Sort { get; init; } = JournalSort.Newest;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public bool HasFilters => Stage is not null || !string.IsNullOrWhiteSpace(Tag) || !string.IsNullOrWhiteSpace(Company)
        || From is not null || To is not null || Finished is not null;
}

public sealed record JournalResults(IReadOnlyList<RejectionSummary> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

/// <summary>The values a user's filters can take.</summary>
public sealed record JournalFilterOptions(IReadOnlyList<string> Companies, IReadOnlyList<string> Tags);

/// <summary>A reflection whose revisit date has come.</summary>
public sealed record DueRevisit(int Id, string Company, string RoleTitle, DateOnly RevisitOn);
