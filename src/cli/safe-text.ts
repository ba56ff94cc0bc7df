// Text from notes on its way to a terminal: control characters are replaced, so a note cannot
// send escape sequences (ESC starts sequences that rewrite the screen, the window title or the
// clipboard in some terminals) or move the cursor to forge lines of the report.

// eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAK = /[\t\n\r]/g;

/** `text` without control characters other than tab and line breaks (each replaced by U+FFFD). */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, "\uFFFD");
}

/** `text` on one line: line breaks and tabs become spaces, other control characters U+FFFD. */
export function oneSafeLine(text: string): string {
  return withoutControls(text).replace(LINE_BREAK, " ");
}
