// A received message (bounce, complaint, auto-reply) parsed by mailparser into the parts the
// DSN classifier reads: the delivery-status and feedback-report parts arrive as attachments.
import { simpleParser, type AddressObject } from 'mailparser';
import type { InboundMessage } from '../../stages/newsletter/dsn-classify.ts';

/** Parses raw RFC 5322 bytes. `envelopeTo` adds the SMTP recipients (our VERP address) when known. */
export async function parseInbound(raw: Buffer | string, envelopeTo: readonly string[] = []): Promise<InboundMessage> {
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
  const headers: Record<string, string> = {};
  for (const line of mail.headerLines) {
    const colon = line.line.indexOf(':');
    headers[line.key.toLowerCase()] = colon >= 0 ? line.line.slice(colon + 1).trim() : '';
  }
  const part = (type: string) => {
    const found = mail.attachments.find((a) => a.contentType.toLowerCase() === type);
    return found ? found.content.toString('utf8') : null;
  };
  // mailparser inlines a report's text/* and message/delivery-status parts into `text` rather
  // than attachments; the multipart/report type says which report the text holds.
  const reportType = /report-type\s*=\s*"?([a-z-]+)/i.exec(headers['content-type'] ?? '')?.[1]?.toLowerCase() ?? null;
  const inlined = (type: string) => (reportType === type ? (mail.text ?? '') : null);
  return {
    headers,
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    deliveryStatus: part('message/delivery-status') ?? part('message/global-delivery-status') ?? inlined('delivery-status'),
    feedbackReport: part('message/feedback-report') ?? inlined('feedback-report'),
    to: [...envelopeTo, ...addresses(mail.to), ...(headers['x-original-to'] ? [headers['x-original-to']] : [])],
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? '')).filter(Boolean);
}
