import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedFormatOfMediaType, looksLikeFeed, sniffFeedFormat, xmlRootElementName } from '../../../src/stages/sources/feed-sniffer.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const rsparser = join(resolve(repoRoot, '../shared/data'), 'feeds/rsparser/Tests/RSParserTests/Resources');
const noSharedData = existsSync(rsparser) ? false : `shared data absent: ${rsparser} not found`;

// Every file of RSParser's test resources with what it is. Names lie (DaringFireball.rss is Atom,
// allthis.atom is RSS), which is why the body decides.
const REAL_FILES: Readonly<Record<string, string | null>> = {
  '3960.json': 'json',
  '489.rss': 'rss',
  '4fsodonline.atom': 'atom', // xml-stylesheet processing instruction before the root
  'DaringFireball.atom': 'atom',
  'DaringFireball.html': null,
  'DaringFireball.json': 'json',
  'DaringFireball.rss': 'atom',
  'EMarley.rss': 'rss',
  'KatieFloyd.rss': 'rss', // comment before the root
  'OneFootTsunami.atom': 'atom',
  'ScriptingNews.json': null, // RSS written as JSON, not a JSON Feed
  'Subs.opml': null,
  'SubsNoTitleAttributes.opml': null,
  'YouTubeTheVolvoRocks.html': null,
  'aktuality.rss': 'rss',
  'allthis-partial.json': null, // a JSON Feed fragment without its version
  'allthis.atom': 'rss',
  'allthis.json': 'json',
  'atp.rss': 'rss',
  'authors.json': 'json',
  'bio.rdf': 'rdf', // no XML declaration
  'cloudblog.rss': 'rss',
  'coco.html': null, // leading blank lines
  'curt.json': 'json', // version with escaped slashes
  'dcrainmaker.xml': 'rss',
  'donthitsave.xml': 'rss', // byte order mark
  'expertopinionent.atom': 'atom',
  'furbo.html': null,
  'inessential.html': null,
  'inessential.json': 'json',
  'jsonfeed-extension.json': 'json',
  'kc0011.rss': 'rss', // gb2312
  'livemint.xml': 'rss',
  'macworld.rss': 'rss',
  'manton.rss': 'rss',
  'monkeydom.rss': 'rss',
  'natasha.xml': 'rss',
  'phpxml.rss': 'rss', // odd processing instruction instead of the XML declaration
  'pxlnv.json': 'json', // http:// version URL
  'rose.json': 'json',
  'rubenerd.rss': 'rss',
  'russcox.atom': 'atom',
  'scriptingNews.rss': 'rss',
  'sixcolors.html': null,
  'theomnishow.rss': 'rss',
};

test('sniffFeedFormat: every RSParser resource file', { skip: noSharedData }, () => {
  for (const [file, expected] of Object.entries(REAL_FILES)) {
    // latin1 keeps every byte as one character, so non-UTF-8 files still sniff.
    const text = readFileSync(join(rsparser, file), 'latin1');
    assert.equal(sniffFeedFormat(text, 'application/octet-stream'), expected, file);
  }
});

const INLINE_CASES: readonly (readonly [string, string, string | null, string | null])[] = [
  // [description, body, content type, expected]
  ['RSS 2.0', '<rss version="2.0"><channel/></rss>', null, 'rss'],
  ['RSS served as text/html', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'text/html; charset=utf-8', 'rss'],
  ['RSS 0.91 with a DOCTYPE', '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"></rss>', null, 'rss'],
  ['DOCTYPE with an internal subset', '<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]><rss version="2.0"></rss>', null, 'rss'],
  ['Atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'application/atom+xml', 'atom'],
  ['prefixed Atom', '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"></atom:feed>', null, 'atom'],
  ['RSS 0.90 RDF', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"></rdf:RDF>', null, 'rdf'],
  ['RDF that is not RSS', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description/></rdf:RDF>', 'application/rdf+xml', null],
  ['JSON Feed', '{"version": "https://jsonfeed.org/version/1.1", "items": []}', 'application/feed+json', 'json'],
  ['truncated JSON Feed', '{"version":"https://jsonfeed.org/version/1","title":"x","items":[{"id":"1","con', null, 'json'],
  ['other JSON', '{"status": "ok", "version": "2.0"}', 'application/json', null],
  ['HTML page', '<!DOCTYPE html><html><head><title>x</title></head></html>', 'text/html', null],
  ['HTML page labelled as RSS', '<html><body>Not found</body></html>', 'application/rss+xml', null],
  ['OPML', '<opml version="2.0"><body/></opml>', 'text/xml', null],
  ['XML error document', '<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>', 'application/xml', null],
  ['plain text', 'Service unavailable', 'text/plain', null],
  ['empty body', '', 'application/rss+xml', null],
  ['whitespace only', ' \n\t ', null, null],
  ['root beyond the window, declared RSS', `<?xml version="1.0"?><!--${'x'.repeat(70_000)}--><rss/>`, 'application/rss+xml', 'rss'],
  ['root beyond the window, undeclared', `<?xml version="1.0"?><!--${'x'.repeat(70_000)}--><rss/>`, 'text/xml', null],
];

test('sniffFeedFormat: inline cases', () => {
  for (const [description, body, contentType, expected] of INLINE_CASES) {
    assert.equal(sniffFeedFormat(body, contentType), expected, description);
    assert.equal(looksLikeFeed(body, contentType), expected !== null, description);
  }
});

test('feedFormatOfMediaType: parameters and case are ignored, other types give null', () => {
  assert.equal(feedFormatOfMediaType('application/rss+xml'), 'rss');
  assert.equal(feedFormatOfMediaType(' Application/Atom+XML ; charset=UTF-8'), 'atom');
  assert.equal(feedFormatOfMediaType('application/feed+json'), 'json');
  assert.equal(feedFormatOfMediaType('application/rdf+xml'), 'rdf');
  assert.equal(feedFormatOfMediaType('text/xml'), null);
  assert.equal(feedFormatOfMediaType('application/json+oembed'), null);
  assert.equal(feedFormatOfMediaType(null), null);
});

test('xmlRootElementName: skips the prolog, keeps the prefix and case', () => {
  assert.equal(xmlRootElementName('\uFEFF<?xml version="1.0"?>\n<!-- c --><?xml-stylesheet href="x"?><rdf:RDF/>'), 'rdf:RDF');
  assert.equal(xmlRootElementName('<!doctype html><HTML>'), 'HTML');
  assert.equal(xmlRootElementName('plain'), null);
  assert.equal(xmlRootElementName('<?xml version="1.0"'), null);
});
