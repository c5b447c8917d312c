// Worst-case inputs of issue 5, shared by the bad-input tests and the benchmark.

const MB = 1_000_000;

/** `unit` repeated to about `bytes` characters. */
function repeat(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

/** Named worst-case texts of about `size` characters each (5 MB by default). */
export function adversarialTexts(size = 5 * MB): [string, string][] {
  return [
    ['unbalanced opening marks', repeat('“He said, “she said, "they said ', size)],
    ['closing marks only', repeat('word” said ” he ” ', size)],
    ['no sentence ends, cue words', repeat('officials said that the president told reporters that ', size)],
    ['one long quote, no close', `“${repeat('we will win so much and you will be tired of winning ', size)}`],
    ['mixed scripts', repeat('Путин сказал «мы победим» 习近平说“我们会赢” قال الرئيس "سننتصر" Trump said "win". ', size)],
    ['punctuation only', repeat(',.;:"“”—', size)],
    ['paragraphs reopening quotes', repeat('“We will win.\n\n', size)],
    ['nested attributions', repeat('He said she believes they think Trump said that voters want him to say it, ', size)],
    ['news text', repeat('“We are going to win,” Trump said on Monday. Clinton said that the plan was “reckless.” According to The Associated Press, turnout was high.\n\n', size)],
  ];
}
