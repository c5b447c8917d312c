// The mail-sending port: hand one message to an SMTP server and say what it answered.
// Expected outcomes are values: accepted (250), or rejected with the reply code, where a 4xx
// or a dropped connection is temporary and a 5xx is permanent.

/** One message to send. Header values must already be free of CR/LF. */
export interface OutgoingMessage {
  /** Header From, e.g. `Roundup <news@example.org>`. */
  readonly from: string;
  /** Envelope sender (MAIL FROM), where bounces go; a VERP address per row for editions. */
  readonly envelopeFrom: string;
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** `<id@domain>`; stable per edition and subscriber so a resent copy is recognisably the same. */
  readonly messageId: string;
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post, List-Id …). */
  readonly headers: Readonly<Record<string, string>>;
}

/** What the server answered. */
export type SendOutcome =
  | { readonly kind: 'accepted'; readonly response: string }
  | { readonly kind: 'rejected'; readonly permanent: boolean; readonly responseCode: number | null; readonly message: string };

/** Called around the write of the end-of-data mark (`.` alone on a line): the one step after which
 * the server has the whole message and keeps it even if this process dies at once. */
export interface HandOffHooks {
  /** Synchronously, immediately before the mark is written. If it throws, the mark is not written and the connection is dropped, so the server discards the message. */
  readonly beforeMark: () => void;
  /** Once the mark is in the kernel's socket buffer: in the same synchronous turn as its write
   * when the kernel took every byte at once, else as soon as it has them. Not called when the
   * connection fails first. */
  readonly afterMark: () => void;
}

/** Sends messages over a pool of connections. */
export interface Mailer {
  /** Sends one message; never throws for an SMTP outcome, only for a bug or a closed mailer. */
  send(message: OutgoingMessage, handOff?: HandOffHooks): Promise<SendOutcome>;
  /** Closes the pool's connections after the messages in flight. */
  close(): Promise<void>;
}
