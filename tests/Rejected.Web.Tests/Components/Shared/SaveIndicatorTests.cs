using Bunit;
using Rejected.Web.Components.Shared;

namespace Rejected.Web.Tests.Components.Shared;

public sealed class SaveIndicatorTests : BunitContext
{
    [Theory]
    [InlineData(SaveState.Idle, "Changes save automatically.")]
    [InlineData(SaveState.Pending, "Saving…")]
    [InlineData(SaveState.Saving, "Saving…")]
    [InlineData(SaveState.Saved, "Saved")]
    [InlineData(SaveState.Retrying, "Not saved, retrying…")]
    [InlineData(SaveState.Invalid, "Not saved: please check the message below.")]
    [InlineData(SaveState.Conflict, "Not saved: this step was changed in another tab or window.")]
    public void EachStateHasItsMessage(SaveState state, string message)
    {
        var cut = Render<SaveIndicator>(p => p.Add(x => x.State, state));

        var status = cut.Find("p.save-indicator");
        Assert.Equal(message, status.TextContent.Trim());
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("polite", status.GetAttribute("aria-live"));
    }

    [Fact]
    public void EveryStateHasAMessage()
    {
        foreach (var state in Enum.GetValues<SaveState>())
        {
            var cut = Render<SaveIndicator>(p => p.Add(x => x.State, state));

            Assert.False(string.IsNullOrWhiteSpace(cut.Find("p.save-indicator").TextContent), $"{state} has no message.");
        }
    }
}
