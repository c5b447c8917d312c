// The OpenAI-compatible Writer against a local HTTP server that speaks the chat completions API,
// and the full round trip: draft -> request -> reply -> grounding check -> briefing or fallback.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isRoundupError } from '../../../src/core/errors.ts';
import { OpenAiWriter } from '../../../src/adapters/writer-openai/openai-writer.ts';
import { applyWriterReply, checkProvenance, composeBriefing, writerRequest } from '../../../src/stages/briefings/index.ts';
import type { Briefing } from '../../../src/core/briefing.ts';
import { ferryStory } from '../../stages/briefings/story-fixtures.ts';

/** What the test server saw of the last request. */
interface Seen {
  path: string;
  auth: string | undefined;
  body: { model: string; messages: { role: string; content: string }[]; temperature: number; max_tokens: number };
}

let server: Server;
let baseUrl = '';
let seen: Seen | null = null;
/** How the server answers the next request. */
let answer: (res: ServerResponse) => void = () => {};

/** A chat completion reply with `content`. */
function completion(content: string): (res: ServerResponse) => void {
  return (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] }));
  };
}

before(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen = { path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(body || '{}') as Seen['body'] };
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('OpenAiWriter', () => {
  it('posts the messages to /chat/completions with the model and key, and returns the reply', async () => {
    answer = completion('hello');
    const writer = new OpenAiWriter({ baseUrl: `${baseUrl}/`, model: 'test-model', apiKey: 'sk-test' });
    assert.equal(await writer.complete([{ role: 'user', content: 'hi' }]), 'hello');
    assert.equal(seen?.path, '/v1/chat/completions');
    assert.equal(seen?.auth, 'Bearer sk-test');
    assert.equal(seen?.body.model, 'test-model');
    assert.equal(seen?.body.temperature, 0);
    assert.deepEqual(seen?.body.messages, [{ role: 'user', content: 'hi' }]);
  });

  it('sends no Authorization header without a key', async () => {
    answer = completion('ok');
    await new OpenAiWriter({ baseUrl, model: 'm' }).complete([{ role: 'user', content: 'hi' }]);
    assert.equal(seen?.auth, undefined);
  });

  it('turns an HTTP error, a malformed reply, a timeout and a closed port into typed errors', async () => {
    const writer = new OpenAiWriter({ baseUrl, model: 'm', timeoutMs: 300 });
    answer = (res) => {
      res.writeHead(500);
      res.end('overloaded');
    };
    await assert.rejects(writer.complete([]), (e) => isRoundupError(e, 'writer/http-status'));
    answer = (res) => res.end('{"choices": []}');
    await assert.rejects(writer.complete([]), (e) => isRoundupError(e, 'writer/bad-response'));
    answer = (res) => res.end('not json');
    await assert.rejects(writer.complete([]), (e) => isRoundupError(e, 'writer/bad-response'));
    answer = (res) => setTimeout(() => res.end('{}'), 1_000);
    await assert.rejects(writer.complete([]), (e) => isRoundupError(e, 'writer/timeout'));
    await assert.rejects(new OpenAiWriter({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm' }).complete([]), (e) => isRoundupError(e, 'writer/network'));
  });

  it('refuses a configuration without an http(s) URL or a model', () => {
    assert.throws(() => new OpenAiWriter({ baseUrl: 'ftp://x', model: 'm' }), (e) => isRoundupError(e, 'writer/invalid-config'));
    assert.throws(() => new OpenAiWriter({ baseUrl: 'http://x', model: '' }), (e) => isRoundupError(e, 'writer/invalid-config'));
  });
});

describe('Writer round trip with the grounding check', () => {
  const articles = ferryStory();
  const draft = (composeBriefing({ story: 'ferry', articles }) as { briefing: Briefing }).briefing;
  const writer = (): OpenAiWriter => new OpenAiWriter({ baseUrl, model: 'm' });

  /** A reply that keeps every draft sentence but shortens the first fact. */
  function condensed(first: string): string {
    const keep = (list: readonly { text: string }[]) => list.map((s, i) => ({ text: s.text, from: [i + 1] }));
    return JSON.stringify({ headline: draft.headline, standfirst: draft.standfirst, whatHappened: [{ text: first, from: [1] }, ...keep(draft.whatHappened).slice(1)], whoSaidWhat: keep(draft.whoSaidWhat), whatNext: keep(draft.whatNext) });
  }

  it('keeps a grounded condensation, with the provenance of the sentences it condenses', async () => {
    answer = completion(condensed('Ferry workers walked off the job on Tuesday, halting crossings to the outer islands.'));
    const reply = await writer().complete(writerRequest(draft));
    const result = applyWriterReply(draft, reply, articles);
    assert.deepEqual(result.problems, []);
    assert.equal(result.briefing.composer, 'writer');
    assert.deepEqual(result.briefing.whatHappened[0]!.sources, draft.whatHappened[0]!.sources);
    assert.deepEqual(checkProvenance(result.briefing, articles), []);
    assert.match(seen!.body.messages[1]!.content, /whatHappened:\n {2}1\. /);
  });

  it('refuses an invented name, an altered quote or an invented number, and keeps the draft', async () => {
    for (const bad of [
      'Ferry workers led by Governor Ames walked off the job on Tuesday.',
      'Ferry workers walked off the job, saying "patience is gone."',
      'Ferry workers, 900 of them, walked off the job on Tuesday.',
    ]) {
      answer = completion(condensed(bad));
      const result = applyWriterReply(draft, await writer().complete(writerRequest(draft)), articles);
      assert.equal(result.accepted, false, bad);
      assert.deepEqual(result.briefing.whatHappened, draft.whatHappened);
      assert.ok(result.briefing.notes.some((n) => n.includes("writer's rewrite was refused")));
    }
  });

  it('refuses a reply that is not JSON, adds a sentence from nowhere, or grows a sentence', () => {
    assert.equal(applyWriterReply(draft, 'Sure! Here is the briefing.', articles).accepted, false);
    const extra = JSON.parse(condensed(draft.whatHappened[0]!.text)) as { whatHappened: { text: string; from: number[] }[] };
    extra.whatHappened.push({ text: 'Ferry workers walked off the job.', from: [] });
    assert.equal(applyWriterReply(draft, JSON.stringify(extra), articles).accepted, false);
    const longer = condensed(`${draft.whatHappened[0]!.text} Ferry workers walked off the job on Tuesday.`);
    assert.equal(applyWriterReply(draft, longer, articles).accepted, false);
  });
});
