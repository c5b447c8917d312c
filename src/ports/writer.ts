// Writer: an optional language model that may condense and smooth a briefing's extractive draft.
// Roundup is complete without it; whatever it returns passes the briefings stage's grounding
// check or is thrown away (see applyWriterReply in src/stages/briefings).

/** One chat message, as OpenAI-compatible chat APIs take them. */
export interface WriterMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** Limits of one completion. */
export interface WriterOptions {
  /** Upper bound on the reply's length in tokens. */
  readonly maxTokens?: number;
  /** Cancels the request. */
  readonly signal?: AbortSignal;
}

/** A chat model: messages in, the reply's text out. Failures are RoundupErrors with a `writer/` code. */
export interface Writer {
  /** The model's reply to `messages`. */
  complete(messages: readonly WriterMessage[], options?: WriterOptions): Promise<string>;
}
