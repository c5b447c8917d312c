// Writer over an OpenAI-compatible chat API (`POST {baseUrl}/chat/completions`): OpenAI, or a
// local server (llama.cpp, vLLM, Ollama's /v1) speaking the same protocol. Uses the global fetch;
// settings are plain parameters, copied and frozen (src/config reads the environment).
import { RoundupError } from '../../core/errors.ts';
import type { Writer, WriterMessage, WriterOptions } from '../../ports/writer.ts';

/** Settings of the adapter. */
export interface OpenAiWriterConfig {
  /** API root including its version, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8080/v1`. */
  readonly baseUrl: string;
  readonly model: string;
  /** Sent as a Bearer token when set; local servers often need none. */
  readonly apiKey?: string | null;
  /** Whole-request timeout; default 60 s. */
  readonly timeoutMs?: number;
  /** Default 0: the writer condenses, it is not meant to be creative. */
  readonly temperature?: number;
  /** Default 1,200 tokens. */
  readonly maxTokens?: number;
}

/** The part of a chat completion response the adapter reads. */
interface ChatCompletion {
  readonly choices?: readonly { readonly message?: { readonly content?: unknown } }[];
}

/** An OpenAI-compatible chat model as a Writer. */
export class OpenAiWriter implements Writer {
  readonly #config: Required<OpenAiWriterConfig>;

  constructor(config: OpenAiWriterConfig) {
    if (!/^https?:\/\//.test(config.baseUrl)) throw new RoundupError('writer/invalid-config', `writer base URL must be http(s): ${JSON.stringify(config.baseUrl)}`);
    if (!config.model) throw new RoundupError('writer/invalid-config', 'writer model is empty');
    this.#config = Object.freeze({ apiKey: null, timeoutMs: 60_000, temperature: 0, maxTokens: 1_200, ...config, baseUrl: config.baseUrl.replace(/\/+$/, '') });
  }

  /** The model's reply to `messages`; throws `writer/timeout`, `writer/network`, `writer/http-status` or `writer/bad-response`. */
  async complete(messages: readonly WriterMessage[], options: WriterOptions = {}): Promise<string> {
    const response = await this.#post(messages, options);
    const body = await response.text();
    if (!response.ok) throw new RoundupError('writer/http-status', `writer: HTTP ${response.status} from ${this.#config.baseUrl}: ${body.slice(0, 200)}`);
    let parsed: ChatCompletion;
    try {
      parsed = JSON.parse(body) as ChatCompletion;
    } catch (cause) {
      throw new RoundupError('writer/bad-response', `writer: reply is not JSON: ${body.slice(0, 120)}`, { cause });
    }
    const content = parsed.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new RoundupError('writer/bad-response', 'writer: reply has no choices[0].message.content');
    return content;
  }

  /** Sends the request with the timeout and the caller's signal combined. */
  async #post(messages: readonly WriterMessage[], options: WriterOptions): Promise<Response> {
    const timeout = AbortSignal.timeout(this.#config.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.#config.apiKey) headers.authorization = `Bearer ${this.#config.apiKey}`;
    const body = JSON.stringify({ model: this.#config.model, messages, temperature: this.#config.temperature, max_tokens: options.maxTokens ?? this.#config.maxTokens });
    try {
      return await fetch(`${this.#config.baseUrl}/chat/completions`, { method: 'POST', headers, body, signal });
    } catch (cause) {
      if (timeout.aborted) throw new RoundupError('writer/timeout', `writer: no reply from ${this.#config.baseUrl} within ${this.#config.timeoutMs} ms`, { cause });
      if (options.signal?.aborted) throw new RoundupError('writer/aborted', 'writer: request cancelled', { cause });
      throw new RoundupError('writer/network', `writer: cannot reach ${this.#config.baseUrl}: ${(cause as Error).message}`, { cause });
    }
  }
}

