using System.Text;
using System.Text.Json;
using Bunit;
using Rejected.Core.Reflections;
using Rejected.Web.Components.Shared;
using Rejected.Web.Tests.Support;

namespace Rejected.Web.Tests.Components.Shared;

public sealed class JournalEditorTests : BunitContext
{
    private readonly BunitJSModuleInterop module;
    private readonly List<string> received = [];
    private readonly List<int> tooLong = [];

    public JournalEditorTests()
    {
        module = JSInterop.SetupModule(JournalComponentTest.EditorModulePath);
        foreach (var function in new[] { "attach", "setVersion", "replaceText", "detach" })
        {
            module.SetupVoid(function, _ => true).SetVoidResult();
        }
    }

    [Fact]
    public void TheTextAreaHasItsLabelHintAndInitialText()
    {
        var cut = RenderEditor(initialText: "Saved text", version: 3);

        var textarea = cut.Find("textarea#journal-text");
        Assert.Equal("Let it out", cut.Find("label[for='journal-text']").TextContent);
        Assert.Equal("Saved text", textarea.GetAttribute("value"));
        Assert.Equal("journal-text-hint journal-text-error", textarea.GetAttribute("aria-describedby"));
        Assert.Equal("false", textarea.GetAttribute("aria-invalid"));
    }

    [Fact]
    public void AnErrorIsShownAndMarksTheTextAreaInvalid()
    {
        var cut = RenderEditor(error: "Too long.");

        Assert.Equal("Too long.", cut.Find("#journal-text-error").TextContent);
        Assert.Equal("true", cut.Find("textarea").GetAttribute("aria-invalid"));
        Assert.Contains("is-invalid", cut.Find("textarea").ClassList);
    }

    [Fact]
    public void TheScriptIsAttachedWithTheDraftKeyAndVersion()
    {
        RenderEditor(version: 3);

        var attach = module.VerifyInvoke("attach");
        Assert.Equal("""{"draftKey":"7:feedback","version":3}""", JsonSerializer.Serialize(attach.Arguments[2]));
    }

    [Fact]
    public void ANewVersionIsPassedToTheScript()
    {
        var cut = RenderEditor(version: 3);

        cut.Render(p => p.Add(x => x.Version, 4));

        var setVersion = module.VerifyInvoke("setVersion");
        Assert.Equal(4, setVersion.Arguments[1]);
    }

    [Fact]
    public void RenderingAgainWithTheSameVersionDoesNotCallTheScript()
    {
        var cut = RenderEditor(version: 3);

        cut.Render(p => p.Add(x => x.Error, "Something"));

        Assert.Empty(module.Invocations["setVersion"]);
    }

    [Fact]
    public async Task StreamedTextReachesOnTextChangedIntact()
    {
        var cut = RenderEditor();
        var text = SampleText.Long(100_000);

        var saved = await cut.InvokeAsync(() =>
            cut.Instance.ReceiveText(new FakeJSStreamReference(text), text.Length, Encoding.UTF8.GetByteCount(text)));

        Assert.True(saved);
        Assert.Equal(text, Assert.Single(received));
        Assert.Empty(tooLong);
    }

    [Fact]
    public async Task TextOverTheCharacterLimitIsNotReadAndIsReportedAsTooLong()
    {
        var cut = RenderEditor();
        var length = StepAnswer.MaxTextLength + 1;
        var stream = new FakeJSStreamReference(new string('x', length));

        var saved = await cut.InvokeAsync(() => cut.Instance.ReceiveText(stream, length, length));

        Assert.False(saved);
        Assert.False(stream.Opened);
        Assert.Equal(length, Assert.Single(tooLong));
        Assert.Empty(received);
    }

    [Fact]
    public async Task AReportedSizeOverTheStreamLimitIsNotRead()
    {
        // Real text under the character limit stays far below a million bytes; a larger claim is refused unread.
        var cut = RenderEditor();
        var stream = new FakeJSStreamReference("short");

        var saved = await cut.InvokeAsync(() => cut.Instance.ReceiveText(stream, 5, 1_000_001));

        Assert.False(saved);
        Assert.False(stream.Opened);
        Assert.Equal(5, Assert.Single(tooLong));
        Assert.Empty(received);
    }

    [Fact]
    public async Task DisposingDetachesTheScript()
    {
        RenderEditor();

        await DisposeComponentsAsync();

        module.VerifyInvoke("detach");
    }

    private IRenderedComponent<JournalEditor> RenderEditor(string initialText = "", int version = 0, string? error = null) =>
        Render<JournalEditor>(p => p
            .Add(x => x.Id, "journal-text")
            .Add(x => x.Label, "Let it out")
            .Add(x => x.InitialText, initialText)
            .Add(x => x.Version, version)
            .Add(x => x.DraftKey, "7:feedback")
            .Add(x => x.Error, error)
            .Add(x => x.OnTextChanged, text =>
            {
                received.Add(text);
                return Task.FromResult(true);
            })
            .Add(x => x.OnTextTooLong, length => tooLong.Add(length)));
}
