using System.Globalization;
using System.Text.RegularExpressions;
using Rejected.Core.Reflections;
using Rejected.Core.Reflections.Tools;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rejected.Core.Export;

/// <summary>
/// Reads a file written by <see cref="ReflectionMarkdown"/> back into a reflection, so an export can be imported into
/// another account: writing what was read gives the same file again, apart from exported_at.
/// </summary>
/// <remarks>
/// The facts come from the front matter, everything else from the body. What the file does not carry is not made
/// up: database ids, owner, and created and updated times are left for the importer, tool items get new ids (links
/// between them, such as an action's change, are restored from the titles shown), and a revisit note's time is
/// 00:00 UTC on its date. Anything that does not fit the format throws <see cref="MarkdownImportException"/> with a
/// message for the person importing the file.
/// </remarks>
public static partial class ReflectionMarkdownReader
{
    /// <summary>Rebuilds the reflection in <paramref name="markdown"/> for <paramref name="ownerId"/>.</summary>
    /// <exception cref="MarkdownImportException">The file is not a reflection exported by Rejected, or was edited into one that cannot be read.</exception>
    public static Rejection Read(string markdown, string ownerId)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(ownerId);
        return new Parser(markdown, ownerId).Read();
    }

    [GeneratedRegex(@"^(\d+) of 5(?: \(.*\))?$")]
    private static partial Regex MoodPattern();

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex OrderedItemPattern();

    private sealed class Parser(string markdown, string ownerId)
    {
        private const string Fence = "---";

        private static readonly string[] Keys =
            ["id", "company", "role", "level", "team", "stage", "decided_on", "communication", "tags", "mood_before", "mood_after"];

        private readonly string[] lines = SplitLines(markdown);
        private readonly Dictionary<string, (YamlNode Node, int Line)> front = new(StringComparer.Ordinal);
        private int frontEnd;

        public Rejection Read()
        {
            ReadFrontMatter();
            var rejection = new Rejection
            {
                OwnerId = ownerId,
                ExternalId = ReadId(),
                Company = RequiredText("company", "company", RejectionDetails.MaxCompanyLength),
                RoleTitle = RequiredText("role", "role", RejectionDetails.MaxRoleTitleLength),
                Level = OptionalText("level", "level", RejectionDetails.MaxShortFieldLength),
                Team = OptionalText("team", "team or discipline", RejectionDetails.MaxShortFieldLength),
                Stage = Choice("stage", "stage", Enum.GetValues<InterviewStage>(), s => s.Label()),
                DecidedOn = Date("decided_on"),
                Communication = Choice("communication", "way you heard", Enum.GetValues<DecisionChannel>(), c => c.Label()),
                Tags = Tags(),
            };

            ReadBody(rejection);
            CheckMood("mood_before", "the check-in", rejection.MoodBefore);
            CheckMood("mood_after", "the wrap-up", rejection.MoodAfter);
            rejection.CompletedSteps = rejection.StepsDone;
            return rejection;
        }

        private static string[] SplitLines(string text)
        {
            // Editors may add a byte order mark or save with Windows line endings; the writer itself never writes a
            // carriage return (front matter escapes them, the body normalizes them), so this changes nothing of ours.
            var normalized = MarkdownLiteral.NormalizeLineEndings(text.StartsWith('\uFEFF') ? text[1..] : text);
            if (normalized.EndsWith('\n'))
            {
                normalized = normalized[..^1];
            }

            return normalized.Split('\n');
        }

        // ---- Front matter ----

        private void ReadFrontMatter()
        {
            if (string.IsNullOrWhiteSpace(markdown))
            {
                throw new MarkdownImportException("this file is empty: there is no reflection in it.");
            }

            if (lines[0].TrimEnd() != Fence)
            {
                throw new MarkdownImportException(
                    "this file has no front matter (the block between two '---' lines at the very top): it was not exported by Rejected.");
            }

            frontEnd = Array.FindIndex(lines, 1, l => l.TrimEnd() is Fence or "...");
            if (frontEnd < 0)
            {
                throw new MarkdownImportException(1, "the front matter that starts here is never closed by a '---' line.");
            }

            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(string.Join('\n', lines[1..frontEnd])));
            }
            catch (YamlException e)
            {
                throw new MarkdownImportException(
                    FileLine(e.Start), $"the front matter is not valid YAML ({e.InnerException?.Message ?? e.Message})", e);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw new MarkdownImportException(2, "the front matter should be a list of 'name: value' lines, such as 'company: \"Contoso\"'.");
            }

            foreach (var (key, value) in root.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && Keys.Contains(name))
                {
                    front[name] = (value, FileLine(key.Start));
                }
            }
        }

        // YamlDotNet counts lines from 1 within the front matter, which starts on the file's line 2.
        private static int FileLine(Mark mark) => (int)Math.Max(1, mark.Line) + 1;

        /// <summary>The value of a key as a string; null when the key is missing or its value is null.</summary>
        private string? Scalar(string key)
        {
            if (!front.TryGetValue(key, out var entry))
            {
                return null;
            }

            if (entry.Node is not YamlScalarNode scalar)
            {
                throw new MarkdownImportException(entry.Line, $"'{key}' should be a single value.");
            }

            return IsNull(scalar) ? null : scalar.Value;
        }

        private int LineOf(string key) => front.TryGetValue(key, out var entry) ? entry.Line : 2;

        private Guid ReadId()
        {
            // Files exported before reflections had an id can still be imported; they get a new one.
            if (Scalar("id") is not { } id)
            {
                return Guid.NewGuid();
            }

            return Guid.TryParse(id, out var guid) && guid != Guid.Empty
                ? guid
                : throw new MarkdownImportException(LineOf("id"), $"the id '{id}' is not valid; it should look like 0f8fad5b-d9cb-469f-a165-70867728950e.");
        }

        private string RequiredText(string key, string name, int maxLength)
        {
            if (!front.ContainsKey(key))
            {
                throw new MarkdownImportException($"the front matter has no '{key}': every reflection needs its {name}.");
            }

            var value = OptionalText(key, name, maxLength);
            return string.IsNullOrWhiteSpace(value)
                ? throw new MarkdownImportException(LineOf(key), $"the {name} is empty: every reflection needs one.")
                : value;
        }

        private string? OptionalText(string key, string name, int maxLength)
        {
            var value = Scalar(key);
            return value?.Trim().Length > maxLength
                ? throw new MarkdownImportException(
                    LineOf(key), string.Create(CultureInfo.InvariantCulture, $"the {name} is {value.Length:N0} characters long; it can be at most {maxLength:N0}."))
                : value;
        }

        private T? Choice<T>(string key, string name, IEnumerable<T> values, Func<T, string> label)
            where T : struct, Enum
        {
            if (Scalar(key) is not { } text)
            {
                return null;
            }

            foreach (var value in values)
            {
                if (string.Equals(label(value), text.Trim(), StringComparison.OrdinalIgnoreCase)
                    || string.Equals(value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            throw new MarkdownImportException(
                LineOf(key), $"unknown {name} '{text}'; it should be one of: {string.Join(", ", values.Select(label))}.");
        }

        private DateOnly? Date(string key) => Scalar(key) is { } text ? ParseDate(text, LineOf(key)) : null;

        private List<string> Tags()
        {
            if (!front.TryGetValue("tags", out var entry) || IsNull(entry.Node))
            {
                return [];
            }

            if (entry.Node is not YamlSequenceNode sequence || sequence.Children.Any(c => c is not YamlScalarNode))
            {
                throw new MarkdownImportException(entry.Line, "the tags should be a list such as [\"remote\", \"backend\"].");
            }

            var tags = TextRules.NormalizeTags(sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? ""));
            if (tags.Count > TextRules.MaxTags)
            {
                throw new MarkdownImportException(entry.Line, $"there are {tags.Count} tags; a reflection can have at most {TextRules.MaxTags}.");
            }

            if (tags.FirstOrDefault(t => t.Length > TextRules.MaxTagLength) is { } tooLong)
            {
                throw new MarkdownImportException(entry.Line, $"the tag '{tooLong}' is longer than {TextRules.MaxTagLength} characters.");
            }

            return tags;
        }

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

        private void CheckMood(string key, string step, int? mood)
        {
            if (Scalar(key) is not { } text)
            {
                if (mood is not null && front.ContainsKey(key))
                {
                    throw new MarkdownImportException(LineOf(key), $"'{key}' is empty, but {step} gives a mood of {mood}; make them the same.");
                }

                return;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number != mood)
            {
                throw new MarkdownImportException(
                    LineOf(key),
                    mood is null
                        ? $"'{key}' is {text}, but {step} has no mood; make them the same."
                        : $"'{key}' is {text}, but {step} gives a mood of {mood}; make them the same.");
            }
        }

        // ---- Body ----

        private void ReadBody(Rejection rejection)
        {
            var starts = new int[StepGuide.All.Count + 1];
            var from = frontEnd + 1;
            foreach (var guide in StepGuide.All)
            {
                var heading = JournalMarkdown.StepHeading(guide.Step);
                var at = FindHeading(from, lines.Length, l => l == heading);
                if (at < 0)
                {
                    throw new MarkdownImportException(
                        $"the heading '{heading}' is missing: every step has its own section, in order, even when nothing was written in it.");
                }

                starts[(int)guide.Step] = at;
                from = at + 1;
            }

            var revisits = FindHeading(from, lines.Length, l => l == JournalMarkdown.RevisitsHeading);
            starts[^1] = revisits < 0 ? lines.Length : revisits;

            foreach (var guide in StepGuide.All)
            {
                var start = starts[(int)guide.Step];
                if (ReadStep(guide.Step, start + 1, starts[(int)guide.Step + 1], rejection) is { } entry)
                {
                    var errors = entry.ToAnswer().Validate(guide.Step);
                    if (errors.Count > 0)
                    {
                        throw new MarkdownImportException(start + 1, $"in '{guide.Title}': {errors.Values.First()}");
                    }

                    rejection.Entries.Add(entry);
                }
            }

            if (revisits >= 0)
            {
                ReadRevisits(revisits + 1, rejection);
            }
        }

        /// <summary>The first line in [from, to) that matches and follows a blank line (headings always do); -1 if none.</summary>
        private int FindHeading(int from, int to, Func<string, bool> isHeading)
        {
            for (var i = from; i < to; i++)
            {
                if (isHeading(lines[i]) && (i == 0 || lines[i - 1].Length == 0))
                {
                    return i;
                }
            }

            return -1;
        }

        private JournalEntry? ReadStep(ReflectionStep step, int from, int to, Rejection rejection)
        {
            (from, to) = TrimBlank(from, to);
            if (from == to || (to - from == 1 && lines[from] == JournalMarkdown.NotWrittenYet))
            {
                return null;
            }

            var entry = new JournalEntry { OwnerId = ownerId, Step = step };
            var i = ReadFields(entry, from, to);
            i = SkipBlank(i, to);

            var headings = ToolMarkdown.HeadingsOf(step).Select(h => "### " + h).ToList();
            // A tool's section runs to the next heading, so text written after it without "### Journal" reads as
            // part of the tool (and is refused as such) rather than being taken for the journal.
            var data = StepData.Create(step);
            while (i < to && headings.Contains(lines[i]))
            {
                var end = FindHeading(i + 1, to, l => headings.Contains(l) || l == JournalMarkdown.JournalHeading);
                end = end < 0 ? to : end;
                ReadToolSection(data!, lines[i][4..], i + 1, end, rejection);
                i = end;
            }

            if (i < to && lines[i] == JournalMarkdown.JournalHeading)
            {
                i = SkipBlank(i + 1, to);
            }

            if (i < to)
            {
                entry.Text = JournalMarkdown.Read(lines[i..to]);
            }

            entry.Data = data?.ToJson();
            return entry;
        }

        private int ReadFields(JournalEntry entry, int from, int to)
        {
            var mood = JournalMarkdown.FieldPrefix(JournalMarkdown.MoodField);
            var moodAfter = JournalMarkdown.FieldPrefix(JournalMarkdown.MoodAfterField);
            var takeaway = JournalMarkdown.FieldPrefix(JournalMarkdown.TakeawayField);
            var revisitOn = JournalMarkdown.FieldPrefix(JournalMarkdown.RevisitOnField);
            var i = from;
            while (i < to)
            {
                var line = lines[i];
                var number = i + 1;
                var prefix = new[] { mood, moodAfter, takeaway, revisitOn }.FirstOrDefault(p => line.StartsWith(p, StringComparison.Ordinal));
                if (prefix is null)
                {
                    break;
                }

                var (value, next) = ItemText(i, to, prefix.Length);
                i = next;
                if (prefix == takeaway)
                {
                    entry.Takeaway = MarkdownLiteral.Decode(value);
                }
                else if (prefix == revisitOn)
                {
                    entry.RevisitOn = ParseDate(value, number);
                }
                else if (MoodPattern().Match(value) is { Success: true } match
                    && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                    && level is >= 1 and <= 5)
                {
                    entry.Mood = level;
                }
                else
                {
                    throw new MarkdownImportException(number, $"the mood '{value}' is not understood; write it as a number from 1 to 5, such as '3 of 5'.");
                }
            }

            return i;
        }

        private void ReadRevisits(int from, Rejection rejection)
        {
            var i = SkipBlank(from, lines.Length);
            while (i < lines.Length)
            {
                var match = JournalMarkdown.RevisitHeadingPattern().Match(lines[i]);
                if (!match.Success)
                {
                    throw new MarkdownImportException(
                        i + 1, "under '## Revisits' each note starts with its date as a heading, such as '### 2025-04-01'.");
                }

                var day = ParseDate(match.Groups[1].Value, i + 1);
                var end = FindHeading(i + 1, lines.Length, l => JournalMarkdown.RevisitHeadingPattern().IsMatch(l));
                end = end < 0 ? lines.Length : end;
                var (textFrom, textTo) = TrimBlank(i + 1, end);
                var text = JournalMarkdown.Read(lines[textFrom..textTo]);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    var writtenAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                    rejection.Entries.Add(new JournalEntry
                    {
                        OwnerId = ownerId,
                        Step = ReflectionStep.Revisit,
                        Text = text,
                        CreatedAt = writtenAt,
                        UpdatedAt = writtenAt,
                    });
                }

                i = end;
            }
        }

        // ---- Tools ----

        private void ReadToolSection(StepData data, string heading, int from, int to, Rejection rejection)
        {
            (from, to) = TrimBlank(from, to);
            switch (data, heading)
            {
                case (FeedbackData feedback, ToolMarkdown.PeopleHeading):
                    feedback.People.AddRange(Items(from, to, bullet: true).Select(item => ReadPerson(item.Text, item.Line)));
                    break;
                case (FeedbackData feedback, ToolMarkdown.ReceivedHeading):
                    feedback.Received.AddRange(Items(from, to, bullet: true).Select(item => ReadFeedback(item.Text, item.Line)));
                    break;
                case (PrioritiesData priorities, ToolMarkdown.ChangesHeading):
                    priorities.Changes.AddRange(Items(from, to, bullet: false).Select(item => ReadChange(item.Text, item.Line)));
                    break;
                case (ExperienceData experience, ToolMarkdown.ActionsHeading):
                    var changes = rejection.EntryFor(ReflectionStep.Priorities)?.ReadData<PrioritiesData>().Changes ?? [];
                    experience.Actions.AddRange(Items(from, to, bullet: true).Select(item => ReadAction(item.Text, item.Line, changes)));
                    break;
                case (RoleFitData roleFit, ToolMarkdown.AppealedHeading):
                    roleFit.Appealed.AddRange(TextItems(from, to));
                    break;
                case (RoleFitData roleFit, ToolMarkdown.DidNotAppealHeading):
                    roleFit.DidNotAppeal.AddRange(TextItems(from, to));
                    break;
                case (RoleFitData roleFit, ToolMarkdown.VerdictHeading):
                    ReadVerdict(roleFit, from, to);
                    break;
                case (RoleFitData roleFit, ToolMarkdown.WantVsFitHeading):
                    roleFit.WantVsFit = MarkdownLiteral.DecodeBlock(string.Join('\n', lines[from..to]));
                    break;
                case (RoleFitData roleFit, ToolMarkdown.LevelsHeading):
                    roleFit.Levels.AddRange(ReadLevels(from, to));
                    break;
                case (RoleFitData roleFit, ToolMarkdown.VariationsHeading):
                    roleFit.Variations.AddRange(Items(from, to, bullet: true).Select(item => ReadVariation(item.Text, item.Line)));
                    break;
                case (WrapUpData wrapUp, ToolMarkdown.OtherGroupsHeading):
                    wrapUp.OtherGroups.AddRange(TextItems(from, to));
                    break;
            }
        }

        private static FeedbackContact ReadPerson(string text, int line)
        {
            var (name, details) = BoldAndDetails(text, line, ToolMarkdown.NoName);
            var person = new FeedbackContact { Name = name };
            var reader = new DetailReader(details, line);
            person.Relationship = reader.Label(Enum.GetValues<Relationship>(), r => r.Label());
            person.Status = reader.Label(Enum.GetValues<RequestStatus>(), s => s.Label())
                ?? throw new MarkdownImportException(line, $"say where the request stands: one of {string.Join(", ", Enum.GetValues<RequestStatus>().Select(s => s.Label()))}.");
            person.AskedOn = reader.Date(ToolMarkdown.AskedLabel);
            person.FollowUpOn = reader.Date(ToolMarkdown.FollowUpLabel);
            reader.End();
            return person;
        }

        private static FeedbackItem ReadFeedback(string text, int line)
        {
            var split = MarkdownLiteral.IndexOfRaw(text, ToolMarkdown.DetailsSeparator);
            var item = new FeedbackItem { Said = MarkdownLiteral.Decode(split < 0 ? text : text[..split]) };
            var reader = new DetailReader(split < 0 ? "" : text[(split + ToolMarkdown.DetailsSeparator.Length)..], line);
            item.From = reader.Text(ToolMarkdown.FromLabel) ?? "";
            item.Category = reader.Label(Enum.GetValues<FeedbackCategory>(), c => c.Label());
            item.Agreement = reader.Label(Enum.GetValues<Agreement>(), a => ToolMarkdown.AgreeLabel + a.Label().ToLowerInvariant());
            reader.End();
            return item;
        }

        private static CandidateChange ReadChange(string text, int line)
        {
            var (title, details) = BoldAndDetails(text, line, placeholder: null);
            var change = new CandidateChange { Title = title };
            var reader = new DetailReader(details, line);
            change.Kind = reader.Label(Enum.GetValues<ChangeKind>(), k => k.Label());
            change.Feasibility = reader.Rating(ToolMarkdown.FeasibilityLabel);
            change.Impact = reader.Rating(ToolMarkdown.ImpactLabel);
            change.Decision = reader.Label(Enum.GetValues<ChangeDecision>(), d => ToolMarkdown.DecisionLabel + d.Label().ToLowerInvariant());
            if (change.Decision is null)
            {
                reader.Expect(ToolMarkdown.NotDecided);
            }

            reader.End();
            return change;
        }

        private static GrowthAction ReadAction(string text, int line, List<CandidateChange> changes)
        {
            var (what, details) = BoldAndDetails(text, line, placeholder: null);
            var action = new GrowthAction { What = what };
            var reader = new DetailReader(details, line);
            action.Status = reader.Label(Enum.GetValues<ActionStatus>(), s => s.Label())
                ?? throw new MarkdownImportException(line, $"say where the action stands: one of {string.Join(", ", Enum.GetValues<ActionStatus>().Select(s => s.Label()))}.");
            if (reader.Text(ToolMarkdown.ForLabel) is { } title)
            {
                // Titles are what the file shows of the link; with two changes of the same title, the first is taken.
                action.ChangeId = changes.FirstOrDefault(c => c.Title == title)?.Id
                    ?? throw new MarkdownImportException(
                        line, $"this action is for the change '{title}', but '{StepGuide.For(ReflectionStep.Priorities).Title}' lists no change with that title.");
            }

            action.Opportunity = reader.Label(Enum.GetValues<OpportunityType>(), o => o.Label());
            action.WhoToTalkTo = reader.Text(ToolMarkdown.TalkToLabel) ?? "";
            action.TargetDate = reader.Date(ToolMarkdown.ByLabel);
            action.Notes = reader.Text(ToolMarkdown.NotesLabel) ?? "";
            reader.End();
            return action;
        }

        private static RoleVariation ReadVariation(string text, int line)
        {
            var (company, details) = BoldAndDetails(text, line, ToolMarkdown.NoCompany);
            return new RoleVariation { Company = company, TeamOrRole = MarkdownLiteral.Decode(details) };
        }

        private void ReadVerdict(RoleFitData roleFit, int from, int to)
        {
            if (from < to && lines[from].StartsWith("**", StringComparison.Ordinal) && lines[from].EndsWith("**", StringComparison.Ordinal) && lines[from].Length > 4)
            {
                var label = lines[from][2..^2];
                roleFit.Verdict = Enum.GetValues<FitVerdict>().Cast<FitVerdict?>().FirstOrDefault(v => v!.Value.Label() == label)
                    ?? throw new MarkdownImportException(from + 1, $"unknown answer '{label}'; it should be Yes, Maybe or No.");
                from = SkipBlank(from + 1, to);
            }

            roleFit.VerdictWhy = MarkdownLiteral.DecodeBlock(string.Join('\n', lines[from..to]));
        }

        private IEnumerable<LevelComparison> ReadLevels(int from, int to)
        {
            if (to - from < 2 || lines[from] != ToolMarkdown.LevelsHeader || !lines[from + 1].StartsWith("| -", StringComparison.Ordinal))
            {
                throw new MarkdownImportException(from + 1, $"the table should start with the header row '{ToolMarkdown.LevelsHeader}' and a '| --- |' row.");
            }

            for (var i = from + 2; i < to; i++)
            {
                var row = lines[i].Trim(' ');
                var cells = row.StartsWith('|') && row.EndsWith('|') && row.Length > 1 ? MarkdownLiteral.SplitRaw(row[1..^1], "|") : [];
                if (cells.Count != 4)
                {
                    throw new MarkdownImportException(i + 1, "each row of the levels table should have four cells: company, title, scope and your read.");
                }

                var values = cells.Select(c => MarkdownLiteral.Decode(c.Trim(' '))).ToList();
                yield return new LevelComparison { Company = values[0], Title = values[1], Scope = values[2], YourRead = values[3] };
            }
        }

        private List<TextItem> TextItems(int from, int to) =>
            Items(from, to, bullet: true).Select(item => new TextItem { Text = MarkdownLiteral.Decode(item.Text) }).ToList();

        /// <summary>The items of a list as written (marker removed, continuation lines kept), with their line numbers.</summary>
        private List<(string Text, int Line)> Items(int from, int to, bool bullet)
        {
            var items = new List<(string, int)>();
            var i = from;
            while (i < to)
            {
                if (lines[i].Length == 0)
                {
                    i++;
                    continue;
                }

                var marker = bullet
                    ? lines[i].StartsWith("- ", StringComparison.Ordinal) ? 2 : -1
                    : OrderedItemPattern().Match(lines[i]) is { Success: true } match ? match.Length : -1;
                if (marker < 0)
                {
                    throw new MarkdownImportException(i + 1, bullet ? "expected a list item starting with '- '." : "expected a numbered list item such as '1. **…**'.");
                }

                var line = i + 1;
                var (text, next) = ItemText(i, to, marker);
                items.Add((text, line));
                i = next;
            }

            return items;
        }

        /// <summary>A list item's text after its marker, with the indented lines that continue it.</summary>
        private (string Text, int Next) ItemText(int at, int to, int marker)
        {
            var end = at + 1;
            while (end < to && lines[end].StartsWith(' ') && lines[end].TrimStart(' ').Length > 0)
            {
                end++;
            }

            return (string.Join('\n', lines[at..end].Select((l, n) => n == 0 ? l[marker..] : l)), end);
        }

        /// <summary>"**Value** — details": the value (or "" for the placeholder shown when there is none) and the details as written.</summary>
        private static (string Value, string Details) BoldAndDetails(string text, int line, string? placeholder)
        {
            var close = text.StartsWith("**", StringComparison.Ordinal) ? MarkdownLiteral.IndexOfRaw(text, "**", 2) : -1;
            if (close < 0)
            {
                throw new MarkdownImportException(line, "the item should start with its name or title in bold, such as '- **Mia Chen**'.");
            }

            var raw = text[2..close];
            var value = raw == placeholder ? "" : MarkdownLiteral.Decode(raw);
            var rest = text[(close + 2)..];
            if (rest.Length == 0)
            {
                return (value, "");
            }

            return rest.StartsWith(ToolMarkdown.DetailsSeparator, StringComparison.Ordinal)
                ? (value, rest[ToolMarkdown.DetailsSeparator.Length..])
                : throw new MarkdownImportException(line, $"after the bold part, details start with '{ToolMarkdown.DetailsSeparator.Trim()}'.");
        }

        // ---- Helpers ----

        private (int From, int To) TrimBlank(int from, int to)
        {
            while (from < to && lines[from].Length == 0)
            {
                from++;
            }

            while (to > from && lines[to - 1].Length == 0)
            {
                to--;
            }

            return (from, to);
        }

        private int SkipBlank(int from, int to)
        {
            while (from < to && lines[from].Length == 0)
            {
                from++;
            }

            return from;
        }
    }

    private static DateOnly ParseDate(string text, int line) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new MarkdownImportException(line, $"the date {text.Trim()} is not a valid date; dates are written as year-month-day, such as 2025-03-01.");

    /// <summary>Reads the " · "-separated details of a list item in the order the writer puts them, each optional.</summary>
    private sealed class DetailReader(string details, int line)
    {
        private readonly List<string> parts = details.Length == 0 ? [] : MarkdownLiteral.SplitRaw(details, ToolMarkdown.DetailSeparator);
        private int next;

        public T? Label<T>(IEnumerable<T> values, Func<T, string> label)
            where T : struct
        {
            if (next < parts.Count)
            {
                var text = MarkdownLiteral.Decode(parts[next]);
                foreach (var value in values)
                {
                    if (label(value) == text)
                    {
                        next++;
                        return value;
                    }
                }
            }

            return null;
        }

        public string? Text(string prefix) =>
            next < parts.Count && parts[next].StartsWith(prefix, StringComparison.Ordinal) ? MarkdownLiteral.Decode(parts[next++][prefix.Length..]) : null;

        public DateOnly? Date(string prefix) => Text(prefix) is { } text ? ParseDate(text, line) : null;

        public int? Rating(string prefix)
        {
            if (Text(prefix) is not { } text)
            {
                return null;
            }

            return text.EndsWith(ToolMarkdown.OutOfFive, StringComparison.Ordinal)
                && int.TryParse(text[..^ToolMarkdown.OutOfFive.Length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rating)
                    ? rating
                    : throw new MarkdownImportException(line, $"the rating '{prefix}{text}' is not understood; write it as a number out of 5, such as '{prefix}4/5'.");
        }

        public void Expect(string text)
        {
            if (next < parts.Count && MarkdownLiteral.Decode(parts[next]) == text)
            {
                next++;
            }
        }

        public void End()
        {
            if (next < parts.Count)
            {
                throw new MarkdownImportException(line, $"'{MarkdownLiteral.Decode(parts[next])}' is not one of the details this list shows, or is out of order.");
            }
        }
    }
}
