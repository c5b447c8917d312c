// Fetched bytes -> text. Feed and HTML parsers take strings and ignore the encoding the
// document declares, so the charset decision is made here, once, from the evidence in order
// of trust: a byte order mark, the raw byte pattern of UTF-16/32, the HTTP charset, the XML
// declaration, an HTML <meta>. A declared single- or multi-byte charset loses to the bytes
// when they are valid, non-ASCII UTF-8: servers and templates often declare a charset the
// document was not written in, while text in a legacy charset almost never happens to be
// valid UTF-8. Pure: no I/O.

/** The decoded text and the charset that was used, lower case (e.g. `utf-8`, `windows-1252`). */
export interface DecodedBody {
  readonly text: string;
  readonly charset: string;
}

/** How far into the body to look for an XML declaration or an HTML <meta> charset. */
const SNIFF_BYTES = 2048;

/** Labels that name the same decoder under feedparser's and the WHATWG's preferred names. */
const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  ascii: 'us-ascii',
  'ansi_x3.4-1968': 'us-ascii',
  chinese: 'gb18030',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  latin1: 'iso-8859-1',
  'latin-1': 'iso-8859-1',
  iso8859_1: 'iso-8859-1',
  'iso_8859-1': 'iso-8859-1',
  utf8: 'utf-8',
  u8: 'utf-8',
  utf16: 'utf-16',
  u16: 'utf-16',
  utf32: 'utf-32',
  u32: 'utf-32',
};

/** Decodes fetched bytes to text, choosing the charset from BOM, HTTP header, XML declaration or HTML meta. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  const bom = detectBom(bytes);
  if (bom) return { text: decodeWith(bom.charset, bytes.subarray(bom.length)), charset: bom.charset };
  const wide = detectWidePattern(bytes);
  if (wide) return { text: decodeWith(wide, bytes), charset: wide };

  const header = parseContentType(contentType);
  if (header.charset) return decodeDeclared(bytes, header.charset);
  // RFC 3023 says text/* without a charset is us-ascii. Honour it when it is true (every
  // byte is ASCII); otherwise follow RFC 7303, which dropped that default because servers
  // send UTF-8 and Latin-1 documents as text/xml every day.
  if (header.mediaType.startsWith('text/') && isAscii(bytes)) {
    return { text: decodeWith('utf-8', bytes), charset: 'us-ascii' };
  }
  const declared = sniffDeclaredCharset(bytes);
  if (declared) return decodeDeclared(bytes, declared);
  return decodeUndeclared(bytes);
}

/** The charset named by a byte order mark, and the mark's length. */
function detectBom(bytes: Uint8Array): { charset: string; length: number } | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { charset: 'utf-8', length: 3 };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { charset: 'utf-32be', length: 4 };
  // FF FE 00 00 is also UTF-16LE BOM + NUL; a NUL as the first character of a feed is not plausible.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { charset: 'utf-32le', length: 4 };
  if (b0 === 0xfe && b1 === 0xff) return { charset: 'utf-16be', length: 2 };
  if (b0 === 0xff && b1 === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

/** UTF-16/32 without a BOM, recognised by how `<` (and `<?`) are laid out (XML 1.0 appendix F). */
function detectWidePattern(bytes: Uint8Array): string | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x3c) return 'utf-32be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) return 'utf-32le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
  return null;
}

/** Media type (lower case) and charset parameter of a Content-Type header; tolerant of quotes and spaces. */
export function parseContentType(contentType: string | null): { mediaType: string; charset: string | null } {
  if (!contentType) return { mediaType: '', charset: null };
  const [type = '', ...params] = contentType.split(';');
  let charset: string | null = null;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*(.*)$/i.exec(param);
    if (match) charset = stripQuotes(match[1] ?? '') || null;
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

function stripQuotes(value: string): string {
  return value.trim().replace(/^(['"])(.*)\1$/, '$2').trim();
}

/** The encoding named by an XML declaration or an HTML <meta> near the start of the body. */
function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, SNIFF_BYTES));
  const xml = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']?([^"'\s?>]+)/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/** Decodes with a declared charset, unless the bytes say otherwise (valid UTF-8, or a declared UTF-8 that is not). */
function decodeDeclared(bytes: Uint8Array, label: string): DecodedBody {
  const charset = canonicalCharset(label, bytes);
  if (charset === null) return decodeUndeclared(bytes);
  if (charset.startsWith('utf-16') || charset.startsWith('utf-32')) {
    return { text: decodeWith(charset, bytes), charset };
  }
  if (charset === 'utf-8') return decodeClaimedUtf8(bytes);
  if (!isAscii(bytes) && isValidUtf8(bytes)) return { text: decodeWith('utf-8', bytes), charset: 'utf-8' };
  return { text: decodeWith(charset, bytes), charset };
}

/** Declared UTF-8: trust it if it holds or mostly holds; if no multi-byte sequence is valid, it was windows-1252. */
function decodeClaimedUtf8(bytes: Uint8Array): DecodedBody {
  if (isValidUtf8(bytes) || hasUtf8Sequence(bytes)) return { text: decodeWith('utf-8', bytes), charset: 'utf-8' };
  return { text: decodeWith('windows-1252', bytes), charset: 'windows-1252' };
}

/** No usable declaration: UTF-8 if the bytes are valid UTF-8, else windows-1252 (the web's de-facto default). */
function decodeUndeclared(bytes: Uint8Array): DecodedBody {
  if (isValidUtf8(bytes)) return { text: decodeWith('utf-8', bytes), charset: 'utf-8' };
  return { text: decodeWith('windows-1252', bytes), charset: 'windows-1252' };
}

/** Canonical lower-case name for a label, or null when no decoder knows it. */
function canonicalCharset(label: string, bytes: Uint8Array): string | null {
  const lower = label.trim().toLowerCase();
  const name = CHARSET_ALIASES[lower] ?? CHARSET_ALIASES[lower.replace(/-/g, '_')] ?? lower.replace(/_/g, '-');
  // An 8-bit document cannot be UTF-16/32 whatever it says (no BOM, no wide pattern was seen).
  if (name.startsWith('utf-16') || name.startsWith('utf-32')) return isWide(bytes) ? name : 'utf-8';
  return decoderKnows(name) ? name : null;
}

/** Whether the bytes look like UTF-16 or UTF-32 (a NUL in the first few bytes). */
function isWide(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 4).includes(0);
}

function decoderKnows(name: string): boolean {
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

/** Decodes leniently (bad sequences become U+FFFD); handles UTF-32, which TextDecoder does not. */
function decodeWith(charset: string, bytes: Uint8Array): string {
  let text: string;
  if (charset === 'utf-32be' || charset === 'utf-32le') text = decodeUtf32(bytes, charset === 'utf-32le');
  else if (charset === 'utf-32') text = decodeUtf32(bytes, bytes[0] !== 0);
  else if (charset === 'utf-16') text = new TextDecoder(bytes[0] === 0 ? 'utf-16be' : 'utf-16le').decode(bytes);
  else text = new TextDecoder(charset).decode(bytes);
  return repairC1Controls(text);
}

/** windows-1252's characters for bytes 0x80-0x9F (undefined bytes keep their code point). */
const WINDOWS_1252_HIGH = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/**
 * C1 control characters (U+0080-U+009F) never belong in a feed: they are windows-1252 bytes
 * that went through a Latin-1 or UTF-8 conversion (curly quotes, dashes, the euro sign), so
 * they are mapped back to what windows-1252 meant. This also covers Node 20's TextDecoder,
 * which decodes `windows-1252` as plain Latin-1.
 */
function repairC1Controls(text: string): string {
  return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c) : text;
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chars: string[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    chars.push(code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd');
  }
  return chars.join('');
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return false;
  return true;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether at least one well-formed multi-byte UTF-8 sequence occurs: evidence the document is UTF-8 with a few bad bytes. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) continue;
    let ok = i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
