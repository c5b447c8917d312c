// Incoming mail at the bounce address: delivery status notifications (RFC 3464), feedback
// reports (complaints, RFC 5965), out-of-office replies and anything else. A permanent DSN status
// (5.x.x) is a hard bounce, a transient one (4.x.x) a soft bounce; auto-replies are ignored.
// Input is a parsed message's parts (the adapter runs mailparser), so this stays pure.

/** The parts of a received message this classifier reads. */
export interface InboundMessage {
  /** Header names lowercased; values as text. */
  readonly headers: Readonly<Record<string, string>>;
  readonly subject: string;
  readonly text: string;
  /** Text of the message/delivery-status part, when there is one. */
  readonly deliveryStatus: string | null;
  /** Text of the message/feedback-report part, when there is one. */
  readonly feedbackReport: string | null;
  /** Addresses the message was delivered to (our VERP bounce address among them). */
  readonly to: readonly string[];
}

/** What a received message is. */
export type InboundKind = 'hard-bounce' | 'soft-bounce' | 'complaint' | 'auto-reply' | 'unrelated';

/** The classification, with the recipient it concerns and the outbox row it answers when known. */
export interface InboundVerdict {
  readonly kind: InboundKind;
  readonly recipient: string | null;
  /** Enhanced status code, e.g. 5.1.1. */
  readonly status: string | null;
  readonly diagnostic: string | null;
  /** Edition and subscriber ids from the VERP bounce address, when present. */
  readonly outbox: { readonly edition: number; readonly subscriber: number } | null;
}

/** The VERP bounce address of one outbox row: `local+b-EDITION-SUBSCRIBER@domain`. */
export function bounceAddress(from: string, edition: number, subscriber: number): string {
  const at = from.lastIndexOf('@');
  const local = from.slice(0, at).replace(/\+.*$/, '');
  return `${local}+b-${edition}-${subscriber}@${from.slice(at + 1)}`;
}

/** The outbox row named by a VERP bounce address, or null. */
export function parseBounceAddress(address: string): { edition: number; subscriber: number } | null {
  const m = /\+b-(\d+)-(\d+)@/.exec(address);
  return m ? { edition: Number(m[1]), subscriber: Number(m[2]) } : null;
}

/** Classifies one received message. */
export function classifyInbound(message: InboundMessage): InboundVerdict {
  const outbox = message.to.map(parseBounceAddress).find((o) => o !== null) ?? null;
  if (message.feedbackReport !== null) return complaint(message.feedbackReport, outbox);
  if (message.deliveryStatus !== null) return fromDeliveryStatus(message.deliveryStatus, outbox);
  if (isAutoReply(message)) return { kind: 'auto-reply', recipient: null, status: null, diagnostic: null, outbox };
  return { kind: 'unrelated', recipient: null, status: null, diagnostic: null, outbox };
}

function complaint(report: string, outbox: InboundVerdict['outbox']): InboundVerdict {
  const recipient = field(report, 'Original-Rcpt-To') ?? field(report, 'Removal-Recipient');
  return { kind: 'complaint', recipient: recipient ? stripAddressType(recipient) : null, status: null, diagnostic: field(report, 'Feedback-Type'), outbox };
}

function fromDeliveryStatus(status: string, outbox: InboundVerdict['outbox']): InboundVerdict {
  const action = (field(status, 'Action') ?? '').toLowerCase();
  const code = /([245])\.\d{1,3}\.\d{1,3}/.exec(field(status, 'Status') ?? '')?.[0] ?? null;
  const recipient = field(status, 'Final-Recipient') ?? field(status, 'Original-Recipient');
  const base = { recipient: recipient ? stripAddressType(recipient) : null, status: code, diagnostic: field(status, 'Diagnostic-Code'), outbox };
  // "delayed" and 4.x.x are still being retried by the remote side: count, do not suppress.
  if (action === 'failed' && code?.startsWith('5')) return { kind: 'hard-bounce', ...base };
  if (action === 'delivered' || action === 'relayed' || action === 'expanded' || code?.startsWith('2')) return { kind: 'unrelated', ...base };
  return { kind: 'soft-bounce', ...base };
}

// RFC 3834 Auto-Submitted, the common vendor headers, and the usual subjects.
function isAutoReply(message: InboundMessage): boolean {
  const h = message.headers;
  const autoSubmitted = (h['auto-submitted'] ?? 'no').toLowerCase();
  if (autoSubmitted !== 'no') return true;
  if (h['x-autoreply'] !== undefined || h['x-autorespond'] !== undefined) return true;
  if (/^(auto_reply|bulk|junk|list)$/i.test(h['precedence'] ?? '')) return true;
  return /\b(out of (the )?office|auto(matic)?[- ]?reply|abwesenheit|absence)\b/i.test(message.subject);
}

// A `Name: value` field of a report body, unfolded.
function field(text: string, name: string): string | null {
  const m = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t]+.*)*)`, 'im').exec(text);
  return m?.[1] ? m[1].replace(/\r?\n[ \t]+/g, ' ').trim() : null;
}

function stripAddressType(value: string): string {
  return value.replace(/^rfc822;\s*/i, '').replace(/^<|>$/g, '').trim().toLowerCase();
}
