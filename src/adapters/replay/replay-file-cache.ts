import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, relative, isAbsolute, sep } from 'node:path';
import { contentTypeFor } from './replay-content-type.ts';
import { isTextExtension, substituteBase } from './replay-placeholder.ts';

/** One file as the server sends it: the body after placeholder substitution and its validators. */
export interface ServedFile {
  readonly body: Buffer;
  readonly contentType: string;
  /** Strong entity tag: a hash of the served body, so it changes with the base URL too. */
  readonly etag: string;
  readonly lastModified: string;
  readonly mtimeMs: number;
}

/** What a lookup found on disk. */
export type FileLookup =
  | { readonly kind: 'file'; readonly file: ServedFile }
  | { readonly kind: 'directory' }
  | { readonly kind: 'missing' };

interface CacheEntry {
  readonly file: ServedFile;
  readonly size: number;
}

/** Default memory budget of the cache: enough for a 20,000-page replay directory. */
export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;

/** An LRU cache of served files under one root, revalidated by a stat (mtime + size) on every lookup. */
export class ReplayFileCache {
  readonly #root: string;
  readonly #baseUrl: string;
  readonly #maxBytes: number;
  readonly #entries = new Map<string, CacheEntry>();
  // Concurrent misses for the same file share one read instead of racing.
  readonly #loading = new Map<string, Promise<ServedFile | null>>();
  #bytes = 0;

  /** `root` must be a real path (symlinks resolved); `baseUrl` replaces the placeholder. */
  constructor(root: string, baseUrl: string, maxBytes: number = DEFAULT_CACHE_BYTES) {
    this.#root = root;
    this.#baseUrl = baseUrl;
    this.#maxBytes = maxBytes;
  }

  /** Looks a path up, loading and caching the file when it is new or changed on disk. */
  async lookup(filePath: string): Promise<FileLookup> {
    const info = await statOrNull(filePath);
    if (info === null) return { kind: 'missing' };
    if (info.isDirectory()) return { kind: 'directory' };
    if (!info.isFile()) return { kind: 'missing' };
    const cached = this.#entries.get(filePath);
    if (cached !== undefined && cached.file.mtimeMs === info.mtimeMs && cached.size === info.size) {
      this.#touch(filePath, cached);
      return { kind: 'file', file: cached.file };
    }
    const file = await this.#loadOnce(filePath, info.mtimeMs, info.size);
    return file === null ? { kind: 'missing' } : { kind: 'file', file };
  }

  #loadOnce(filePath: string, mtimeMs: number, size: number): Promise<ServedFile | null> {
    const pending = this.#loading.get(filePath);
    if (pending !== undefined) return pending;
    const loading = this.#load(filePath, mtimeMs, size).finally(() => this.#loading.delete(filePath));
    this.#loading.set(filePath, loading);
    return loading;
  }

  async #load(filePath: string, mtimeMs: number, size: number): Promise<ServedFile | null> {
    // A symlink inside the directory must not expose a file outside it.
    if (!this.#isInside(await realpath(filePath))) return null;
    const file = buildServedFile(filePath, await readFile(filePath), mtimeMs, this.#baseUrl);
    this.#store(filePath, { file, size });
    return file;
  }

  #isInside(real: string): boolean {
    const rel = relative(this.#root, real);
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  }

  #store(filePath: string, entry: CacheEntry): void {
    const previous = this.#entries.get(filePath);
    if (previous !== undefined) this.#bytes -= previous.file.body.length;
    // A file larger than the whole budget is served but never cached.
    if (entry.file.body.length > this.#maxBytes) {
      this.#entries.delete(filePath);
      return;
    }
    this.#entries.set(filePath, entry);
    this.#bytes += entry.file.body.length;
    this.#evict();
  }

  #touch(filePath: string, entry: CacheEntry): void {
    // Map keeps insertion order, so re-inserting moves the entry to the most recently used end.
    this.#entries.delete(filePath);
    this.#entries.set(filePath, entry);
  }

  #evict(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) return;
      this.#entries.delete(key);
      this.#bytes -= entry.file.body.length;
    }
  }
}

/** Builds the served form of a file: placeholder substituted for text, hashed for the ETag. */
export function buildServedFile(filePath: string, raw: Buffer, mtimeMs: number, baseUrl: string): ServedFile {
  const original = isTextExtension(extname(filePath).toLowerCase()) ? raw.toString('utf8') : null;
  const text = original === null ? null : substituteBase(original, baseUrl);
  // Untouched files keep their exact bytes (a text file need not be UTF-8).
  const body = text === null || text === original ? raw : Buffer.from(text, 'utf8');
  return {
    body,
    contentType: contentTypeFor(filePath, text),
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    lastModified: new Date(mtimeMs).toUTCString(),
    mtimeMs,
  };
}

async function statOrNull(filePath: string): Promise<Stats | null> {
  try {
    return await stat(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // ENOTDIR: a path through a regular file (`/robots.txt/x`) is simply absent.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return null;
    throw err;
  }
}
