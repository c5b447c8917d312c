// decodeBody: the charset chosen from BOM, HTTP header, XML declaration and HTML meta, and
// what happens when a declaration is wrong. feedparser's encoding documents are run by the
// feeds conformance suite (test/stages/feeds/feedparser-conformance.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBody, parseContentType } from '../../../src/stages/fetch/body-decode.ts';

const encoder = new TextEncoder();

function bytes(...parts: Array<string | number[]>): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : Uint8Array.from(part)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const unit of Array.from(text, (c) => c.charCodeAt(0))) out.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  return Uint8Array.from(out);
}

function utf32(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const points = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.codePointAt(0) ?? 0)];
  const view = new DataView(new ArrayBuffer(points.length * 4));
  points.forEach((point, i) => view.setUint32(i * 4, point, littleEndian));
  return new Uint8Array(view.buffer);
}

const LATIN1_CAFE = [0x63, 0x61, 0x66, 0xe9]; // "café" in ISO-8859-1 / windows-1252

describe('decodeBody: byte order marks and wide encodings', () => {
  it('strips a UTF-8 BOM', () => {
    assert.deepEqual(decodeBody(bytes([0xef, 0xbb, 0xbf], '<rss/>'), 'text/xml; charset=iso-8859-1'), { text: '<rss/>', charset: 'utf-8' });
  });

  it('reads UTF-16 and UTF-32 in both byte orders, with and without BOM', () => {
    const xml = '<?xml version="1.0"?><rss>\u00e9\u4e2d</rss>';
    for (const le of [true, false]) {
      const order = le ? 'le' : 'be';
      assert.deepEqual(decodeBody(utf16(xml, le, true), null), { text: xml, charset: `utf-16${order}` });
      assert.deepEqual(decodeBody(utf16(xml, le, false), null), { text: xml, charset: `utf-16${order}` });
      assert.deepEqual(decodeBody(utf32(xml, le, true), null), { text: xml, charset: `utf-32${order}` });
      assert.deepEqual(decodeBody(utf32(xml, le, false), null), { text: xml, charset: `utf-32${order}` });
    }
  });

  it('ignores a UTF-16 declaration on an 8-bit document', () => {
    assert.equal(decodeBody(bytes('<?xml version="1.0" encoding="utf-16"?><a>\u00e9</a>'), null).charset, 'utf-8');
  });
});

describe('decodeBody: declarations in order of trust', () => {
  it('takes the HTTP charset over the XML declaration', () => {
    const body = bytes('<?xml version="1.0" encoding="utf-8"?><a>', LATIN1_CAFE, '</a>');
    assert.deepEqual(decodeBody(body, 'application/rss+xml; charset="ISO-8859-1"'), { text: '<?xml version="1.0" encoding="utf-8"?><a>caf\u00e9</a>', charset: 'iso-8859-1' });
  });

  it('uses the XML declaration when the header has no charset', () => {
    const body = bytes('<?xml version="1.0" encoding="windows-1252"?><a>', [0x93, 0x68, 0x69, 0x94, 0x80], '</a>');
    assert.deepEqual(decodeBody(body, 'application/xml'), { text: '<?xml version="1.0" encoding="windows-1252"?><a>\u201chi\u201d\u20ac</a>', charset: 'windows-1252' });
  });

  it('uses an HTML meta charset in the first 2 KB', () => {
    const meta = bytes('<html><head><meta charset="koi8-r"></head><body>', [0xf0, 0xd2, 0xc9], '</body></html>');
    assert.equal(decodeBody(meta, 'text/html').text, '<html><head><meta charset="koi8-r"></head><body>\u041f\u0440\u0438</body></html>');
    const httpEquiv = bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>', LATIN1_CAFE);
    assert.equal(decodeBody(httpEquiv, null).charset, 'iso-8859-1');
  });

  it('knows gb2312 as gb18030, and legacy multi-byte charsets', () => {
    assert.deepEqual(decodeBody(bytes('<a>', [0xc4, 0xe3, 0xba, 0xc3], '</a>'), 'text/xml; charset=gb2312'), { text: '<a>\u4f60\u597d</a>', charset: 'gb18030' });
    assert.equal(decodeBody(bytes('<?xml version="1.0" encoding="euc-kr"?><a>', [0xb3, 0xe2], '</a>'), null).text.slice(-5), '\ub144</a>');
    assert.equal(decodeBody(bytes('<?xml version="1.0" encoding="Shift_JIS"?><a>', [0x82, 0xa0], '</a>'), null).text.slice(-5), '\u3042</a>');
  });
});

describe('decodeBody: wrong and missing declarations', () => {
  it('prefers UTF-8 when the bytes are valid non-ASCII UTF-8 whatever is declared', () => {
    const body = bytes('<?xml version="1.0" encoding="iso-8859-1"?><a>caf\u00e9 \u2013 \u20ac</a>');
    assert.deepEqual(decodeBody(body, null), { text: '<?xml version="1.0" encoding="iso-8859-1"?><a>caf\u00e9 \u2013 \u20ac</a>', charset: 'utf-8' });
    assert.equal(decodeBody(body, 'text/xml; charset=windows-1252').charset, 'utf-8');
  });

  it('falls back to windows-1252 when declared UTF-8 has no valid multi-byte sequence', () => {
    const body = bytes('<?xml version="1.0" encoding="utf-8"?><a>', [0x93], 'caf', [0xe9, 0x94], '</a>');
    assert.deepEqual(decodeBody(body, null), { text: '<?xml version="1.0" encoding="utf-8"?><a>\u201ccaf\u00e9\u201d</a>', charset: 'windows-1252' });
  });

  it('keeps UTF-8 with a stray bad byte, replacing only that byte', () => {
    const body = bytes('<a>\u00e9', [0xff], '</a>');
    assert.deepEqual(decodeBody(body, 'text/xml; charset=utf-8'), { text: '<a>\u00e9\ufffd</a>', charset: 'utf-8' });
  });

  it('treats unknown labels as absent', () => {
    assert.deepEqual(decodeBody(bytes('<?xml version="1.0" encoding="bogus"?><a>\u00e9</a>'), null).charset, 'utf-8');
    assert.deepEqual(decodeBody(bytes('<a>', LATIN1_CAFE, '</a>'), 'text/xml; charset=x-no-such-thing'), { text: '<a>caf\u00e9</a>', charset: 'windows-1252' });
  });

  it('maps C1 control characters to what windows-1252 meant ("demoronising")', () => {
    assert.equal(decodeBody(bytes('<a>don', [0xc2, 0x92], 't</a>'), null).text, '<a>don\u2019t</a>');
  });

  it('with no declaration at all: UTF-8 if valid, else windows-1252', () => {
    assert.deepEqual(decodeBody(bytes('<a>\u00e9</a>'), null), { text: '<a>\u00e9</a>', charset: 'utf-8' });
    assert.deepEqual(decodeBody(bytes('<a>', LATIN1_CAFE, '</a>'), null), { text: '<a>caf\u00e9</a>', charset: 'windows-1252' });
    assert.deepEqual(decodeBody(new Uint8Array(0), null), { text: '', charset: 'utf-8' });
  });
});

describe('decodeBody: text/* without a charset (RFC 3023 vs RFC 7303)', () => {
  it('reports us-ascii when every byte is ASCII, whatever the XML declaration says', () => {
    assert.equal(decodeBody(bytes('<?xml version="1.0" encoding="iso-8859-1"?><rss/>'), 'text/xml').charset, 'us-ascii');
    assert.equal(decodeBody(bytes('<rss/>'), 'text/plain').charset, 'us-ascii');
  });

  it('follows the declaration when there are non-ASCII bytes (RFC 7303)', () => {
    assert.ok(decodeBody(bytes('<?xml version="1.0" encoding="utf-8"?><a>\u00e9</a>'), 'text/xml').text.endsWith('<a>\u00e9</a>'));
  });

  it('uses utf-8 for application/* without charset or declaration', () => {
    assert.equal(decodeBody(bytes('<rss/>'), 'application/rss+xml').charset, 'utf-8');
  });
});

describe('parseContentType', () => {
  it('reads quoted, spaced and missing charsets and ignores bogus parameters', () => {
    assert.deepEqual(parseContentType("application/atom+xml;charset='us-ascii'"), { mediaType: 'application/atom+xml', charset: 'us-ascii' });
    assert.deepEqual(parseContentType('Text/XML ; charset = "UTF-8"'), { mediaType: 'text/xml', charset: 'UTF-8' });
    assert.deepEqual(parseContentType('text/xml; charset:iso-8859-1'), { mediaType: 'text/xml', charset: null });
    assert.deepEqual(parseContentType('text/xml;'), { mediaType: 'text/xml', charset: null });
    assert.deepEqual(parseContentType(null), { mediaType: '', charset: null });
  });
});
