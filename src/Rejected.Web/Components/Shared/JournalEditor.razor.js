// Autosave for a journal textarea. The text goes to the server as a stream when typing pauses,
// so an entry of any length stays under SignalR's message limit. Until the server confirms a save,
// the text is also kept in localStorage, so a dropped connection or a reload loses nothing.

const debounceMs = 800;
const retryMs = 3000;
const editors = new WeakMap();

export function attach(textarea, dotnet, options) {
    const state = {
        dotnet,
        draftKey: `rejected:draft:${options.draftKey}`,
        version: options.version,
        timer: 0,
        sending: false,
        dirty: false,
        onInput: null,
        onBeforeUnload: null,
    };
    editors.set(textarea, state);

    state.onInput = () => {
        state.dirty = true;
        textarea.dataset.autosave = 'pending';
        keepDraft(textarea, state);
        schedule(textarea, state, debounceMs);
    };
    state.onBeforeUnload = (event) => {
        if (state.dirty) {
            keepDraft(textarea, state);
            event.preventDefault();
        }
    };
    textarea.addEventListener('input', state.onInput);
    window.addEventListener('beforeunload', state.onBeforeUnload);

    textarea.dataset.autosave = 'ready';
    restoreDraft(textarea, state);
}

export function detach(textarea) {
    const state = editors.get(textarea);
    if (!state) {
        return;
    }
    clearTimeout(state.timer);
    textarea.removeEventListener('input', state.onInput);
    window.removeEventListener('beforeunload', state.onBeforeUnload);
    editors.delete(textarea);
}

export function setVersion(textarea, version) {
    const state = editors.get(textarea);
    if (state) {
        state.version = version;
        if (!state.dirty) {
            localStorage.removeItem(state.draftKey);
        } else {
            keepDraft(textarea, state);
        }
    }
}

export function replaceText(textarea, text, version) {
    const state = editors.get(textarea);
    textarea.value = text;
    if (state) {
        clearTimeout(state.timer);
        state.dirty = false;
        state.version = version;
        localStorage.removeItem(state.draftKey);
    }
}

function schedule(textarea, state, delay) {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => send(textarea, state), delay);
}

async function send(textarea, state) {
    if (state.sending) {
        schedule(textarea, state, debounceMs);
        return;
    }
    state.sending = true;
    const text = textarea.value;
    const bytes = new TextEncoder().encode(text);
    try {
        const saved = await state.dotnet.invokeMethodAsync(
            'ReceiveText', DotNet.createJSStreamReference(bytes), text.length, bytes.length);
        showOffline(textarea, false);
        if (saved && textarea.value === text) {
            state.dirty = false;
            textarea.dataset.autosave = 'saved';
            localStorage.removeItem(state.draftKey);
        }
    } catch {
        // The circuit is reconnecting or gone: keep the draft and try again.
        showOffline(textarea, true);
        schedule(textarea, state, retryMs);
    } finally {
        state.sending = false;
    }
}

function keepDraft(textarea, state) {
    try {
        localStorage.setItem(state.draftKey, JSON.stringify({ version: state.version, text: textarea.value }));
    } catch {
        // Storage full or disabled: the server copy is the only copy, as without this feature.
    }
}

// A draft left by a reload or a lost connection is put back when it was written over the version
// the server still has; if another tab saved since, the server's copy wins and the draft is dropped.
function restoreDraft(textarea, state) {
    const raw = localStorage.getItem(state.draftKey);
    if (!raw) {
        return;
    }
    try {
        const draft = JSON.parse(raw);
        if (draft.version === state.version && typeof draft.text === 'string' && draft.text !== textarea.value) {
            textarea.value = draft.text;
            state.dirty = true;
            textarea.dataset.autosave = 'pending';
            schedule(textarea, state, 0);
            return;
        }
    } catch {
        // A damaged draft is worth nothing; drop it.
    }
    localStorage.removeItem(state.draftKey);
}

function showOffline(textarea, offline) {
    const note = document.querySelector(`[data-offline-for="${textarea.id}"]`);
    if (note) {
        note.hidden = !offline;
    }
}
