import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate, sameDate } from '../../../src/stages/extract/date-normalize.ts';
import { bylineNames } from '../../../src/stages/extract/byline-names.ts';
import { titleFromDocument } from '../../../src/stages/extract/title-pick.ts';
import { readJsonLdArticle } from '../../../src/stages/extract/json-ld-article.ts';
import { limitNesting } from '../../../src/stages/extract/nesting-guard.ts';

describe('normalizeDate', () => {
  const cases: Array<[string, string | null]> = [
    ['2024-03-05T09:30:00+0100', '2024-03-05T09:30:00+01:00'],
    ['2024-03-05T09:30:00.123Z', '2024-03-05T09:30:00Z'],
    ['2024-03-05T09:30+00:00', '2024-03-05T09:30:00Z'],
    ['2024-03-05 09:30:00', '2024-03-05T09:30:00'],
    ['2024-03-05', '2024-03-05'],
    ['Tue, 05 Mar 2024 09:30:00 GMT', '2024-03-05T09:30:00Z'],
    ['2024-13-05', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, expected] of cases) it(`${JSON.stringify(input)} -> ${expected}`, () => assert.equal(normalizeDate(input), expected));
  it('compares instants across offsets, and days when one side is a date', () => {
    assert.ok(sameDate('2024-03-05T09:30:00+01:00', '2024-03-05T08:30:00Z'));
    assert.ok(sameDate('2024-03-05', '2024-03-05T23:00:00Z'));
    assert.ok(!sameDate('2024-03-05T09:30:00Z', '2024-03-05T09:31:00Z'));
  });
});

describe('bylineNames', () => {
  it('splits and cleans', () => {
    assert.deepEqual(bylineNames(['By Ana Lima, Tom Reed and Sam Ode']), ['Ana Lima', 'Tom Reed', 'Sam Ode']);
    assert.deepEqual(bylineNames(['Von Anna Schmidt und Jan Meyer']), ['Anna Schmidt', 'Jan Meyer']);
    assert.deepEqual(bylineNames(['Joshua Sokol May 20, 2019']), ['Joshua Sokol']);
    assert.deepEqual(bylineNames(['James Akinaka • 8h']), ['James Akinaka']);
    assert.deepEqual(bylineNames(['Sarah Archer 1:39 PM ET']), ['Sarah Archer']);
  });
  it('drops URLs, e-mail addresses and repeats', () => {
    assert.deepEqual(bylineNames(['https://example.org/staff/ana', 'ana@example.org', 'Ana Lima', 'ana lima']), ['Ana Lima']);
  });
});

describe('titleFromDocument', () => {
  it('cuts the outlet name after a separator', () => assert.equal(titleFromDocument('Bridge closes after long debate in town | The Paper', [], []), 'Bridge closes after long debate in town'));
  it('keeps a short cut title that the page repeats as a heading', () => assert.equal(titleFromDocument('Council closes old bridge | The Paper', ['Council closes old bridge'], []), 'Council closes old bridge'));
  it('keeps the whole title when the cut leaves too little', () => assert.equal(titleFromDocument('Mozilla - Wikipedia', ['Mozilla'], []), 'Mozilla - Wikipedia'));
  it('takes the part after a colon unless a heading has the whole', () => {
    assert.equal(titleFromDocument('The Paper: Bridge closes after a long debate', [], []), 'Bridge closes after a long debate');
    assert.equal(titleFromDocument('Why: the bridge closed', ['Why: the bridge closed'], []), 'Why: the bridge closed');
  });
});

describe('readJsonLdArticle', () => {
  it('finds the article in @graph, arrays and mainEntity, with authors as names', () => {
    const graph = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': ['NewsArticle'], headline: 'H', author: { name: 'Ana' } }] });
    assert.deepEqual(readJsonLdArticle([graph])?.authors, ['Ana']);
    const array = JSON.stringify([{ '@type': 'Organization', name: 'X' }, { '@type': 'ReportageNewsArticle', name: 'R', author: ['Tom', { name: 'Sam' }] }]);
    assert.deepEqual(readJsonLdArticle([array])?.authors, ['Tom', 'Sam']);
    const main = JSON.stringify({ '@type': 'WebPage', mainEntity: { '@type': 'Article', headline: 'M' } });
    assert.equal(readJsonLdArticle([main])?.headline, 'M');
  });
  it('tolerates CDATA, raw newlines in strings and broken blocks', () => {
    assert.equal(readJsonLdArticle(['{broken', '<![CDATA[{"@type":"BlogPosting","headline":"a\nb"}]]>'])?.headline, 'a b');
    assert.equal(readJsonLdArticle(['{"@type":"Person","name":"x"}']), null);
  });
});

describe('limitNesting', () => {
  it('leaves ordinary pages alone', () => {
    const html = '<div><p>a<p>b<ul><li>c<li>d</ul></div>';
    assert.equal(limitNesting(html, 10), html);
  });
  it('removes tags nested past the limit, with their closing tags', () => {
    assert.equal(limitNesting('<div><div><div>x</div></div></div>', 2), '<div><div>x</div></div>');
  });
});
