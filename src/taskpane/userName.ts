const KEY = "bar.userName";

/**
 * The name the analyst gave for the change log, or "" when none was given. Excel gives
 * add-ins no user identity without single sign-on, so the analyst types it once and this
 * browser profile remembers it. Never a made-up name: the field starts empty with a prompt.
 */
export function readUserName(): string {
  try {
    return localStorage.getItem(KEY)?.trim() ?? "";
  } catch {
    // Storage can be disabled by policy: no remembered name, the field asks again.
    return "";
  }
}

/** Who the change log names for this user: their name, or `unnamed` (in the UI language) without one. */
export function toLogName(name: string, unnamed: string): string {
  return name.trim() || unnamed;
}

/** Remembers the name for the change log. */
export function writeUserName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage can be disabled by policy; the name then lasts until the pane closes.
  }
}
