import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/audit.js';
import { matchSentence } from '../../src/claims/match.js';
import { parseDocument } from '../../src/documents/parse.js';
import { analyzeDocument } from '../../src/text/analyze.js';
import { indexLines } from '../../src/text/locations.js';
import { auditMarkdown, describeContradiction } from '../helpers.js';

const { compiled } = prepare({ config: false });

/** Claims ("key polarity") and finding rule ids of a passage, with the built-in rules. */
function read(text: string): { claims: string[]; findings: string[] } {
  const lines = indexLines(text);
  const context = { path: 'passage.md', subject: 'passage', source: text, lines };
  const claims: string[] = [];
  const findings: string[] = [];
  for (const sentence of analyzeDocument(parseDocument('passage.md', text, 'markdown'), lines)) {
    const result = matchSentence(sentence, compiled, context);
    claims.push(...result.claims.map((claim) => `${claim.key} ${claim.polarity}`));
    findings.push(...result.findings.map((finding) => finding.ruleId));
  }
  return { claims, findings };
}

describe('sentences that claim nothing', () => {
  it('reads a myth set up to be refuted as no claim, and the refutation as one', () => {
    const passage = read('**Myth: LASIK is completely painless.** Most patients feel pressure during the procedure.');
    expect(passage.findings).not.toContain('marketing/painless-promise');
    expect(read('Myth #2 – it has no side effects.').claims).toEqual([]);
    expect(read('Myth 3 - the treatment has no side effects.').claims).toEqual([]);
    expect(read('It is a common myth that the treatment has no side effects.').claims).toEqual([]);
    // The same words outside a myth label are a claim.
    expect(read('The treatment has no side effects.').claims).toContain('side-effect negated');
    expect(read('Mythbusters aside, the treatment has no side effects.').claims).toContain('side-effect negated');
  });
});

describe('denials', () => {
  it('keeps a blanket denial beside a named one, but not when it names what it denies', () => {
    expect(read('There are no side effects and no bloating.').claims).toEqual(expect.arrayContaining(['side-effect negated', 'side-effect/bloating negated']));
    expect(read('It carries no risk of seizures.').claims).not.toContain('side-effect negated');
    expect(read('It has no side effects like nausea.').claims).not.toContain('side-effect negated');
    // A dash sets off examples of the blanket denial, not what it is limited to.
    expect(read('No side effects — no nausea, no cramping.').claims).toEqual(expect.arrayContaining(['side-effect negated', 'side-effect/nausea negated']));
  });

  it('reads a negated denial or a negated promise as neither', () => {
    for (const text of ['It is well tolerated, but it is not free of side effects.', 'No procedure comes without risks.', 'Oral appliances are not without side effects, especially at first:']) {
      expect(read(text).claims).not.toContain('side-effect negated');
      expect(read(text).findings).not.toContain('safety/absolute-safety');
    }
    expect(read('There is no guarantee it will work for you.').findings).toEqual([]);
    expect(read('No treatment is completely safe.').findings).toEqual([]);
    // The phrase's own negation is the promise.
    expect(read('There is nothing to worry about.').findings).toEqual(['safety/safety-absolute']);
  });
});

describe('lists', () => {
  // A whole Markdown document, so that a list item sees the heading and the lead-in before it.
  const sideEffects = (text: string): string[] =>
    auditMarkdown({ 'list.md': text })
      .claims.filter((claim) => claim.topic === 'side-effect')
      .map((claim) => `${claim.key} ${claim.polarity}`);

  it('reads a list item with the sentence leading into the list and the heading above it', () => {
    expect(sideEffects('## Getting started\n\nThe most common problems reported in trials were:\n\n- minor bruising\n')).toEqual(['side-effect/bruising affirmed']);
    expect(sideEffects('## Common complaints\n\nOwners told us about:\n\n- itching and irritation\n')).toEqual(['side-effect/itching affirmed', 'side-effect/irritation affirmed']);
    // The lead-in speaks for its own list only.
    expect(sideEffects('Side effects reported were:\n\n- bruising\n\nWe treat many patients.\n\n- fatigue\n')).toEqual(['side-effect/bruising affirmed']);
  });

  it('reads side effects said to be normal or to be expected', () => {
    expect(read('Some swelling and bruising around the gum is normal for a few days.').claims).toEqual(['side-effect/swelling affirmed', 'side-effect/bruising affirmed']);
    expect(read('Expect some bruising.').claims).toEqual(['side-effect/bruising affirmed']);
  });

  it('reads a list of what the subject is for as no side effects, whatever the heading above it', () => {
    expect(sideEffects("## What you'll feel\n\nPeople come to us for:\n\n- brain fog and fatigue\n")).toEqual([]);
    expect(sideEffects('Common side effects to watch for:\n\n- fatigue\n')).toEqual(['side-effect/fatigue affirmed']);
  });
});

describe('tables', () => {
  const durations = (text: string): string[] =>
    auditMarkdown({ 'a.md': text }).claims.filter((claim) => claim.value.type === 'interval').map((claim) => `${claim.key} ${claim.value.type === 'interval' ? claim.value.text : ''} ${claim.span.start.line}:${claim.span.start.column}`);

  it('reads a value cell with the label of its row', () => {
    expect(durations('| Question | Typical answer |\n| --- | --- |\n| Session length | 30–45 minutes |\n| Sessions needed | usually 6–12 |\n')).toEqual([
      'session-length 30–45 minutes 3:3',
      'sessions-needed 6–12 4:3',
    ]);
  });

  it('reads only the column a comparison table gives the subject', () => {
    const table = '---\nsubject: knee-gel\n---\n| | Steroid | Gel | PRP |\n| --- | --- | --- | --- |\n| How long relief lasts | 4–8 weeks | about 6 months | 6–12 months |\n';
    expect(durations(table)).toEqual(['relief-duration about 6 months 6:12']);
    // When no column, or several, name the subject, none is the subject's.
    expect(durations(table.replace('knee-gel', 'knee-injection'))).toEqual([]);
    // A maker's table drops the brand: "Summit Pass" beside "Weekday Pass" is the subject's by the word the sibling lacks.
    const own = '---\nsubject: tamarack-summit-pass\n---\n| | Summit Pass | Weekday Pass | Bellcrest |\n| --- | --- | --- | --- |\n| How long relief lasts | about 6 months | 4–8 weeks | 6–12 months |\n';
    expect(durations(own)).toEqual(['relief-duration about 6 months 6:12']);
    expect(durations(own.replace('Summit Pass', 'Tamarack Pass'))).toEqual(['relief-duration about 6 months 6:12']);
    expect(durations(own.replace('Summit Pass', 'Other Pass'))).toEqual([]);
    // Two headers name every word of it: the one that is its name and nothing more ("Corvane P2" beside "Corvane P2 Max").
    const sibling = own.replace('tamarack-summit-pass', 'corvane-p2').replace('Summit Pass', 'Corvane P2').replace('Weekday Pass', 'Corvane P2 Max');
    expect(durations(sibling)).toEqual(['relief-duration about 6 months 6:12']);
  });

  it("reads a status that a row label and its cell say only together: '| Pass insurance | Included |'", () => {
    const rules =
      "id: pass\ntopics:\n  insurance:\n    compare: exclusive\n    categories: [included, add-on]\nrules:\n  - { id: included, severity: info, topic: insurance, category: included, message: 'Insurance included.', match: [{ near: [insurance, included], distance: 3 }] }\n  - { id: add-on, severity: info, topic: insurance, category: add-on, message: 'Insurance extra.', match: [{ near: [insurance, add-on], distance: 3 }] }\n";
    const report = auditMarkdown(
      { 'a.md': '| | |\n| --- | --- |\n| Pass insurance | Included |\n', 'b.md': 'Pass insurance is an add-on.\n', 'c.md': '| | |\n| --- | --- |\n| Pass insurance | Included with every adult pass bought before the end of October |\n' },
      rules,
    );
    expect(report.claims.map((claim) => `${claim.path}:${claim.span.start.line} ${claim.value.type === 'category' ? claim.value.category : ''}`)).toEqual(['a.md:3 included', 'b.md:1 add-on']);
    expect(report.contradictions.map(describeContradiction)).toEqual(['exclusive insurance: a.md:3 vs b.md:1']);
  });
});

describe('comparison arms across sentences', () => {
  it('reads a figure that "still improved" after a sentence about a sham arm as that arm\'s', () => {
    const rates = (text: string): string[] => auditMarkdown({ 'a.md': text }).claims.filter((claim) => claim.topic === 'efficacy-rate').map((claim) => claim.match);
    expect(rates('The study also included a sham device. About 15% of people wearing it still improved.\n')).toEqual([]);
    // Without the arm before it, or in another paragraph, the figure is the subject's.
    expect(rates('The study ran for a year. About 15% of people wearing it still improved.\n')).toEqual(['About 15% of people wearing it still improved']);
    expect(rates('The study also included a sham device.\n\nAbout 15% of people wearing it still improved.\n')).toEqual(['About 15% of people wearing it still improved']);
  });
});

describe('measures', () => {
  it('counts "would recommend" as satisfaction, even beside a count of survey replies', () => {
    const keys = read('In our customer survey (212 responses), nearly 9 in 10 said they would recommend the mask.').claims;
    expect(keys).toEqual(['efficacy-rate/satisfaction affirmed']);
  });
});

describe('stems that would mix up claims', () => {
  it('does not read the "effect" of "side effect" as efficacy ("effective")', () => {
    const passage = read('Nausea was the most common side effect, reported by about 44% of patients.');
    expect(passage.claims.filter((claim) => claim.startsWith('efficacy-rate'))).toEqual([]);
    expect(read('The treatment was effective for 70% of patients.').claims).toContain('efficacy-rate/success affirmed');
  });
});

describe('claims the article disowns', () => {
  it('reads warnings about and refutations of others\' claims as no claim', () => {
    expect(read('Any clinic promising zero side effects is overselling.').claims).toEqual([]);
    expect(read("BrightAlign's advertising describes its product as FDA-cleared.").claims).toEqual([]);
    expect(read('The ads calling it "painless" are a stretch.').claims).toEqual([]);
    expect(read('Their website says "no side effects," which was just not true for me.').claims).toEqual([]);
    expect(read('Marketing often suggests treatment is finished in a few months.').claims).toEqual([]);
    expect(read('Their website literally says no bruising.').claims).toEqual([]);
    expect(read("Hearthline's marketing claims the results last two years.").claims).toEqual([]);
    expect(read("GlowCo's packaging says it is FDA approved.").claims).toEqual([]);
    expect(read('The app is not cleared by the FDA, despite a badge on the website that reads "FDA-cleared."').claims).toEqual(['regulatory-status negated']);
    // A concession after the article's own claim keeps the claim.
    expect(read('These injections are not FDA approved for knees, whatever the brochure says.').claims).toEqual(['regulatory-status negated']);
    for (const text of [
      'Beware of clinics that promise guaranteed results.',
      'Claims that it is completely safe are misleading.',
      'Some sellers falsely claim it is FDA approved.',
      'It is not true that 90% of users improve.',
      'Some clinics claim success rates of 98%.',
    ]) {
      expect(read(text)).toEqual({ claims: [], findings: [] });
    }
    expect(read('We guarantee results.').findings).toEqual(['certainty/guarantee']);
  });

  it('reads an agency that has not approved as a denial, not an approval claim', () => {
    expect(read('The FDA has not approved it.')).toEqual({ claims: ['regulatory-status negated'], findings: [] });
    expect(read('It has not been cleared by the FDA.').claims).toEqual(['regulatory-status negated']);
    expect(read('The maker is seeking FDA approval.').claims).toEqual([]);
  });

  it('reads "unlikely" as rare, not as a denial', () => {
    expect(read('Serious side effects such as seizures are unlikely.').claims).toEqual(['side-effect/seizure affirmed']);
  });
});

describe('statements about a class', () => {
  it('reads "not every X is approved" as no status of the subject', () => {
    expect(read('Not every laser sold for tattoo removal is FDA cleared.').claims).toEqual([]);
    expect(read('Not all lasers are FDA cleared.').findings).toEqual([]);
    expect(read('Our laser is FDA cleared.').claims).toEqual(['regulatory-status affirmed']);
  });
});

describe('figures about something else', () => {
  it('leaves a market-wide reference figure out of the subject\'s claims', () => {
    const passage = read('About 70% of patients respond, well above the national average of 45%.');
    expect(passage.claims).toEqual(['efficacy-rate/success affirmed']);
    // A relative clause after the comparison still describes what is compared.
    expect(read('Compared with surgery, which fails in about 10% of cases, the treatment has a success rate above 95%.').claims).toEqual([
      'efficacy-rate/success affirmed',
    ]);
    // Without the reference, both figures are the subject's.
    expect(read('About 70% of patients respond, and 45% go into remission.').claims).toHaveLength(2);
  });
});

/** The figures a passage's claims on one topic read, as the text they were read from. */
function figures(text: string, topic: string): string[] {
  const lines = indexLines(text);
  const context = { path: 'passage.md', subject: 'passage', source: text, lines };
  return analyzeDocument(parseDocument('passage.md', text, 'markdown'), lines)
    .flatMap((sentence) => matchSentence(sentence, compiled, context).claims)
    .filter((claim) => claim.topic === topic && claim.value.type === 'interval')
    .map((claim) => (claim.value.type === 'interval' ? claim.value.text : ''));
}

describe('durations', () => {
  it('gives a duration to what it measures', () => {
    // The onset in the first clause is not how long the relief of the second lasts.
    expect(figures('You feel looser within 5 minutes, and the relief lasts about 3 hours.', 'relief-duration')).toEqual(['about 3 hours']);
    // How long a side effect or a battery lasts is not how long relief does.
    expect(figures('Any redness fades within 2 days.', 'relief-duration')).toEqual([]);
    expect(figures('Relief lasts 6 months, and redness fades within 2 days.', 'relief-duration')).toEqual(['6 months']);
    // When people were counted is not how soon it works.
    expect(figures('In a 2022 study, 45% of participants reported improvement at the four-week follow-up.', 'onset')).toEqual([]);
    expect(figures('At 12 weeks, 60% of patients had improved.', 'onset')).toEqual([]);
    expect(figures('About 45% improved after four weeks of sessions.', 'onset')).toEqual([]);
    expect(figures('Most people notice results after 4 weeks of daily use.', 'onset')).toEqual(['4 weeks']);
    // What else lasts: a supply, a filter, a side effect in a relative clause; and a condition.
    expect(figures('One bottle lasts 30 days.', 'relief-duration')).toEqual([]);
    expect(figures('Some patients develop swelling, which can last several weeks.', 'relief-duration')).toEqual([]);
    expect(figures('Relief lasts 6 to 12 months; side effects wear off within a day.', 'relief-duration')).toEqual(['6 to 12 months']);
    expect(figures('If your pain lasts more than 6 weeks, see your GP.', 'relief-duration')).toEqual([]);
    // A denied figure says only what is not; "no more than" is a bound.
    expect(figures('Results do not last 6 months.', 'relief-duration')).toEqual([]);
    expect(figures('Results last 3 months, not the 6 months some clinics claim.', 'relief-duration')).toEqual(['3 months']);
    expect(figures("You won't see results within 24 hours.", 'onset')).toEqual([]);
    // How often is not how long.
    expect(figures('Book one session a week.', 'session-length')).toEqual([]);
    // A side effect that is the sentence's subject is what a later verb of lasting measures.
    expect(figures('Tooth sensitivity is common and usually fades within 48 hours.', 'relief-duration')).toEqual([]);
    expect(figures('The treatment is quick and lasts 6 months.', 'relief-duration')).toEqual(['6 months']);
    // Time per period is a schedule: "five days a week" is not how long a session takes.
    expect(figures('The manual suggests sessions of 10 to 15 minutes, five days a week.', 'session-length')).toEqual(['10 to 15 minutes']);
    expect(figures('Avoid the sun for two weeks before and after each session.', 'session-length')).toEqual([]);
    expect(figures('Relief from a single session lasts up to 48 hours.', 'relief-duration')).toEqual(['up to 48 hours']);
  });
});

describe('figures that count something else', () => {
  it('leaves comparison arms, polls and prices out of the subject\'s rates', () => {
    const rates = (text: string): string[] => figures(text, 'efficacy-rate');
    expect(rates('In the trial, 60% of participants improved, against 29% on placebo.')).toEqual(['60%']);
    expect(rates('In the placebo group, 10% improved.')).toEqual([]);
    // The placebo a result is set against, however far on, is what the figure is measured against, not whose it is.
    expect(rates('In controlled trials, under 40 percent of participants reported a meaningful drop in symptoms compared with a placebo tablet.')).toEqual(['under 40 percent']);
    expect(rates('About 30% of people given a placebo improved.')).toEqual([]);
    expect(rates("It beat the sham-mask group, where 21% improved.")).toEqual([]);
    expect(rates('Then see the placebo group: 45% of patients who got a saline injection also improved.')).toEqual([]);
    expect(rates('9 in 10 dermatologists say it is effective.')).toEqual([]);
    expect(rates('Without treatment, 90% of people improve within six weeks.')).toEqual([]);
    expect(rates('In a survey, 85% of doctors said the product is effective.')).toEqual([]);
    expect(rates('It is an effective option and costs 70% less than in London.')).toEqual([]);
    expect(rates('Most customers see results within two weeks, and new members get 30% off.')).toEqual([]);
    expect(rates('100% satisfaction guaranteed.')).toEqual([]);
  });

  it('reads a count of sessions needed, but not a price, a frequency or a count of people beside it', () => {
    const counts = (text: string): string[] => figures(text, 'sessions-needed');
    expect(counts('You will need 3 to 5 sessions, spaced 4 weeks apart.')).toEqual(['3 to 5']);
    expect(counts('Most clinics recommend six sessions for the best results.')).toEqual(['six']);
    expect(counts('We recommend two sessions per week for the first month.')).toEqual([]);
    expect(counts('Most people need a package of sessions, so the total can be a few thousand dollars.')).toEqual([]);
    expect(counts('Each package of 6 sessions costs $900.')).toEqual(['6']);
    expect(counts('We treated 120 patients who needed at least one session.')).toEqual([]);
    expect(counts('Stage 4 patients need more sessions.')).toEqual([]);
    expect(counts('Owners of the Ridge 2 needed about 40 sessions.')).toEqual(['about 40']);
    expect(counts('Darker skin types often need 8 to 10 sessions [2].')).toEqual(['8 to 10']);
  });

  it('keys a stage of a duration apart: full results, a first appointment', () => {
    const keys = (text: string): string[] => read(text).claims.filter((claim) => /^(onset|session-length)/.test(claim));
    expect(keys('Results begin after 3 to 5 days, with full results at 2 weeks.')).toEqual(['onset affirmed', 'onset@full affirmed']);
    expect(keys('Your first appointment takes 60 minutes.')).toEqual(['session-length@first affirmed']);
    expect(keys('The first results appear within a week.')).toEqual(['onset affirmed']);
    const counts = (text: string): string[] => read(text).claims.filter((claim) => claim.startsWith('sessions-needed'));
    expect(counts('Most people need one or two top-up sessions after the first course.')).toEqual(['sessions-needed@maintenance affirmed']);
    expect(counts('Most people need six sessions.')).toEqual(['sessions-needed affirmed']);
  });

  it('reads neither whom a figure counts nor a level as a result', () => {
    expect(figures('Only 20% of the adults who could benefit from hearing aids actually wear them.', 'efficacy-rate')).toEqual([]);
    expect(figures('Patients improved, but only half of them reached the 80% speech-recognition threshold.', 'efficacy-rate')).toEqual(['half of']);
  });
});

describe('changes', () => {
  it('reads "by N%" as how much something changed, keyed by what changes, never as a rate', () => {
    const rates = (text: string) => read(text).claims.filter((claim) => claim.startsWith('efficacy-rate'));
    expect(rates('It improves symptoms by up to 40%.')).toEqual(['efficacy-rate/symptoms-improvement affirmed']);
    expect(rates('A single treatment reduces fat in the treated area by 20 to 25 percent.')).toEqual(['efficacy-rate/fat-reduction affirmed']);
    expect(rates('It cut relapse rates by an average of 50%.')).toEqual(['efficacy-rate/relapse-reduction affirmed']);
    expect(rates('Symptoms improved in 40% of patients.')).toEqual(['efficacy-rate/success affirmed']);
    // A verb of change takes no level: the hematocrit figure is a threshold.
    expect(rates('Guidelines say to reduce the dose if hematocrit goes above 54%.')).toEqual([]);
    expect(rates('Prices increase to 15% for late payers.')).toEqual([]);
  });

  it('reads a change named as a noun, before or after its figure, under the same key', () => {
    const rates = (text: string) => read(text).claims.filter((claim) => claim.startsWith('efficacy-rate'));
    expect(rates('Patients gain an average 25% increase in abdominal muscle thickness.')).toEqual(['efficacy-rate/abdominal-increase affirmed']);
    expect(rates('The study reported an average increase in abdominal muscle thickness of 12 to 15 percent.')).toEqual(['efficacy-rate/abdominal-increase affirmed']);
    expect(rates('Most clients see an 80 to 90% reduction in hair.')).toEqual(['efficacy-rate/hair-reduction affirmed']);
    // What counts as a response is a threshold of its own, not the response rate.
    expect(rates('62% of patients achieved a response, a 50% or greater drop in their PHQ-9 score.')).toEqual(['efficacy-rate/success affirmed', 'efficacy-rate/phq-9-reduction affirmed']);
  });
});

describe('shares of people', () => {
  it('keys a share by the amount that picks out whom it counts', () => {
    const claims = (text: string) => read(text).claims.filter((claim) => claim.startsWith('efficacy-rate'));
    expect(claims('About 35% of participants lost at least 5% of their body weight.')).toEqual(['efficacy-rate/weight-loss-share-5%-or-more affirmed']);
    expect(claims('Roughly a third of participants lost 20% or more.')).toEqual(['efficacy-rate/weight-loss-share-20%-or-more affirmed']);
    // Any loss at all is a third group, and the amount on its own is the amount.
    expect(claims('94% of users lose weight in the first month.')).toEqual(['efficacy-rate/weight-loss-share affirmed']);
    expect(claims('Participants lost an average of 15% of their body weight.')).toEqual(['efficacy-rate/weight-loss affirmed']);
  });
});

describe('messages', () => {
  it('fills {term} with the terms of the topic the sentence names', () => {
    const rules = `id: fees
topics:
  fees:
    compare: polarity
    terms: { cancellation-fee: [cancellation fee], setup-fee: [setup fee] }
rules:
  - { id: fee, severity: info, topic: fees, message: 'Fee named: {term}.', match: [{ terms: fees }] }
`;
    const report = auditMarkdown({ 'a.md': 'There is a setup fee and a cancellation fee.\n' }, rules);
    expect(report.findings.map((finding) => finding.message)).toEqual(['Fee named: setup-fee, cancellation-fee.']);
  });

  it('keeps a message on one line when the match wraps a source line', () => {
    const rules = "id: mine\nrules:\n  - { id: better, severity: warning, message: 'Comparative \"{match}\".', match: [{ phrase: better than }] }\n";
    const report = auditMarkdown({ 'a.md': 'It records far better\nthan the cheaper cameras.\n' }, rules);
    expect(report.findings.map((finding) => finding.message)).toEqual(['Comparative "better than".']);
  });
});
