// The labelled sample the Good News classifier is evaluated on: headlines written for this
// purpose (not taken from any outlet or data set) and labelled by hand. `good` is true when the
// story belongs in a weekly letter of constructive, positive news; war, disaster and crime never do.
// Labelling rule: good = the main event is an achievement, recovery, help, discovery or progress
// that a general reader would call good news; anything about harm, conflict, loss or a dispute is not.

/** One labelled headline. */
export interface ToneCase {
  readonly text: string;
  readonly good: boolean;
}

/** 48 cases (23 good, 25 not), read while the lexicon was written: a development set, so its
 * figures are optimistic. */
export const TONE_SAMPLE: readonly ToneCase[] = [
  { text: 'Volunteers restore a coral reef that scientists had written off', good: true },
  { text: 'Town celebrates as its last closed library reopens with longer hours', good: true },
  { text: 'Researchers report a breakthrough in a cheap test for childhood anaemia', good: true },
  { text: 'Rare wildcat population recovers after a decade of conservation work', good: true },
  { text: 'Solar farm lets remote island switch off its diesel generators', good: true },
  { text: 'Teenager wins national science prize for a water filter made from husks', good: true },
  { text: 'Hospital waiting lists fall to their lowest level in six years', good: false },
  { text: 'Local bakers donate thousands of loaves to food banks over winter', good: true },
  { text: 'Clinical trial shows new malaria vaccine is highly effective in children', good: true },
  { text: 'Rescued sea turtles released back into the ocean after months of care', good: true },
  { text: 'City opens free swimming lessons to every primary school pupil', good: true },
  { text: 'Wetland restoration brings back birds not seen for forty years', good: true },
  { text: 'Former refugees reunited with their families after a long search', good: true },
  { text: 'Village school celebrates first graduates to go on to university', good: true },
  { text: 'Charity milestone: one million trees planted by volunteers', good: true },
  { text: 'Scientists discover a new species of orchid in a city park', good: true },
  { text: 'Paralysed man walks again with help of a spinal implant, doctors say', good: true },
  { text: 'Country eradicates sleeping sickness, health agency confirms', good: true },
  { text: 'Renewable power supplies more than half of the grid for the first time', good: true },
  { text: 'Community raises funds to save its only pub from closing', good: true },
  { text: 'Young musicians triumph at international youth orchestra festival', good: true },
  { text: 'Ocean clean-up project removes record amount of plastic from the bay', good: true },
  { text: 'Free school meals programme expanded to thousands more families', good: true },
  { text: 'Army launches offensive as war enters its third year', good: false },
  { text: 'Earthquake kills dozens and leaves thousands homeless', good: false },
  { text: 'Police arrest three men after a shooting outside a nightclub', good: false },
  { text: 'Flood waters rise as hurricane makes landfall', good: false },
  { text: 'Missile strike hits power station, officials say', good: false },
  { text: 'Wildfire forces evacuation of mountain towns', good: false },
  { text: 'Company announces layoffs of 4,000 staff amid slump in sales', good: false },
  { text: 'Central bank warns of recession as inflation stays high', good: false },
  { text: 'Minister resigns over expenses scandal', good: false },
  { text: 'Fraud trial of former bank chief begins', good: false },
  { text: 'Parliament passes the budget after a long night of talks', good: false },
  { text: 'Talks on tariffs end without agreement', good: false },
  { text: 'Strike by rail workers cancels thousands of trains', good: false },
  { text: 'Drought threatens harvest across the region', good: false },
  { text: 'Rescuers search rubble for survivors after building collapse', good: false },
  { text: 'Volunteers help families clear mud after deadly floods', good: false },
  { text: 'Record number of students win places despite a funding cut', good: true },
  { text: 'Election campaign enters its final week with candidates neck and neck', good: false },
  { text: 'Court hears murder case against former soldier', good: false },
  { text: 'Shortage of nurses leaves wards under pressure', good: false },
  { text: 'Tech giant faces lawsuit over data practices', good: false },
  { text: 'Peace agreement signed, ending decades of war', good: false },
  { text: 'Storm damage leaves coastal town without power', good: false },
  { text: 'Stock markets fall on fears of a trade war', good: false },
  { text: 'New bridge opens a year late and over budget', good: false },
];

/** 16 cases written after the lexicon was frozen and never used to change it: the held-out set. */
export const TONE_HELD_OUT: readonly ToneCase[] = [
  { text: 'Nurses open a free clinic for homeless people in the city centre', good: true },
  { text: 'Farmers harvest a record crop after years of poor yields', good: true },
  { text: 'Endangered vultures thrive again in the mountains', good: true },
  { text: 'Students build a prosthetic hand for a classmate', good: true },
  { text: 'River declared safe for swimming after clean-up', good: true },
  { text: 'Pensioner completes marathon to raise money for a hospice', good: true },
  { text: 'Library lends out tools and seeds as well as books', good: true },
  { text: 'Gene therapy restores sight in a small trial', good: true },
  { text: 'Rebels seize border town after heavy fighting', good: false },
  { text: 'Two charged with robbery of jewellery store', good: false },
  { text: 'Factory closure puts 600 jobs at risk', good: false },
  { text: 'Prices of basic food rise for a fifth month', good: false },
  { text: 'Typhoon batters coast, cutting power to millions', good: false },
  { text: 'Opposition walks out of parliament in row over new law', good: false },
  { text: 'Hackers steal data of millions of customers', good: false },
  { text: 'Government announces inquiry into prison deaths', good: false },
];
