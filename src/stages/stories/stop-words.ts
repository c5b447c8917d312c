// English function words and news boilerplate that say nothing about which event an article
// reports. Weekdays and months are here too: they are capitalised, so they would otherwise pass
// for names, and every story has them.

/** Lower-case words left out of every feature channel. */
export const STOP_WORDS: ReadonlySet<string> = new Set(`
a about above after again against ago all almost also although am among an and another any are
aren't around as at be became because been before being below between both but by can can't
cannot could couldn't did didn't do does doesn't doing don't down during each either else even
ever every few for from further get gets got had hadn't has hasn't have haven't having he he'd
he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if
in into is isn't it it's its itself just let's like made make many may me might more most much
must mustn't my myself neither no nor not now of off often on once one only or other ought our
ours ourselves out over own per rather said same say says shall shan't she she'd she'll she's
should shouldn't since so some still such than that that's the their theirs them themselves then
there there's these they they'd they'll they're they've this those though through thus to too
two under until up upon us very via was wasn't we we'd we'll we're we've were weren't what
what's when when's where where's whether which while who who's whom whose why why's will with
within without won't would wouldn't yet you you'd you'll you're you've your yours yourself
yourselves told according new news also week year years day days time
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
mr mrs ms dr sen rep gov
`.split(/\s+/).filter((w) => w.length > 0));
