// Patterns over class and id that tell the article from what surrounds it. The first two come from
// Readability.js, which tuned them over years of real pages; the others name boxes that every
// extractor tried here leaked (share bars, newsletter sign-ups, "more stories", author bios).

/** Class or id of blocks that are almost never the article (unless `MAYBE_CONTENT` also matches). */
export const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/;

/** Class or id words that rescue an `UNLIKELY` match: the block may be the article. */
export const MAYBE_CONTENT = /and|article|body|column|content|main|shadow/;

/** Class or id of boxes removed even inside the article (`non-paywall` marks the free part). */
export const BOILERPLATE = /(^|[\s_-])(share|sharing|sharedaddy|jp-relatedposts|wpl-likebox|social|newsletter|subscribe|subscription|signup|sign-up|promo|outbrain|taboola|related|related[a-z]+|recommended|recommendations|more-stories|author-bio|author-info|about-author|about-the-author|authors|author-box|authorbox|author-description|author-details|author-card|post-author|bio-box|post-ratings|disclaimer|kommentare|next-post|nextstory|widgettitle|textwidget|widget_text|footer-widget|intext-links|affiliate|affiliate-text|article-footer|next-story|post-navigation|prev-next|cookie|consent|(?<!non-)paywall|advert|advertisement|ad-container|ad-slot|adslot|ad-wrapper|breadcrumb|breadcrumbs|tags|tag-list|taglist|topics|comments|comment-list|disqus|toolbar|sr-only|visually-hidden|screen-reader-text|modal|popup|overlay|skip-link|jump-link|inline-ad|sidebar|byline|dateline|timestamp|article-meta|post-meta|postmetadata|entry-meta|meta-data|metadata|caption-credit|credit|date|photo-credit|image-credit|nocontent|noprint)([\s_-]|$)/;

/** Class or id of picture captions and credits, in the languages of the corpora (any class
 * containing "caption" is one too: figcaption, newsCaption, wp-caption-text). */
export const CAPTION = /caption|bildunterschrift|didascalia|(image|img|photo|picture|foto|bild)-?(description|desc|credit|source|legend)|(^|[\s_-])(legend|legende|dida|copyright)([\s_-]|$)/;

/** Class or id that lowers a block's score (Readability's negative weights). The Elementor page
 * builder wraps every paragraph block in an `elementor-widget`, so that widget is no sidebar. */
export const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|(?<!elementor-)widget/;

/** Class or id that raises a block's score. */
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/;

/** Class, id or itemprop that names the article body itself on many sites. */
export const ARTICLE_BODY = /articlebody|article-body|article_body|article__body|articlecontent|article-content|article__content|story-body|storybody|story-content|post-body|post-content|entry-content|post-entry|main-content|body-text|article-text|content-body|rich-text|text-body|td-post-content|field-name-body/;

/** ARIA roles of navigation and dialogs, never the article. */
export const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);

/** Paragraphs that point elsewhere ("SEE MORE: other headline"), checked on short blocks only. */
export const LEAD_IN_TEXT = /^(see more|read more|more|related|also read|read also|watch|listen|don'?t miss|recommended|trending|must read|more on this|popular)\s*[:|]/i;

/** Short lines that end the article: what follows them is other articles or the outlet's pitch. */
export const END_MARKER_TEXT = /^(you might also like|you may also like|you might be interested in|related (posts|articles|stories|content)|more (stories|articles) from|recommended (for you|stories|articles)|das könnte (sie|dich) auch interessieren|dies könnte (sie|dich) auch interessieren|das thema könnte (sie|dich) auch interessieren|ähnliche (beiträge|artikel|themen)|weitere (artikel|beiträge|themen)|auch interessant|lesen sie auch|mehr zum thema|vous aimerez (aussi|également)|à lire aussi|lire aussi|sur le même sujet|te puede interesar|también te puede interesar|noticias relacionadas|leggi anche|potrebbe interessarti|zobacz (też|także)|czytaj (też|także)|podobne (artykuły|wpisy)|tags?|schlagwörter|share this( article| post| story)?|teilen( mit)?|sharen mit|über den autor|über die autorin|about the author|schon gelesen\??|aktuellste beiträge|meistgelesen|meist-diskutiert|most read|most popular|temas relacionados|notas relacionadas|art[ií]culos relacionados|zum weiterlesen|weitere beiträge( aus der \p{L}+)?|mehr zu [\p{L} ]{1,30}|auch auf [\p{L}.-]+|weitere informationen|kontakt|pressekontakt|ansprechpartner(in)?|contact)\s*[:!.]?$/iu;

/** Lines that credit or source a picture or the text (checked on short blocks only). */
export const CREDIT_TEXT = /^(photo|photos|foto|fotos|bild|bilder|titelbild|image|images|credit|credits|crédits? photos?|source|sources|quelle|quellen|quellenangaben|źródło|fuente|fonte|photograph by|picture|copyright|©)\b\s*[:(]?/i;

/** Picture agencies named in credit lines under photos. */
export const PICTURE_AGENCY = /\b(getty images|afp|reuters|dpa|ap photo|pap|wenn(\.com)?|imago|shutterstock|istock(photo)?|epa|picture alliance|keystone|ansa)\b/i;

/** Microdata properties of metadata shown in the body (date, author, publisher): not article text. */
export const METADATA_ITEMPROPS = /(^|\s)(datepublished|datemodified|datecreated|author|publisher|creator)(\s|$)/;

/** Whole paragraphs that are page furniture, not article text (checked on short blocks only). */
export const FURNITURE_TEXT = /^(by|von|par|por|advertisement|advertising|ad|anzeige|werbung|publicité|sponsored|loading\.*|read more|read next|see also|more:?|related:?|related articles|share|share this( article| story)?|follow us|sign up|subscribe|click here|continue reading|recommended|trending|most popular|comments?|image|photo|video|getty images|skip advertisement|don'?t miss|see more|more stories|related stories|share this|story continues below advertisement|article continues below|scroll to continue with content|like this|like loading|keine kommentare|kommentieren|no comments|leave a comment|leave a reply|rezept drucken|print recipe|print)\W*$/i;

/** Phrases of an outlet's pitch to its readers (follow, subscribe, download the app, support us),
 * checked on short paragraphs at the end of the article only. */
export const PITCH_TEXT = /\b(follow (us|the \w+)|subscribe|download (our|the)|our (app|apps|newsletter|channel)|sign up for|newsletter|(canal|channel|kanal) (de|on|auf) (telegram|whatsapp|youtube)|(telegram|whatsapp|youtube)[- ](canal|channel|kanal)|(on|auf|en) (telegram|whatsapp|youtube)|support (us|our)|become a (member|subscriber)|letter to the editor|copyright(ed)?|all rights reserved|reprint|abonnier\w*|folg(e|t) uns|unterstütze uns|unterstützen sie uns|^unterstütze\b|suscr[ií]b\w*|s[ií]guenos|[úu]nete|hazte|zapraszamy|subskrypc\w*|obserwuj)\b/i;

/** Prompts of a comment section ("Sie müssen eingeloggt sein, um Kommentare zu schreiben", "Tell
 * us in the comments"), checked on short blocks only. */
export const COMMENT_PROMPT_TEXT = /\b(einloggen|eingeloggt|anmelden|angemeldet|logged in|log in|sign in)\b.{0,60}\b(kommentar|kommentare|diskussion|comment|comments|discussion)\b|\b(in den kommentaren|in the comments|en los comentarios|dans les commentaires)\s*[:!.]?$/i;

/** A line naming a figure ("Abbildung 2: …", "Figure 1: …"): a caption, whatever its markup. */
export const FIGURE_LABEL_TEXT = /^(abbildung|abb\.|grafik|figure|fig\.|figura|illustration)\s*\d*\s*:/i;

/** A reading-time line ("5 min read", "3 Minuten Lesezeit"). */
export const READING_TIME_TEXT = /^\d+\s*(min|mins|minute|minutes|minuten)\.?\s*(read|reading time|lesezeit|de lectura|lecture)?$/i;

/** A line that only names the wire service ("REUTERS", "By Reuters"): a credit, not article text. */
export const WIRE_LINE_TEXT = /^((by|von|par|por|from)\s+)?(reuters|the associated press|associated press|ap|afp|dpa|apa|efe|ansa|kna|epd|sid)\.?$/i;
