// Copies a text area's text; without clipboard access (a page not served over HTTPS) it selects the text instead.
export async function copyText(id) {
    const textarea = document.getElementById(id);
    if (!textarea) {
        return false;
    }

    if (navigator.clipboard && window.isSecureContext) {
        try {
            await navigator.clipboard.writeText(textarea.value);
            return true;
        } catch {
            // Refused (no permission): fall through to selecting the text.
        }
    }

    textarea.focus();
    textarea.select();
    return false;
}
