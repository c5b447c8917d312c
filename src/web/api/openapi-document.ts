// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. A test checks that every
// API route is described here and every described path answers.
import type { SiteConfig } from '../../config/config.ts';
import { PERSPECTIVES } from '../../core/perspective.ts';
import { API } from './api-serializers.ts';
import type { RouteRegistrar } from '../web-context.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = { '400': { $ref: '#/components/responses/BadRequest' }, '404': { $ref: '#/components/responses/NotFound' } };
const param = (name: string, where: 'query' | 'path', schema: unknown, description: string, required = where === 'path') => ({ name, in: where, required, description, schema });
const pageOf = (item: string) => ({ type: 'object', required: ['items', 'next'], properties: { items: { type: 'array', items: ref(item) }, next: { type: ['string', 'null'], description: 'Cursor of the next page; null on the last page.' } } });
const paging = [param('limit', 'query', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Page size.'), param('cursor', 'query', { type: 'string' }, 'The `next` value of the previous page.')];
const storyId = param('id', 'path', { type: 'string' }, 'Story id; an id merged into another story resolves to that story.');
const searchParams = [
  param('q', 'query', { type: 'string', maxLength: 200 }, 'Words that must all appear; operators and punctuation are plain text.'),
  param('from', 'query', { type: 'string', format: 'date' }, 'First day included (YYYY-MM-DD).'),
  param('to', 'query', { type: 'string', format: 'date' }, 'Last day included (YYYY-MM-DD).'),
  param('outlet', 'query', { type: 'string' }, 'Outlet id.'),
  param('perspective', 'query', { type: 'string', enum: [...PERSPECTIVES] }, "The outlet's perspective."),
];

/** Operation object of a GET. */
function get(summary: string, parameters: unknown[], response: unknown) {
  return { get: { summary, parameters, responses: { '200': response, '304': { description: 'Not modified (If-None-Match matched the ETag).' }, ...errors } } };
}

/** The schemas of the API's JSON. */
function schemas() {
  const links = { type: 'object', additionalProperties: { type: 'string' } };
  const time = { type: 'string', format: 'date-time' };
  const nullableTime = { type: ['string', 'null'], format: 'date-time' };
  return {
    Story: { type: 'object', required: ['id', 'outlets', 'articleCount', 'firstSeen', 'lastSeen', 'multiSource'], properties: { id: { type: 'string' }, headline: { type: ['string', 'null'] }, language: { type: 'string' }, outlets: { type: 'array', items: { type: 'string' } }, articleCount: { type: 'integer' }, firstSeen: time, lastSeen: time, multiSource: { type: 'boolean' }, links } },
    Briefing: { type: 'object', description: 'The house format (src/core/briefing.ts): kicker, headline, standfirst, whatHappened, whoSaidWhat, whatNext, coverage, sources, related; every sentence with its provenance.', required: ['story', 'kicker', 'headline', 'standfirst', 'whatHappened', 'whoSaidWhat', 'whatNext', 'coverage', 'sources', 'related'], additionalProperties: true },
    BriefingVersion: { type: 'object', required: ['story', 'version', 'composedAt', 'briefing'], properties: { story: { type: 'string' }, version: { type: 'integer' }, composedAt: time, briefing: ref('Briefing'), links } },
    Article: { type: 'object', required: ['id', 'outlet', 'title'], properties: { id: { type: 'integer' }, outlet: { type: 'string' }, url: { type: ['string', 'null'] }, title: { type: 'string' }, byline: { type: ['string', 'null'] }, publishedAt: nullableTime, language: { type: ['string', 'null'] }, source: { type: 'string', enum: ['feed', 'page'] }, createdAt: time, text: { type: 'string', description: 'Only on a single article.' }, story: { type: ['string', 'null'] }, links } },
    Outlet: { type: 'object', required: ['id', 'name', 'perspective'], properties: { id: { type: 'string' }, name: { type: 'string' }, homeDomain: { type: 'string' }, language: { type: 'string' }, country: { type: 'string' }, perspective: { type: 'string', enum: [...PERSPECTIVES] }, perspectiveBasis: { type: 'string' }, isWire: { type: 'boolean' }, links } },
    Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['status', 'code', 'message'], properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } } } } },
  };
}

/** The OpenAPI 3.1 document for a site. */
export function openApiDocument(site: SiteConfig) {
  return {
    openapi: '3.1.0',
    info: { title: `${site.name} API`, version: '1.0.0', description: `${site.description} Read-only JSON over stories, briefings, articles and outlets. Responses carry an ETag; listings page with an opaque cursor.` },
    servers: [{ url: `${site.publicUrl}${API}` }],
    paths: {
      '/stories': get('Live stories, most recently updated first', [...paging, param('multiSource', 'query', { type: 'boolean' }, 'Only stories covered by two or more outlets.')], json(pageOf('Story'), 'A page of stories.')),
      '/stories/{id}': get('One story', [storyId], json(ref('Story'), 'The story.')),
      '/stories/{id}/briefing': get("The latest version of a story's briefing", [storyId], json(ref('BriefingVersion'), 'The briefing.')),
      '/stories/{id}/articles': get('The articles of a story, oldest first', [storyId], json({ type: 'object', properties: { story: { type: 'string' }, items: { type: 'array', items: ref('Article') } } }, 'The articles.')),
      '/briefings': get('The latest briefing of each live story, newest first', [...paging, param('multiSource', 'query', { type: 'boolean' }, 'Only multi-source stories.')], json(pageOf('BriefingVersion'), 'A page of briefings.')),
      '/articles': get('Articles, newest first', [...paging, param('outlet', 'query', { type: 'string' }, 'Only this outlet.')], json(pageOf('Article'), 'A page of articles.')),
      '/articles/{id}': get('One article with its text and story', [param('id', 'path', { type: 'integer', minimum: 1 }, 'Article id.')], json(ref('Article'), 'The article.')),
      '/outlets': get('Every outlet', [], json({ type: 'object', properties: { items: { type: 'array', items: ref('Outlet') } } }, 'The outlets.')),
      '/outlets/{id}': get('One outlet', [param('id', 'path', { type: 'string' }, 'Outlet id.')], json(ref('Outlet'), 'The outlet.')),
      '/search': get('Full-text search over articles, with the stories of the best hits', searchParams, json({ type: 'object', properties: { query: { type: 'string' }, stories: { type: 'array', items: ref('BriefingVersion') }, articles: { type: 'array', items: { type: 'object', properties: { article: ref('Article'), rank: { type: 'number' }, snippet: { type: 'string', description: 'Matched words between [ and ].' } } } } } }, 'Search results.')),
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'The OpenAPI document.' } } } },
    },
    components: {
      schemas: schemas(),
      responses: { BadRequest: json(ref('Error'), 'Malformed input.'), NotFound: json(ref('Error'), 'Unknown id or path.') },
    },
  };
}

/** GET /api/v1/openapi.json */
export const registerOpenApiRoute: RouteRegistrar = (app, ctx) => {
  const body = JSON.stringify(openApiDocument(ctx.site));
  app.get(`${API}/openapi.json`, () => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } }));
};
