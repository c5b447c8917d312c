// Briefings stage: a story's articles (with their quotes and outlets' perspectives) in, a
// house-format briefing out, every sentence with its provenance. Pure and deterministic.
export { composeBriefing } from './compose-briefing.ts';
export { DEFAULT_BRIEFING_OPTIONS } from './briefing-input.ts';
export type { BriefingArticle, BriefingOptions, BriefingOutcome, ComposeInput, RelatedCandidate } from './briefing-input.ts';
export { checkProvenance, quotationsIn, type ArticleText, type ProvenanceProblem } from './provenance-check.ts';
export { checkGrounding, type GroundingResult } from './grounding-check.ts';
export { countCoverage, sideOf } from './coverage-count.ts';
export { resolveRelativeDays } from './relative-days.ts';
export { rankRelated } from './related-rank.ts';
export { rougeL, rougeN, rougeTokens, type RougeScore } from './rouge-score.ts';
export { leadSummary, lexRankSummary } from './baseline-summaries.ts';
export { extractiveBounds, type BoundLimits, type ExtractiveBounds } from './extractive-bounds.ts';
export { splitSentences } from './sentence-split.ts';
export type { Briefing, BriefingSentence, Coverage, Provenance } from '../../core/briefing.ts';
export { applyWriterReply, writerRequest, type ChatMessage, type WriterResult } from './writer-draft.ts';
