// Two invented news events, each told by three outlets in their own words: our own fixtures for
// pipeline tests (no third-party text).

/** One article of a fixture event. */
export interface FixtureArticle {
  readonly outlet: string;
  readonly event: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly published: string;
}

export const FIXTURE_ARTICLES: readonly FixtureArticle[] = [
  {
    outlet: 'left', event: 'bridge', published: '2026-10-05T09:00:00Z',
    title: 'Millbrook council approves $40 million repair of the Harbor Bridge',
    paragraphs: [
      'The Millbrook city council voted 7-2 on Monday to approve a $40 million repair of the Harbor Bridge, the ageing crossing that carries 30,000 cars a day.',
      '"This bridge is the spine of our city and we cannot let it crumble," Mayor Dana Ortiz said after the vote.',
      'Engineers warned in March that corrosion had weakened the bridge deck. Work will begin in January and is expected to last eighteen months.',
      'Councillor Reed Hall, who voted against, said the city should have sought federal money first.',
    ],
  },
  {
    outlet: 'centre', event: 'bridge', published: '2026-10-05T11:30:00Z',
    title: 'Harbor Bridge repair wins council approval in Millbrook',
    paragraphs: [
      'Millbrook council members approved a $40 million plan on Monday to repair the Harbor Bridge after engineers found corrosion in its deck.',
      '"We cannot let it crumble," Mayor Dana Ortiz said, calling the bridge the spine of the city.',
      'The council vote was 7-2. Repairs on the Harbor Bridge will begin in January, and a lane will stay open during the work.',
      'The city will hold a public meeting on detours on October 20.',
    ],
  },
  {
    outlet: 'right', event: 'bridge', published: '2026-10-05T14:00:00Z',
    title: 'Millbrook taxpayers face $40 million bill for Harbor Bridge fix',
    paragraphs: [
      'Taxpayers in Millbrook will pay for a $40 million repair of the Harbor Bridge after the council approved the plan on Monday in a 7-2 vote.',
      '"We should have asked Washington for the money before reaching into residents\' pockets," Councillor Reed Hall said.',
      'Mayor Dana Ortiz defended the Harbor Bridge plan, saying corrosion left the city no choice. Work begins in January.',
    ],
  },
  {
    outlet: 'left', event: 'storm', published: '2026-10-06T08:00:00Z',
    title: 'Storm Lena shuts schools across Carver County as floods rise',
    paragraphs: [
      'Storm Lena closed every public school in Carver County on Tuesday as heavy rain flooded roads along the coast.',
      '"Nobody should drive through flood water today," Sheriff Tom Breyer told reporters.',
      'The National Weather Service said up to eight inches of rain could fall before the storm moves north on Wednesday.',
    ],
  },
  {
    outlet: 'centre', event: 'storm', published: '2026-10-06T10:00:00Z',
    title: 'Carver County schools closed as Storm Lena floods coastal roads',
    paragraphs: [
      'Schools in Carver County were closed on Tuesday after Storm Lena brought flooding to coastal roads.',
      'Sheriff Tom Breyer urged residents to stay home. "Nobody should drive through flood water today," he said.',
      'Forecasters expect the storm to move north on Wednesday, and schools plan to reopen on Thursday.',
    ],
  },
  {
    outlet: 'right', event: 'storm', published: '2026-10-06T12:00:00Z',
    title: 'Storm Lena floods Carver County coast, closing schools',
    paragraphs: [
      'Storm Lena flooded the Carver County coast on Tuesday, closing schools and stranding drivers on flooded roads.',
      'Sheriff Tom Breyer said deputies rescued six drivers from flood water overnight.',
      'The storm is expected to move north on Wednesday.',
    ],
  },
];
