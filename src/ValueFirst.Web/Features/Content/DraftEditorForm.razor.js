// Keeps the draft's text in this browser as it is typed, so a closed tab or a lost connection loses nothing;
// the server only ever gets the text when the writer saves. The copy is removed once the draft is saved.
const prefix = "valuefirst:draft:";

export function keepAsTyped(textarea, key) {
    textarea.addEventListener("input", () => {
        try {
            localStorage.setItem(prefix + key, JSON.stringify({
                text: textarea.value,
                base: textarea.dataset.base || null,
                savedAt: new Date().toISOString(),
            }));
        } catch {
            // Storage full or refused: the editor still works, without the copy.
        }
    });
}

export function kept(key) {
    const raw = localStorage.getItem(prefix + key);
    if (!raw) {
        return null;
    }

    try {
        return JSON.parse(raw);
    } catch {
        return null;
    }
}

export function forget(key) {
    localStorage.removeItem(prefix + key);
}
