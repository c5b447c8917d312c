// The stories stage: near-duplicate folding and online clustering of articles into stories.
export { StoryClusterer, type WindowStats } from './story-clusterer.ts';
export { DEFAULT_STORY_CONFIG, resolveStoryConfig, type StoryConfig } from './story-config.ts';
export { parseArticleLine, parseWindow } from './article-line.ts';
export { BaselineClusterer } from './baseline-clusterer.ts';
