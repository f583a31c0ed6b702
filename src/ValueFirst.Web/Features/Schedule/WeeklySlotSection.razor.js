// The browser knows the user's IANA zone; the server only suggests it for a new slot.
export function browserTimeZone() {
    try {
        return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
    } catch {
        return null;
    }
}
