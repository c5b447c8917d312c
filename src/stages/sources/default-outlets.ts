// The outlets a new installation starts with: a data table, sorted by id, no logic.
//
// Perspectives follow one public rating per outlet, named in perspectiveBasis and checked by hand
// against the snapshots in ../shared/data/outlets (read in place, never copied):
//  - AllSides first, for every outlet it rates (the AllSideR scrape of 2019-10-18; "Lean Left" and
//    "Lean Right" there are `left-center` and `right-center`);
//  - else Media Bias/Fact Check as collected by Idiap (NAACL 2024), mapping "least biased" to centre,
//    "left-center" to lean-left and "right-center" to lean-right;
//  - else Media Bias/Fact Check as collected by Baly et al. (EMNLP 2018).
// Ratings change: AllSides has since re-rated some outlets (e.g. Fox News, AP, NPR), so re-check
// against the current charts before relying on one, and update the basis with the rating.
//
// Feed URLs are the outlets' public RSS/Atom feeds (top stories, world, politics) as best known
// when written; they could not be fetched from the machine that wrote them, so expect some to
// have moved: a failing feed is reported per feed and never stops the others.
import type { Outlet } from '../../core/outlet.ts';

/** An outlet of the default list, with the URLs of the feeds to read. */
export type DefaultOutlet = Outlet & { readonly feeds: readonly string[] };

const ALLSIDES = 'AllSides Media Bias Rating (2019-10-18 snapshot)';
const MBFC = 'Media Bias/Fact Check (Idiap NAACL 2024 snapshot)';
const MBFC_BALY = 'Media Bias/Fact Check (Baly et al. EMNLP 2018 snapshot)';

/** The default outlets: wires, left to right, several countries; sorted by id. */
export const DEFAULT_OUTLETS: readonly DefaultOutlet[] = [
  {
    id: 'abc-news', name: 'ABC News', homeDomain: 'abcnews.go.com', language: 'en', country: 'US',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://feeds.abcnews.com/abcnews/topstories',
      'https://feeds.abcnews.com/abcnews/politicsheadlines',
      'https://feeds.abcnews.com/abcnews/internationalheadlines',
    ],
  },
  {
    id: 'abc-news-australia', name: 'ABC News (Australia)', homeDomain: 'abc.net.au', language: 'en', country: 'AU',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://www.abc.net.au/news/feed/45910/rss.xml',
      'https://www.abc.net.au/news/feed/51120/rss.xml',
    ],
  },
  {
    id: 'afp', name: 'Agence France-Presse', homeDomain: 'afp.com', language: 'en', country: 'INT',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: true,
    feeds: ['https://www.afp.com/en/actus/afp_actualite/792,31,9,7,33/rss'],
  },
  {
    id: 'al-jazeera', name: 'Al Jazeera English', homeDomain: 'aljazeera.com', language: 'en', country: 'QA',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.aljazeera.com/xml/rss/all.xml'],
  },
  {
    id: 'associated-press', name: 'Associated Press', homeDomain: 'apnews.com', language: 'en', country: 'INT',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: true,
    feeds: ['https://apnews.com/index.rss'],
  },
  {
    id: 'axios', name: 'Axios', homeDomain: 'axios.com', language: 'en', country: 'US',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://api.axios.com/feed/'],
  },
  {
    id: 'bbc-news', name: 'BBC News', homeDomain: 'bbc.co.uk', language: 'en', country: 'GB',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://feeds.bbci.co.uk/news/rss.xml',
      'https://feeds.bbci.co.uk/news/world/rss.xml',
      'https://feeds.bbci.co.uk/news/politics/rss.xml',
    ],
  },
  {
    id: 'bloomberg', name: 'Bloomberg', homeDomain: 'bloomberg.com', language: 'en', country: 'US',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://feeds.bloomberg.com/politics/news.rss',
      'https://feeds.bloomberg.com/markets/news.rss',
    ],
  },
  {
    id: 'breitbart', name: 'Breitbart News', homeDomain: 'breitbart.com', language: 'en', country: 'US',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://feeds.feedburner.com/breitbart'],
  },
  {
    id: 'cbc-news', name: 'CBC News', homeDomain: 'cbc.ca', language: 'en', country: 'CA',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://www.cbc.ca/webfeed/rss/rss-topstories',
      'https://www.cbc.ca/webfeed/rss/rss-politics',
      'https://www.cbc.ca/webfeed/rss/rss-world',
    ],
  },
  {
    id: 'cbs-news', name: 'CBS News', homeDomain: 'cbsnews.com', language: 'en', country: 'US',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.cbsnews.com/latest/rss/main',
      'https://www.cbsnews.com/latest/rss/politics',
      'https://www.cbsnews.com/latest/rss/world',
    ],
  },
  {
    id: 'christian-science-monitor', name: 'The Christian Science Monitor', homeDomain: 'csmonitor.com', language: 'en', country: 'US',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://rss.csmonitor.com/feeds/all',
      'https://rss.csmonitor.com/feeds/usa',
      'https://rss.csmonitor.com/feeds/world',
    ],
  },
  {
    id: 'cna', name: 'CNA', homeDomain: 'channelnewsasia.com', language: 'en', country: 'SG',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.channelnewsasia.com/rssfeeds/8395986'],
  },
  {
    id: 'cnn', name: 'CNN', homeDomain: 'cnn.com', language: 'en', country: 'US',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://rss.cnn.com/rss/cnn_topstories.rss',
      'https://rss.cnn.com/rss/cnn_allpolitics.rss',
      'https://rss.cnn.com/rss/edition_world.rss',
    ],
  },
  {
    id: 'common-dreams', name: 'Common Dreams', homeDomain: 'commondreams.org', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.commondreams.org/rss.xml'],
  },
  {
    id: 'crikey', name: 'Crikey', homeDomain: 'crikey.com.au', language: 'en', country: 'AU',
    perspective: 'left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.crikey.com.au/feed/'],
  },
  {
    id: 'ctv-news', name: 'CTV News', homeDomain: 'ctvnews.ca', language: 'en', country: 'CA',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.ctvnews.ca/rss/ctvnews-ca-top-stories-public-rss-1.822009'],
  },
  {
    id: 'daily-caller', name: 'The Daily Caller', homeDomain: 'dailycaller.com', language: 'en', country: 'US',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://dailycaller.com/feed/'],
  },
  {
    id: 'daily-mail', name: 'Daily Mail', homeDomain: 'dailymail.co.uk', language: 'en', country: 'GB',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.dailymail.co.uk/news/index.rss',
      'https://www.dailymail.co.uk/home/index.rss',
    ],
  },
  {
    id: 'daily-maverick', name: 'Daily Maverick', homeDomain: 'dailymaverick.co.za', language: 'en', country: 'ZA',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.dailymaverick.co.za/dmrss/'],
  },
  {
    id: 'daily-signal', name: 'The Daily Signal', homeDomain: 'dailysignal.com', language: 'en', country: 'US',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.dailysignal.com/feed/'],
  },
  {
    id: 'daily-wire', name: 'The Daily Wire', homeDomain: 'dailywire.com', language: 'en', country: 'US',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.dailywire.com/feeds/rss.xml'],
  },
  {
    id: 'democracy-now', name: 'Democracy Now!', homeDomain: 'democracynow.org', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.democracynow.org/democracynow.rss'],
  },
  {
    id: 'deutsche-welle', name: 'Deutsche Welle', homeDomain: 'dw.com', language: 'en', country: 'DE',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://rss.dw.com/rdf/rss-en-all',
      'https://rss.dw.com/rdf/rss-en-world',
    ],
  },
  {
    id: 'euronews', name: 'Euronews', homeDomain: 'euronews.com', language: 'en', country: 'FR',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.euronews.com/rss?format=mrss&level=theme&name=news'],
  },
  {
    id: 'financial-times', name: 'Financial Times', homeDomain: 'ft.com', language: 'en', country: 'GB',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.ft.com/rss/home',
      'https://www.ft.com/world?format=rss',
    ],
  },
  {
    id: 'fox-news', name: 'Fox News', homeDomain: 'foxnews.com', language: 'en', country: 'US',
    perspective: 'lean-right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://moxie.foxnews.com/google-publisher/latest.xml',
      'https://moxie.foxnews.com/google-publisher/politics.xml',
      'https://moxie.foxnews.com/google-publisher/world.xml',
    ],
  },
  {
    id: 'france-24', name: 'France 24', homeDomain: 'france24.com', language: 'en', country: 'FR',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://www.france24.com/en/rss',
      'https://www.france24.com/en/europe/rss',
    ],
  },
  {
    id: 'gb-news', name: 'GB News', homeDomain: 'gbnews.com', language: 'en', country: 'GB',
    perspective: 'right', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.gbnews.com/feeds/feed.rss'],
  },
  {
    id: 'global-news', name: 'Global News', homeDomain: 'globalnews.ca', language: 'en', country: 'CA',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://globalnews.ca/feed/',
      'https://globalnews.ca/politics/feed/',
    ],
  },
  {
    id: 'hindustan-times', name: 'Hindustan Times', homeDomain: 'hindustantimes.com', language: 'en', country: 'IN',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://www.hindustantimes.com/feeds/rss/india-news/rssfeed.xml',
      'https://www.hindustantimes.com/feeds/rss/world-news/rssfeed.xml',
    ],
  },
  {
    id: 'huffpost', name: 'HuffPost', homeDomain: 'huffpost.com', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.huffpost.com/section/front-page/feed',
      'https://www.huffpost.com/section/politics/feed',
    ],
  },
  {
    id: 'indian-express', name: 'The Indian Express', homeDomain: 'indianexpress.com', language: 'en', country: 'IN',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://indianexpress.com/feed/',
      'https://indianexpress.com/section/india/feed/',
    ],
  },
  {
    id: 'jacobin', name: 'Jacobin', homeDomain: 'jacobin.com', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://jacobin.com/feed/'],
  },
  {
    id: 'le-monde', name: 'Le Monde in English', homeDomain: 'lemonde.fr', language: 'en', country: 'FR',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.lemonde.fr/en/rss/une.xml'],
  },
  {
    id: 'livemint', name: 'Mint', homeDomain: 'livemint.com', language: 'en', country: 'IN',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://www.livemint.com/rss/News',
      'https://www.livemint.com/rss/politics',
    ],
  },
  {
    id: 'los-angeles-times', name: 'Los Angeles Times', homeDomain: 'latimes.com', language: 'en', country: 'US',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.latimes.com/world-nation/rss2.0.xml',
      'https://www.latimes.com/politics/rss2.0.xml',
    ],
  },
  {
    id: 'mother-jones', name: 'Mother Jones', homeDomain: 'motherjones.com', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.motherjones.com/feed/'],
  },
  {
    id: 'national-post', name: 'National Post', homeDomain: 'nationalpost.com', language: 'en', country: 'CA',
    perspective: 'lean-right', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://nationalpost.com/feed/'],
  },
  {
    id: 'national-review', name: 'National Review', homeDomain: 'nationalreview.com', language: 'en', country: 'US',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.nationalreview.com/feed/'],
  },
  {
    id: 'nbc-news', name: 'NBC News', homeDomain: 'nbcnews.com', language: 'en', country: 'US',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://feeds.nbcnews.com/nbcnews/public/news',
      'https://feeds.nbcnews.com/nbcnews/public/politics',
      'https://feeds.nbcnews.com/nbcnews/public/world',
    ],
  },
  {
    id: 'ndtv', name: 'NDTV', homeDomain: 'ndtv.com', language: 'en', country: 'IN',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://feeds.feedburner.com/ndtvnews-top-stories',
      'https://feeds.feedburner.com/ndtvnews-world-news',
    ],
  },
  {
    id: 'new-republic', name: 'The New Republic', homeDomain: 'newrepublic.com', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://newrepublic.com/rss.xml'],
  },
  {
    id: 'new-statesman', name: 'New Statesman', homeDomain: 'newstatesman.com', language: 'en', country: 'GB',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.newstatesman.com/feed'],
  },
  {
    id: 'new-york-post', name: 'New York Post', homeDomain: 'nypost.com', language: 'en', country: 'US',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://nypost.com/feed/',
      'https://nypost.com/news/feed/',
    ],
  },
  {
    id: 'new-york-times', name: 'The New York Times', homeDomain: 'nytimes.com', language: 'en', country: 'US',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://rss.nytimes.com/services/xml/rss/nyt/HomePage.xml',
      'https://rss.nytimes.com/services/xml/rss/nyt/World.xml',
      'https://rss.nytimes.com/services/xml/rss/nyt/Politics.xml',
    ],
  },
  {
    id: 'news-com-au', name: 'news.com.au', homeDomain: 'news.com.au', language: 'en', country: 'AU',
    perspective: 'lean-right', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://www.news.com.au/content-feeds/latest-news-national/',
      'https://www.news.com.au/content-feeds/latest-news-world/',
    ],
  },
  {
    id: 'news24', name: 'News24', homeDomain: 'news24.com', language: 'en', country: 'ZA',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://feeds.news24.com/articles/news24/TopStories/rss'],
  },
  {
    id: 'newsmax', name: 'Newsmax', homeDomain: 'newsmax.com', language: 'en', country: 'US',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.newsmax.com/rss/Newsfront/16/'],
  },
  {
    id: 'newsweek', name: 'Newsweek', homeDomain: 'newsweek.com', language: 'en', country: 'US',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.newsweek.com/rss'],
  },
  {
    id: 'npr', name: 'NPR', homeDomain: 'npr.org', language: 'en', country: 'US',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://feeds.npr.org/1001/rss.xml',
      'https://feeds.npr.org/1014/rss.xml',
      'https://feeds.npr.org/1004/rss.xml',
    ],
  },
  {
    id: 'nz-herald', name: 'The New Zealand Herald', homeDomain: 'nzherald.co.nz', language: 'en', country: 'NZ',
    perspective: 'centre', perspectiveBasis: MBFC_BALY, isWire: false,
    feeds: ['https://www.nzherald.co.nz/arc/outboundfeeds/rss/curated/78/?outputType=xml&_website=nzh'],
  },
  {
    id: 'pbs-newshour', name: 'PBS NewsHour', homeDomain: 'pbs.org', language: 'en', country: 'US',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.pbs.org/newshour/feeds/rss/headlines',
      'https://www.pbs.org/newshour/feeds/rss/politics',
    ],
  },
  {
    id: 'politico', name: 'Politico', homeDomain: 'politico.com', language: 'en', country: 'US',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://rss.politico.com/politics-news.xml',
      'https://rss.politico.com/congress.xml',
    ],
  },
  {
    id: 'realclearpolitics', name: 'RealClearPolitics', homeDomain: 'realclearpolitics.com', language: 'en', country: 'US',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.realclearpolitics.com/index.xml'],
  },
  {
    id: 'reason', name: 'Reason', homeDomain: 'reason.com', language: 'en', country: 'US',
    perspective: 'lean-right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://reason.com/feed/'],
  },
  {
    id: 'reuters', name: 'Reuters', homeDomain: 'reuters.com', language: 'en', country: 'INT',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: true,
    feeds: [
      'https://www.reutersagency.com/feed/?best-topics=top-news&post_type=best',
      'https://www.reutersagency.com/feed/?best-topics=political-general&post_type=best',
    ],
  },
  {
    id: 'rfi', name: 'Radio France Internationale', homeDomain: 'rfi.fr', language: 'en', country: 'FR',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.rfi.fr/en/rss'],
  },
  {
    id: 'rte-news', name: 'RTÉ News', homeDomain: 'rte.ie', language: 'en', country: 'IE',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://www.rte.ie/feeds/rss/?index=/news/',
      'https://www.rte.ie/feeds/rss/?index=/news/world/',
    ],
  },
  {
    id: 'salon', name: 'Salon', homeDomain: 'salon.com', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.salon.com/feed/'],
  },
  {
    id: 'sky-news', name: 'Sky News', homeDomain: 'news.sky.com', language: 'en', country: 'GB',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://feeds.skynews.com/feeds/rss/home.xml',
      'https://feeds.skynews.com/feeds/rss/world.xml',
      'https://feeds.skynews.com/feeds/rss/politics.xml',
    ],
  },
  {
    id: 'slate', name: 'Slate', homeDomain: 'slate.com', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://slate.com/feeds/all.rss'],
  },
  {
    id: 'south-china-morning-post', name: 'South China Morning Post', homeDomain: 'scmp.com', language: 'en', country: 'HK',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.scmp.com/rss/91/feed'],
  },
  {
    id: 'spiegel-international', name: 'Der Spiegel International', homeDomain: 'spiegel.de', language: 'en', country: 'DE',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.spiegel.de/international/index.rss'],
  },
  {
    id: 'sydney-morning-herald', name: 'The Sydney Morning Herald', homeDomain: 'smh.com.au', language: 'en', country: 'AU',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://www.smh.com.au/rss/feed.xml',
      'https://www.smh.com.au/rss/world.xml',
    ],
  },
  {
    id: 'the-american-conservative', name: 'The American Conservative', homeDomain: 'theamericanconservative.com', language: 'en', country: 'US',
    perspective: 'lean-right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.theamericanconservative.com/feed/'],
  },
  {
    id: 'the-atlantic', name: 'The Atlantic', homeDomain: 'theatlantic.com', language: 'en', country: 'US',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.theatlantic.com/feed/all/',
      'https://www.theatlantic.com/feed/channel/politics/',
    ],
  },
  {
    id: 'the-blaze', name: 'TheBlaze', homeDomain: 'theblaze.com', language: 'en', country: 'US',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.theblaze.com/feeds/feed.rss'],
  },
  {
    id: 'the-conversation', name: 'The Conversation', homeDomain: 'theconversation.com', language: 'en', country: 'AU',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://theconversation.com/au/articles.atom'],
  },
  {
    id: 'the-dispatch', name: 'The Dispatch', homeDomain: 'thedispatch.com', language: 'en', country: 'US',
    perspective: 'lean-right', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://thedispatch.com/feed/'],
  },
  {
    id: 'the-economist', name: 'The Economist', homeDomain: 'economist.com', language: 'en', country: 'GB',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.economist.com/the-world-this-week/rss.xml',
      'https://www.economist.com/international/rss.xml',
    ],
  },
  {
    id: 'the-federalist', name: 'The Federalist', homeDomain: 'thefederalist.com', language: 'en', country: 'US',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://thefederalist.com/feed/'],
  },
  {
    id: 'the-globe-and-mail', name: 'The Globe and Mail', homeDomain: 'theglobeandmail.com', language: 'en', country: 'CA',
    perspective: 'lean-right', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://www.theglobeandmail.com/arc/outboundfeeds/rss/category/canada/',
      'https://www.theglobeandmail.com/arc/outboundfeeds/rss/category/politics/',
      'https://www.theglobeandmail.com/arc/outboundfeeds/rss/category/world/',
    ],
  },
  {
    id: 'the-guardian', name: 'The Guardian', homeDomain: 'theguardian.com', language: 'en', country: 'GB',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.theguardian.com/international/rss',
      'https://www.theguardian.com/world/rss',
      'https://www.theguardian.com/politics/rss',
    ],
  },
  {
    id: 'the-hill', name: 'The Hill', homeDomain: 'thehill.com', language: 'en', country: 'US',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://thehill.com/feed/',
      'https://thehill.com/homenews/feed/',
    ],
  },
  {
    id: 'the-hindu', name: 'The Hindu', homeDomain: 'thehindu.com', language: 'en', country: 'IN',
    perspective: 'lean-left', perspectiveBasis: MBFC_BALY, isWire: false,
    feeds: [
      'https://www.thehindu.com/news/national/feeder/default.rss',
      'https://www.thehindu.com/news/international/feeder/default.rss',
    ],
  },
  {
    id: 'the-independent', name: 'The Independent', homeDomain: 'independent.co.uk', language: 'en', country: 'GB',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.independent.co.uk/news/rss',
      'https://www.independent.co.uk/news/world/rss',
      'https://www.independent.co.uk/news/uk/politics/rss',
    ],
  },
  {
    id: 'the-intercept', name: 'The Intercept', homeDomain: 'theintercept.com', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://theintercept.com/feed/?rss'],
  },
  {
    id: 'the-irish-times', name: 'The Irish Times', homeDomain: 'irishtimes.com', language: 'en', country: 'IE',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.irishtimes.com/arc/outboundfeeds/rss/?outputType=xml'],
  },
  {
    id: 'the-japan-times', name: 'The Japan Times', homeDomain: 'japantimes.co.jp', language: 'en', country: 'JP',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.japantimes.co.jp/feed/'],
  },
  {
    id: 'the-jerusalem-post', name: 'The Jerusalem Post', homeDomain: 'jpost.com', language: 'en', country: 'IL',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.jpost.com/rss/rssfeedsfrontpage.aspx'],
  },
  {
    id: 'the-nation', name: 'The Nation', homeDomain: 'thenation.com', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.thenation.com/feed/?post_type=article'],
  },
  {
    id: 'the-spectator', name: 'The Spectator', homeDomain: 'spectator.co.uk', language: 'en', country: 'GB',
    perspective: 'lean-right', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.spectator.co.uk/feed'],
  },
  {
    id: 'the-straits-times', name: 'The Straits Times', homeDomain: 'straitstimes.com', language: 'en', country: 'SG',
    perspective: 'lean-right', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://www.straitstimes.com/news/world/rss.xml',
      'https://www.straitstimes.com/news/singapore/rss.xml',
    ],
  },
  {
    id: 'the-telegraph', name: 'The Telegraph', homeDomain: 'telegraph.co.uk', language: 'en', country: 'GB',
    perspective: 'lean-right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.telegraph.co.uk/rss.xml',
      'https://www.telegraph.co.uk/news/rss.xml',
    ],
  },
  {
    id: 'the-times-of-israel', name: 'The Times of Israel', homeDomain: 'timesofisrael.com', language: 'en', country: 'IL',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.timesofisrael.com/feed/'],
  },
  {
    id: 'thejournal-ie', name: 'TheJournal.ie', homeDomain: 'thejournal.ie', language: 'en', country: 'IE',
    perspective: 'lean-left', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://www.thejournal.ie/feed/'],
  },
  {
    id: 'times-of-india', name: 'The Times of India', homeDomain: 'timesofindia.indiatimes.com', language: 'en', country: 'IN',
    perspective: 'lean-right', perspectiveBasis: MBFC, isWire: false,
    feeds: [
      'https://timesofindia.indiatimes.com/rssfeedstopstories.cms',
      'https://timesofindia.indiatimes.com/rssfeeds/296589292.cms',
    ],
  },
  {
    id: 'toronto-sun', name: 'Toronto Sun', homeDomain: 'torontosun.com', language: 'en', country: 'CA',
    perspective: 'right', perspectiveBasis: MBFC, isWire: false,
    feeds: ['https://torontosun.com/feed/'],
  },
  {
    id: 'upi', name: 'United Press International', homeDomain: 'upi.com', language: 'en', country: 'INT',
    perspective: 'centre', perspectiveBasis: MBFC, isWire: true,
    feeds: [
      'https://rss.upi.com/news/top_news.rss',
      'https://rss.upi.com/news/world_news.rss',
    ],
  },
  {
    id: 'vox', name: 'Vox', homeDomain: 'vox.com', language: 'en', country: 'US',
    perspective: 'left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.vox.com/rss/index.xml'],
  },
  {
    id: 'wall-street-journal', name: 'The Wall Street Journal', homeDomain: 'wsj.com', language: 'en', country: 'US',
    perspective: 'centre', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://feeds.a.dj.com/rss/RSSWorldNews.xml',
      'https://feeds.a.dj.com/rss/WSJcomUSBusiness.xml',
    ],
  },
  {
    id: 'washington-examiner', name: 'Washington Examiner', homeDomain: 'washingtonexaminer.com', language: 'en', country: 'US',
    perspective: 'lean-right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://www.washingtonexaminer.com/feed/'],
  },
  {
    id: 'washington-free-beacon', name: 'Washington Free Beacon', homeDomain: 'freebeacon.com', language: 'en', country: 'US',
    perspective: 'right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: ['https://freebeacon.com/feed/'],
  },
  {
    id: 'washington-post', name: 'The Washington Post', homeDomain: 'washingtonpost.com', language: 'en', country: 'US',
    perspective: 'lean-left', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://feeds.washingtonpost.com/rss/politics',
      'https://feeds.washingtonpost.com/rss/world',
      'https://feeds.washingtonpost.com/rss/national',
    ],
  },
  {
    id: 'washington-times', name: 'The Washington Times', homeDomain: 'washingtontimes.com', language: 'en', country: 'US',
    perspective: 'lean-right', perspectiveBasis: ALLSIDES, isWire: false,
    feeds: [
      'https://www.washingtontimes.com/rss/headlines/news/',
      'https://www.washingtontimes.com/rss/headlines/news/politics/',
    ],
  },
];
