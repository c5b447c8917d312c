import { join, relative, isAbsolute, sep } from 'node:path';

/** Where a request path leads inside the served directory, or why it is refused. */
export type RequestPath =
  | { readonly kind: 'path'; readonly filePath: string; readonly urlPath: string }
  | { readonly kind: 'bad-request'; readonly reason: string }
  | { readonly kind: 'not-found' };

/** Maps a raw request target (`/a/b.html?x`) to a file path under `rootDir`, refusing traversal. */
export function resolveRequestPath(rootDir: string, target: string): RequestPath {
  const urlPath = target.split(/[?#]/, 1)[0] ?? '';
  if (!urlPath.startsWith('/')) return { kind: 'bad-request', reason: 'request target is not an absolute path' };
  const segments = decodeSegments(urlPath);
  if (segments === null) return { kind: 'bad-request', reason: 'malformed percent-encoding' };
  const refusal = refuseSegments(segments);
  if (refusal !== null) return refusal;
  const filePath = join(rootDir, ...segments);
  // Belt and braces: with no `..` segment left this cannot escape, but the check is cheap.
  const rel = relative(rootDir, filePath);
  if (rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return { kind: 'bad-request', reason: 'path escapes the directory' };
  return { kind: 'path', filePath, urlPath };
}

// Decodes each segment on its own so that an encoded slash (%2F) cannot smuggle a `..` segment.
function decodeSegments(urlPath: string): string[] | null {
  try {
    return urlPath.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

function refuseSegments(segments: readonly string[]): RequestPath | null {
  for (const segment of segments) {
    if (segment === '..' || segment === '.') return { kind: 'bad-request', reason: 'dot segment in path' };
    if (/[/\\\0]/.test(segment)) return { kind: 'bad-request', reason: 'separator or NUL inside a path segment' };
    // Hidden files (.git, .env) are never part of a replay site.
    if (segment.startsWith('.')) return { kind: 'not-found' };
  }
  return null;
}
