// The extraction stage: page HTML in, article text and metadata out.
export { extractArticle, type ExtractOptions } from './extract-article.ts';
export { DEFAULT_BUDGET, type ExtractBudget } from './extract-budget.ts';
export { htmlToPlainText } from './plain-text.ts';
export { normalizeDate, sameDate } from './date-normalize.ts';
export { bylineNames } from './byline-names.ts';
export type { ExtractedArticle, ExtractOutcome } from '../../core/extracted-article.ts';
