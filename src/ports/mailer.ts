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

/** Called synchronously immediately before the end-of-data mark is written to the socket (from that write on, the server gets the whole message even if this process dies). If it throws, the mark is not written. */
export type HandOffHook = () => void;

/** Sends messages over a pool of connections. */
export interface Mailer {
  /** Sends one message; never throws for an SMTP outcome, only for a bug or a closed mailer. */
  send(message: OutgoingMessage, onHandOff?: HandOffHook): Promise<SendOutcome>;
  /** Closes the pool's connections after the messages in flight. */
  close(): Promise<void>;
}
