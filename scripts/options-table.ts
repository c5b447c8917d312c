// Prints the README's configuration table from the option list, so the two never drift apart.
import { OPTION_DOCS } from '../src/config/config-schema.ts';

const rows = OPTION_DOCS.map((o) => `| \`${o.env}\` | \`${o.key}\` | \`${o.defaultValue}\` | ${o.description} |`);
console.log(['| variable | config-file key | default | meaning |', '|---|---|---|---|', ...rows].join('\n'));
