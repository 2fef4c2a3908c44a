using Microsoft.Data.Sqlite;
using Rejected.Core.Search;

namespace Rejected.Core.Tests.Search;

/// <summary>An in-memory FTS5 index set up like the app's, so the queries are checked by SQLite itself.</summary>
public sealed class Fts5Index : IDisposable
{
    public const string Owner = "user-1";
    public const string OtherOwner = "user-2";

    public static readonly IReadOnlyDictionary<long, string> Rows = new Dictionary<long, string>
    {
        [1] = "Asked the interviewer for feedback on system design.",
        [2] = "The café on the corner; naïve questions about Zürich.",
        [3] = "Design of the system was fine, they said.",
        [4] = "Interviews went well until the take-home.",
        [5] = "Notes: NEAR AND OR NOT were just words here.",
        [6] = "株式会社 面接 собеседование",
    };

    public Fts5Index()
    {
        Connection = new SqliteConnection("DataSource=:memory:");
        Connection.Open();
        Execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2', prefix='2 3')");
        foreach (var (rowid, body) in Rows)
        {
            Execute("INSERT INTO t(rowid, body) VALUES ($rowid, $body)", ("$rowid", rowid), ("$body", body));
        }

        // Like the app's SearchIndex: one owner's rows must stay out of another's search, whatever is typed.
        Execute("CREATE VIRTUAL TABLE owned USING fts5(OwnerKey, Body, tokenize='unicode61 remove_diacritics 2', prefix='2 3')");
        Execute("INSERT INTO owned(rowid, OwnerKey, Body) VALUES (1, $owner, 'my own notes on design')", ("$owner", Owner));
        Execute("INSERT INTO owned(rowid, OwnerKey, Body) VALUES (2, $owner, 'secret design notes OwnerKey user 2')", ("$owner", OtherOwner));
    }

    public SqliteConnection Connection { get; }

    public IReadOnlyList<long> Match(string table, string query)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM {table} WHERE {table} MATCH $q ORDER BY rowid";
        command.Parameters.AddWithValue("$q", query);
        using var reader = command.ExecuteReader();
        var rowids = new List<long>();
        while (reader.Read())
        {
            rowids.Add(reader.GetInt64(0));
        }

        return rowids;
    }

    public void Dispose() => Connection.Dispose();

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}

public sealed class SearchQueryFts5Tests(Fts5Index index) : IClassFixture<Fts5Index>
{
    /// <summary>The hostile inputs that leave something to search for; the app skips the search for the rest.</summary>
    public static TheoryData<string> HostileInputs() =>
        new(SearchQueryTests.Hostile.Where(i => SearchQuery.ToFts5(i) is not null).ToArray());

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputRunsAsAMatchWithoutAnError(string input)
    {
        var query = SearchQuery.ToFts5(input);
        Assert.NotNull(query);

        var ex = Record.Exception(() => index.Match("t", query));

        Assert.Null(ex);
    }

    [Fact]
    public void ANulCharacterThatWouldEndTheStringEarlyIsRemoved()
    {
        // Passed through, FTS5 reads the NUL as the end of the query and reports an unterminated string.
        Assert.Throws<SqliteException>(() => index.Match("t", "\"system\0design\""));

        Assert.Equal([1, 3], index.Match("t", Fts5("system\0 design")));
    }

    [Fact]
    public void HalfASurrogatePairRunsWithoutAnError()
    {
        foreach (var input in SearchQueryTests.LoneSurrogates)
        {
            if (SearchQuery.ToFts5(input) is { } query)
            {
                Assert.Null(Record.Exception(() => index.Match("t", query)));
            }
        }
    }

    [Fact]
    public void EveryPrefixOfAHostileInputAlsoRuns()
    {
        // Cutting input anywhere leaves half-open quotes, parentheses and operators: none may reach FTS5 raw.
        const string input = "\"a\" OR (NEAR(b c, 2) AND -d^e:f {g h}: i*) NOT \"\" “j ”k \"l";
        for (var length = 1; length <= input.Length; length++)
        {
            var query = SearchQuery.ToFts5(input[..length]);
            if (query is not null)
            {
                Assert.Null(Record.Exception(() => index.Match("t", query)));
            }
        }
    }

    [Fact]
    public void AllTermsMustMatch()
    {
        Assert.Equal([1, 3], index.Match("t", Fts5("system design")));
        Assert.Equal([3], index.Match("t", Fts5("system design fine")));
    }

    [Fact]
    public void APhraseMatchesOnlyWordsInThatOrder()
    {
        Assert.Equal([1], index.Match("t", Fts5("\"system design\"")));
        Assert.Equal([1], index.Match("t", Fts5("“system design”")));
        Assert.Empty(index.Match("t", Fts5("\"design system\"")));
    }

    [Fact]
    public void APrefixMatchesLongerWords()
    {
        Assert.Empty(index.Match("t", Fts5("interview")));
        Assert.Equal([1, 4], index.Match("t", Fts5("interv*")));
        Assert.Equal([1, 4], index.Match("t", Fts5("in*")));
        Assert.Equal([1, 2, 3, 4], index.Match("t", Fts5("th*")));
    }

    [Theory]
    [InlineData("cafe")]
    [InlineData("café")]
    [InlineData("cafe\u0301")]
    [InlineData("CAFÉ")]
    [InlineData("naive")]
    [InlineData("zurich")]
    [InlineData("zur*")]
    public void DiacriticsAndCaseAreFolded(string input)
    {
        Assert.Equal([2], index.Match("t", Fts5(input)));
    }

    [Theory]
    [InlineData("NEAR")]
    [InlineData("AND")]
    [InlineData("OR NOT")]
    [InlineData("\"NEAR AND OR NOT\"")]
    [InlineData("Notes:")]
    [InlineData("(just words)")]
    public void OperatorWordsAreSearchedForAsWords(string input)
    {
        Assert.Equal([5], index.Match("t", Fts5(input)));
    }

    [Theory]
    [InlineData("take-home")]
    [InlineData("\"take home\"")]
    public void PunctuationInsideAWordActsAsAPhrase(string input)
    {
        Assert.Equal([4], index.Match("t", Fts5(input)));
    }

    [Theory]
    [InlineData("株式会社")]
    [InlineData("собеседование")]
    [InlineData("СОБЕС*")]
    public void NonLatinWordsAreFound(string input)
    {
        Assert.Equal([6], index.Match("t", Fts5(input)));
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("OwnerKey:user-2")]
    [InlineData("OwnerKey : \"user-2\"")]
    [InlineData("{OwnerKey}: secret")]
    [InlineData("x\" OR OwnerKey : \"user-2")]
    [InlineData(") OR (secret")]
    [InlineData("design) OR (OwnerKey : user")]
    [InlineData("NOT mine")]
    [InlineData("- mine")]
    public void TypedInputCannotReachAnotherOwnersRows(string input)
    {
        var query = SearchQuery.ToFts5(input);
        Assert.NotNull(query);

        // Composed the way the app's SearchService composes it.
        var rows = index.Match("owned", $"OwnerKey : \"{Fts5Index.Owner}\" AND ({query})");

        Assert.DoesNotContain(2L, rows);
    }

    [Fact]
    public void TheOwnersOwnRowsAreStillFoundThroughTheOwnerFilter()
    {
        Assert.Equal([1], index.Match("owned", $"OwnerKey : \"{Fts5Index.Owner}\" AND ({Fts5("desi*")})"));
    }

    private static string Fts5(string input)
    {
        var query = SearchQuery.ToFts5(input);
        Assert.NotNull(query);
        return query;
    }
}
