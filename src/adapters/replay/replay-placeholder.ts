// Replay files never carry a port: they write this token where the server's own origin belongs,
// and the replay server substitutes it when it loads a text file, so one directory serves on any port.

/** Token written into replay files in place of the serving origin, e.g. `{{BASE}}/feeds/npr.xml`. */
export const BASE_PLACEHOLDER = '{{BASE}}';

// Only text formats are rewritten; binary files (images) are served byte for byte.
const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.xml', '.rss', '.atom', '.rdf', '.json', '.html', '.htm', '.txt', '.css', '.js', '.opml', '.svg',
]);

/** True when files with this extension (lower-case, with the dot) get the placeholder substituted. */
export function isTextExtension(extension: string): boolean {
  return TEXT_EXTENSIONS.has(extension);
}

/** Replaces every placeholder in `text` with `baseUrl` (no trailing slash). */
export function substituteBase(text: string, baseUrl: string): string {
  return text.includes(BASE_PLACEHOLDER) ? text.split(BASE_PLACEHOLDER).join(baseUrl) : text;
}
