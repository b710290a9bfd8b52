const KEY = "bar.userName";

/**
 * The name written to the change log. Excel gives add-ins no user identity without
 * single sign-on, so the analyst types it once and this browser profile remembers it.
 */
export function readUserName(): string {
  try {
    return localStorage.getItem(KEY)?.trim() || "BAR";
  } catch {
    return "BAR";
  }
}

/** Remembers the name for the change log. */
export function writeUserName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage can be disabled by policy; the change log then says "BAR" instead of a name.
  }
}
