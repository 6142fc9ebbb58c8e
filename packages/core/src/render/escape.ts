/**
 * Escaping of untrusted text (messages, titles, paths: anything that may come from a scanned
 * file) for GitHub-flavoured Markdown, the job summary and PR comments.
 *
 * - Markdown punctuation is backslash-escaped, so no emphasis, code, link, image, heading,
 *   list, table cell break, strikethrough or emoji shortcode can start.
 * - `<`, `>`, `&` become entities, so no HTML tag, comment or entity survives.
 * - `@` and `#` are followed by an invisible WORD JOINER (U+2060), so GitHub's post-render
 *   filters see no @-mention, team mention, email or issue reference (they run on the
 *   rendered text, where backslash escapes are already gone).
 * - `://` and `www.` are broken the same way, so GFM autolink literals do not fire.
 * - Newlines and other control characters become spaces (the text is one table cell), and
 *   bidirectional overrides (Trojan Source) are removed.
 */
const PUNCT = /[\\`*_{}[\]()#+\-.!|~:=^"'$]/g;
const WJ = '\u2060';

export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(PUNCT, (c) => `\\${c}`)
    .replace(/@/g, `@${WJ}`)
    .replace(/#/g, `#${WJ}`)
    .replace(/\\:\/\//g, `\\:${WJ}//`)
    .replace(/(w)(ww\\\.)/gi, `$1${WJ}$2`);
}

/** Escaped text inside a code span is impossible to get right for every backtick run: callers use this for ids instead. */
export function escapeInline(text: string, max = 200): string {
  return escapeMarkdown(clipText(text, max));
}

/** Shortens to `max` characters (code points), marking the cut. */
export function clipText(text: string, max: number): string {
  const chars = Array.from(String(text));
  return chars.length > max ? `${chars.slice(0, Math.max(0, max - 1)).join('')}…` : String(text);
}
