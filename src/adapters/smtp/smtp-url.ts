import { RoundupError } from '../../core/errors.ts';

/** Connection settings read from an `smtp://` or `smtps://` URL. */
export interface SmtpEndpoint {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (smtps, port 465); otherwise STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly auth: { readonly user: string; readonly pass: string } | null;
  /** `?tls=off`: never STARTTLS (a loopback sink); `?verify=off`: accept a self-signed certificate. */
  readonly ignoreTLS: boolean;
  readonly rejectUnauthorized: boolean;
}

/** Parses ROUNDUP_SMTP_URL, e.g. `smtp://user:pass@host:587`. */
export function parseSmtpUrl(url: string): SmtpEndpoint {
  let u: URL;
  try {
    u = new URL(url);
  } catch (cause) {
    throw new RoundupError('smtp/bad-url', `ROUNDUP_SMTP_URL is not a URL: ${url.replace(/\/\/[^@/]*@/, '//***@')}`, { cause });
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw new RoundupError('smtp/bad-url', `ROUNDUP_SMTP_URL must start with smtp:// or smtps://, not ${u.protocol}//`);
  const secure = u.protocol === 'smtps:';
  const user = decodeURIComponent(u.username);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    auth: user ? { user, pass: decodeURIComponent(u.password) } : null,
    ignoreTLS: u.searchParams.get('tls') === 'off',
    rejectUnauthorized: u.searchParams.get('verify') !== 'off',
  };
}
