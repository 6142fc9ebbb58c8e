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

const ALLOWED_TAG = /^<\/?(details|summary|br|sub|sup|b|i|em|strong|code|p)\s*\/?>/i;

/**
 * A safety net for the Markdown an engine adds to its report (EngineResult.summaryMarkdown).
 * Engines escape the untrusted text they put in it; this guards the mechanism itself, so one
 * missed escape cannot turn file content into a notification, a tracking image, HTML or a
 * broken-out code fence in a comment posted with a write token:
 * - `@` gets a WORD JOINER everywhere (no @-mention or team mention can fire);
 * - outside code fences, `<` starts a tag only for a few attribute-less formatting tags
 *   (details, summary, br, ...), and `![` cannot start an image;
 * - a code fence left open is closed, so it cannot swallow the rest of the comment.
 */
export function guardEngineMarkdown(md: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of String(md).replace(/[\u202A-\u202E\u2066-\u2069]/g, '').split(/\r\n?|\n/)) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    else if (fence === undefined) {
      out.push(line.replace(/<(?=[A-Za-z/!?])/g, (lt, i: number, s: string) => (ALLOWED_TAG.test(s.slice(i)) ? lt : '&lt;')).replace(/!\[/g, '!\\[').replace(/@/g, `@${WJ}`));
      continue;
    }
    out.push(line.replace(/@/g, `@${WJ}`));
  }
  if (fence !== undefined) out.push(fence);
  return out.join('\n');
}
