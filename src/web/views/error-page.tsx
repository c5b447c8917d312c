/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The page for a 4xx (and the rare 5xx): what went wrong in words, with a way back.
import type { SiteConfig } from '../../config/config.ts';
import { PageLayout } from './page-layout.tsx';

/** Title of an error status. */
export function errorTitle(status: number): string {
  if (status === 404) return 'Not found';
  if (status === 400) return 'Bad request';
  if (status === 405) return 'Method not allowed';
  if (status >= 500) return 'Something went wrong';
  return 'Request not accepted';
}

/** The error page. */
export function ErrorPage(props: { site: SiteConfig; status: number; message: string; path: string }) {
  return (
    <PageLayout site={props.site} meta={{ title: errorTitle(props.status), path: props.path, robots: 'noindex' }}>
      <h1>{errorTitle(props.status)}</h1>
      <p>{props.message}</p>
      <p><a href="/">Back to the front page</a> or <a href="/search">search the stories</a>.</p>
    </PageLayout>
  );
}
