// The sources stage: which outlets and feeds to read (the default list, OPML import and export,
// feed discovery on a web page) and the checks on an outlet. Pure: no I/O, no clock.
export { DEFAULT_OUTLETS, type DefaultOutlet } from './default-outlets.ts';
export { candidateFeedUrls, COMMON_FEED_PATHS, discoverFeedLinks, type DiscoveredFeed } from './feed-discovery.ts';
export { FEED_MEDIA_TYPES, feedFormatOfMediaType, looksLikeFeed, sniffFeedFormat, xmlRootElementName } from './feed-sniffer.ts';
export { buildOpml, parseOpml, ROUNDUP_OPML_NAMESPACE, type OpmlExportFeed, type OpmlExportOptions, type OpmlFeed } from './opml.ts';
export { homeDomainOf, SERVICE_HOST_LABELS, slugifyOutletName } from './outlet-names.ts';
export { validateOutlet } from './outlet-validator.ts';
