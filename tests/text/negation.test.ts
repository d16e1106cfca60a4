import { describe, expect, it } from 'vitest';
import { findHedges, findNegations } from '../../src/text/negation.js';
import type { CueScope } from '../../src/types.js';

/** Where `target` (a word or phrase, case-insensitive, whole words) first occurs in `sentence`. */
function locate(sentence: string, target: string): [number, number] {
  const pattern = new RegExp(`\\b${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const match = pattern.exec(sentence);
  if (match === null) throw new Error(`test bug: "${target}" is not in "${sentence}"`);
  return [match.index, match.index + match[0].length];
}

/** The cue whose scope holds all of `target`, if any. */
function governing(scopes: CueScope[], sentence: string, target: string): CueScope | undefined {
  const [start, end] = locate(sentence, target);
  return scopes.find((s) => s.scopeStart <= start && end <= s.scopeEnd);
}

const negated = (sentence: string, target: string): boolean => governing(findNegations(sentence), sentence, target) !== undefined;
const hedged = (sentence: string, target: string): boolean => governing(findHedges(sentence), sentence, target) !== undefined;

describe('findNegations: what is in a negation scope', () => {
  // [sentence, target, expected, cue expected to govern it (when negated)]
  const cases: [string, string, boolean, string?][] = [
    // The product's own cases.
    ['The pill sharpens focus without resulting in any hallucinations.', 'hallucinations', true, 'without'],
    // A long subject after "no": the predicate it denies comes after its verb.
    ['No stem cell injection for knee osteoarthritis or any other orthopedic condition is FDA approved.', 'FDA approved', true, 'No'],
    ['Side effects may include nausea, dizziness, and hallucinations.', 'hallucinations', false],
    ['This supplement is not FDA approved.', 'approved', true, 'not'],
    // Labels and answers, asides, names of things and what is left out.
    ['FDA approved: No.', 'FDA approved', true, 'No'],
    ['Annual service: Not required', 'Annual service', true, 'Not required'],
    ['It will not, as one forum post claimed, hold 20 kWh.', 'hold 20 kWh', true, 'not'],
    ['Mapping and no-go zones are included.', 'zones', false],
    ['It costs $9.99 per serving, not counting shipping.', 'shipping', false],
    ["What the banner doesn't mention is shipping.", 'shipping', false],
    // What someone does not know still exists; a denial ends at a time it is said of, unless the time is what it denies.
    ["What buyers often don't know before signing is that ending a contract early is hard.", 'contract', false],
    ['You can return it without cancellation fees during a short window after your contract starts.', 'cancellation fees', true, 'without'],
    ['You can return it without cancellation fees during a short window after your contract starts.', 'contract', false],
    ['Judge it after the full course, not after a few nights.', 'a few nights', true, 'not'],
    // What came at last is no denial: "not … until" a point on the calendar; "until" a condition still denies.
    ['Regulators did not approve the device for home use until 2019.', 'approve', false],
    ["The plan wasn't offered in our state until last year.", 'offered', false],
    ['Insurers do not cover the scan until other tests have failed.', 'cover', true, 'not'],
    ['The device is not approved for home use, and sales stopped until 2019.', 'approved', true, 'not'],
    ["This supplement isn't approved by the FDA.", 'approved', true, "isn't"],
    ['This supplement isn’t approved by the FDA.', 'approved', true, 'isn’t'],
    ['There are no side effects.', 'side effects', true, 'no'],
    ['The formula is free of side effects.', 'side effects', true, 'free of'],
    ['A side-effect-free formula.', 'side-effect', true, 'free'],
    // A "-free" compound inside a denied subject does not end the denial.
    ['No swallowable, procedure-free balloon is currently FDA approved.', 'FDA approved', true, 'No'],
    // A negated absence asserts: "not free of side effects" admits them.
    ['It is well tolerated, but it is not free of side effects.', 'side effects', false],
    ['It is not entirely free of risk.', 'risk', false],
    ['No procedure comes without risks.', 'risks', false],
    ['There are no side effects without a doctor.', 'side effects', true, 'no'],
    // A new clause of a coordination ends a negation; a list of nouns does not.
    ['You will experience no bleeding, and swelling is rare.', 'swelling', false],
    ['There is no scarring and headaches are common.', 'headaches', false],
    ['No gluten, no dairy, may cause bloating.', 'bloating', false],
    ['No side effects, completely safe for babies.', 'safe', false],
    ['No home sauna, the HeatHaven included, is FDA approved.', 'approved', true, 'No'],
    ['Without maintenance, the benefits fade within a year.', 'benefits', false],
    // "not usually" negates the adverb, not the verb.
    ['It does not usually cause bruising.', 'bruising', false],
    ["It doesn't always work.", 'always', true, "doesn't"],
    ['There is no doubt that this treatment works.', 'works', false],
    ['It is not a cure.', 'cure', true, 'not'],
    ['The risk of side effects is minimal.', 'side effects', false],
    ['There are barely any negative consequences.', 'negative consequences', true, 'barely any'],
    ['Users report hardly any headaches.', 'headaches', true, 'hardly any'],
    ['There are not many possible health issues.', 'health issues', false],
    // Clause-bound scopes: terminators.
    ['No nausea was reported, but dizziness occurred.', 'nausea', true, 'No'],
    ['No nausea was reported, but dizziness occurred.', 'dizziness', false],
    ['She denies chest pain, however she reports palpitations.', 'palpitations', false],
    ['There is no rash, although itching persists.', 'itching', false],
    ['The study found no benefit, which surprised the authors.', 'surprised', false],
    ['No adverse events except mild headache were recorded.', 'headache', false],
    ['No side effects apart from drowsiness.', 'drowsiness', false],
    ['No side effects other than drowsiness.', 'drowsiness', false],
    ['Tests showed no infection; the fever persisted.', 'fever', false],
    ['There was no bleeding. Swelling was noted.', 'Swelling', false],
    ['Without side effects, it boosts energy.', 'energy', false],
    ['He has no diagnosis and had never sought treatment for the pain.', 'diagnosis', true, 'no'],
    ['No cause of the headache was found.', 'headache', false],
    ['No dilatation and positive for gallstones.', 'gallstones', false],
    ['Dr. Smith found no rash.', 'rash', true, 'no'],
    ['If symptoms do not improve after 3 days, contact your doctor.', 'improve', true, 'not'],
    ['If symptoms do not improve after 3 days, contact your doctor.', 'doctor', false],
    ['It is not cooperative and he is difficult to keep focused.', 'difficult', false],
    // A modal after a negated verb opens the next predicate; after a negated noun phrase it is its verb.
    ["Patients who don't eat beforehand may feel nauseous.", 'nauseous', false],
    ["Patients who don't eat beforehand may feel nauseous.", 'eat', true, "don't"],
    ['No patient will feel dizzy.', 'dizzy', true, 'No'],
    ['It contains nothing that could cause drowsiness.', 'drowsiness', true, 'nothing'],
    ['You will not feel dizzy.', 'dizzy', true, 'not'],
    // A fronted "Without X," ends at the comma before a clause of its own, not inside a list.
    ['Without treatment, depression can cause insomnia.', 'insomnia', false],
    ['Without treatment, depression can cause insomnia.', 'treatment', true, 'Without'],
    ['Without nausea, dizziness or headaches, patients feel better.', 'headaches', true, 'Without'],
    ['No signs of fever, e.g. chills or sweats.', 'chills', true, 'No'],
    // Lists stay in scope.
    ['Denies shortness of breath, stridor, or air hunger.', 'air hunger', true, 'Denies'],
    ['Neither nausea nor dizziness was observed.', 'nausea', true, 'Neither'],
    ['Neither nausea nor dizziness was observed.', 'dizziness', true, 'nor'],
    ['None of the patients developed hallucinations.', 'hallucinations', true, 'None of'],
    ['The drug has not yet been approved.', 'approved', true, 'not yet'],
    ['This drug does not cause hallucinations.', 'hallucinations', true, 'not'],
    ['He cannot sleep at night.', 'sleep', true, 'cannot'],
    ['Zero side effects were reported.', 'side effects', true, 'Zero'],
    ['The trial showed an absence of liver damage.', 'liver damage', true, 'absence of'],
    ['A non-addictive sleep aid.', 'addictive', true, 'non-'],
    // "Free" after what is handed over is "at no cost".
    ['The router is included free with every plan.', 'included', false],
    // The "no" of a compound denies the compound only.
    ['Our no-logs policy has been independently audited.', 'logs', true, 'no-'],
    ['Our no-logs policy has been independently audited.', 'audited', false],
    // A cue glued by a hyphen to the word before it ends a compound: "sub-zero" denies nothing.
    ['Sub-zero winters make the panels expand and contract.', 'contract', false],
    ['Zero-downtime upgrades are included.', 'downtime', true, 'Zero'],
    ['Pneumonia was never diagnosed.', 'diagnosed', true, 'never'],
    // Pseudo-negations open no scope.
    ['Not only is it safe, it is effective.', 'effective', false],
    ['It is not just safe but effective.', 'safe', false],
    ['Side effects are not necessarily severe.', 'severe', false],
    ['There was no increase in side effects.', 'side effects', false],
    ['There was no change in symptoms.', 'symptoms', false],
    ['Without doubt, the drug works.', 'works', false],
    ['No sooner had he taken it than the rash appeared.', 'rash', false],
    ['Gram negative bacteria were found.', 'bacteria', false],
    ['We are not certain if it causes headaches.', 'headaches', false],
    ['Headaches are not uncommon.', 'Headaches', false],
    ['No more than 5% of patients had nausea.', 'nausea', false],
    ['There is no denying that it works.', 'works', false],
    // Post-negation cues negate backward.
    ['Pneumonia was ruled out.', 'Pneumonia', true, 'was ruled out'],
    ['Pneumonia is unlikely.', 'Pneumonia', true, 'unlikely'],
    ['Hallucinations were not reported in the trial.', 'Hallucinations', true, 'were not reported'],
    ["Hallucinations weren't seen.", 'Hallucinations', true, "weren't seen"],
    ["General anaesthesia isn't used for this operation.", 'General anaesthesia', true, "isn't used"],
    ["More inversion doesn't add benefit and raises the chance of headaches.", 'headaches', false],
    ['A referral is not required.', 'referral', true, 'is not required'],
    ['Hallucinations did not occur.', 'Hallucinations', true, 'did not occur'],
    ['Bowel sounds are absent.', 'Bowel sounds', true, 'are absent'],
    ['Absent reflexes were noted.', 'reflexes', true, 'Absent'],
    ['Effusion not seen on CT.', 'Effusion', true, 'not seen'],
    ['The patient is pain free.', 'pain', true, 'free'],
    ['The culture was negative.', 'culture', true, 'was negative'],
    ['Allergies: none.', 'Allergies', true, 'none'],
    // Uncertainty is not negation.
    ['Pneumonia cannot be ruled out.', 'Pneumonia', false],
    ['Admitted to rule out infarction.', 'infarction', false],
    ['Malignancy cannot be excluded.', 'Malignancy', false],
    // Neither are these.
    ['Get a free trial today.', 'trial', false],
    ['Feel free to ask your doctor.', 'ask', false],
    ['There was no free fluid in the pelvis.', 'free fluid', true, 'no'],
    ['No. 5 is the best-selling formula.', 'best-selling', false],
    ['No, it works well.', 'works', false],
    ['The symptoms resolved within a week.', 'symptoms', false],
    ['We have not seen any hallucinations.', 'hallucinations', true, 'not seen'],
  ];

  it.each(cases)('%s — "%s" negated: %s', (sentence, target, expected, cue) => {
    const scope = governing(findNegations(sentence), sentence, target);
    expect(scope !== undefined).toBe(expected);
    if (expected && cue !== undefined) expect(scope?.cue).toBe(cue);
  });

  it('reports offsets that slice the sentence to the cue, with the scope outside the cue', () => {
    const sentence = 'The pill works without resulting in any hallucinations.';
    const [scope] = findNegations(sentence);
    expect(scope).toEqual({ cue: 'without', start: 15, end: 22, scopeStart: 23, scopeEnd: 54 });
    expect(sentence.slice(scope!.scopeStart, scope!.scopeEnd)).toBe('resulting in any hallucinations');
  });

  it('ends a scope before the next cue and trims a dangling conjunction', () => {
    const sentence = 'It has no gluten and no hidden fees.';
    const scopes = findNegations(sentence).map((s) => sentence.slice(s.scopeStart, s.scopeEnd));
    expect(scopes).toEqual(['gluten', 'hidden fees']);
  });

  it('keeps scopes within a window of words', () => {
    const sentence = 'There is no evidence of one two three four five six seven eight nine ten eleven twelve thirteen fourteen harm.';
    expect(negated(sentence, 'one')).toBe(true);
    expect(negated(sentence, 'harm')).toBe(false);
  });

  it('finds nothing in sentences without cues, and nothing for an empty sentence', () => {
    expect(findNegations('The weather was lovely and we walked to the market.')).toEqual([]);
    expect(findNegations('')).toEqual([]);
    expect(findNegations('The answer is no.')).toEqual([]);
  });

  it('is deterministic when called repeatedly on different sentences', () => {
    const a = 'There are no side effects.';
    const b = 'Side effects may include nausea.';
    const first = findNegations(a);
    findHedges(b);
    expect(findNegations(a)).toEqual(first);
    expect(findNegations(b)).toEqual([]);
  });
});

describe('findHedges: hedge cues and the clause they govern', () => {
  const cases: [string, string, boolean, string?][] = [
    ['Side effects may include nausea, dizziness, and hallucinations.', 'hallucinations', true, 'may'],
    ['Side effects may include nausea, dizziness, and hallucinations.', 'Side effects', true, 'may'],
    ['In rare cases, patients may experience hallucinations.', 'hallucinations', true, 'In rare cases'],
    ['In sporadic instances, users reported seizures.', 'seizures', true, 'In sporadic instances'],
    ['Some patients report mild nausea; others sleep well.', 'nausea', true, 'Some patients'],
    ['Some patients report mild nausea; others sleep well.', 'sleep', false],
    ['Up to 30% of users experience headaches.', 'headaches', true, 'Up to'],
    ['It is believed that the drug reduces pain.', 'pain', true, 'It is believed'],
    ['The extract possibly lowers blood pressure.', 'blood pressure', true, 'possibly'],
    ['Studies suggest that it improves sleep.', 'sleep', true, 'suggest'],
    ['The supplement appears to reduce anxiety.', 'anxiety', true, 'appears to'],
    ['Headaches occur often, but nausea is absent.', 'nausea', false],
    ['The risk of side effects is minimal.', 'side effects', true, 'minimal'],
    ['There are not many possible health issues.', 'health issues', true, 'not many'],
    ['The drug is unlikely to cause nausea.', 'nausea', true, 'unlikely to'],
    ['Pneumonia cannot be ruled out.', 'Pneumonia', true, 'cannot be ruled out'],
    ['It can cause drowsiness.', 'drowsiness', true, 'can'],
    // A hedge in a subordinate or concessive clause does not reach the main clause.
    ['Despite what some sales reps suggest, the device is not eligible for coverage.', 'eligible', false],
    ['Despite what some sales reps suggest, the device is not eligible for coverage.', 'sales reps', true, 'suggest'],
    ['The device is not eligible for coverage, although some reps suggest otherwise.', 'eligible', false],
    ['If the dose is wrong, patients may feel dizzy.', 'dizzy', true, 'may'],
    // Not hedges.
    ['The results were published in May 2024.', 'results', false],
    ['He drank a can of soda.', 'soda', false],
    ['Call us as soon as possible.', 'Call', false],
    ['Keep your records up to date.', 'records', false],
    ['The drug cures headaches.', 'headaches', false],
    // A count of the first ones, not a few of them.
    ['My first few doses took 25 seconds.', 'doses', false],
    ['Few patients report side effects.', 'side effects', true, 'Few patients'],
  ];

  it.each(cases)('%s — "%s" hedged: %s', (sentence, target, expected, cue) => {
    const scope = governing(findHedges(sentence), sentence, target);
    expect(scope !== undefined).toBe(expected);
    if (expected && cue !== undefined) expect(scope?.cue).toBe(cue);
  });

  it('gives every hedge a scope that contains its cue and stops at the clause break', () => {
    const sentence = 'Nausea is common, but hallucinations might occur.';
    const scopes = findHedges(sentence);
    expect(scopes).toHaveLength(1);
    const [scope] = scopes;
    expect(scope!.cue).toBe('might');
    expect(sentence.slice(scope!.scopeStart, scope!.scopeEnd)).toBe('hallucinations might occur');
    expect(hedged(sentence, 'Nausea')).toBe(false);
  });
});
