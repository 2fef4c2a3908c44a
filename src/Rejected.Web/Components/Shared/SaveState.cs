namespace Rejected.Web.Components.Shared;

public enum SaveState
{
    /// <summary>Nothing changed since the page opened.</summary>
    Idle,

    /// <summary>A change is waiting for typing to pause.</summary>
    Pending,
    Saving,
    Saved,

    /// <summary>The last save failed for a reason that may pass (connection, busy database); it will be tried again.</summary>
    Retrying,

    /// <summary>The input breaks a rule; the message beside the field says which.</summary>
    Invalid,

    /// <summary>Another tab or window saved this step since it was loaded here.</summary>
    Conflict,
}
