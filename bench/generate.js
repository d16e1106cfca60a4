#!/usr/bin/env node
// Deterministic benchmark corpus: `node bench/generate.js <N> <outDir> [--seed S] [--unique-subjects | --one-subject]`.
// Every article is built from templates with slots filled by a seeded PRNG (never Math.random), and each
// article has its own PRNG stream derived from (seed, index): the same seed and N always give a byte-identical
// corpus, and the first 1,000 articles of a 10,000-article corpus are the 1,000-article corpus.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_SEED = 20240601;
/** Articles per sub-folder, so discovery walks a tree rather than one huge folder. */
const PER_FOLDER = 100;

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random source with the helpers the templates need. */
function createRandom(seed, index) {
  // Mix the index in so neighbouring articles get unrelated streams.
  const next = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    sample: (list, count) => {
      const pool = [...list];
      const out = [];
      while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
  };
  return random;
}

const SUBJECTS = [
  {
    id: 'ketamine-infusion',
    name: 'ketamine infusion therapy',
    short: 'ketamine',
    unit: 'infusion',
    conditions: ['treatment-resistant depression', 'PTSD', 'chronic pain', 'severe anxiety', 'bipolar depression'],
    comparators: ['standard antidepressants', 'SSRIs', 'talk therapy alone', 'electroconvulsive therapy'],
  },
  {
    id: 'tms-therapy',
    name: 'transcranial magnetic stimulation',
    short: 'TMS',
    unit: 'session',
    conditions: ['major depression', 'OCD', 'smoking cessation', 'treatment-resistant depression'],
    comparators: ['antidepressant medication', 'talk therapy alone', 'electroconvulsive therapy'],
  },
  {
    id: 'esketamine-spray',
    name: 'esketamine nasal spray',
    short: 'esketamine',
    unit: 'dose',
    conditions: ['treatment-resistant depression', 'suicidal thoughts', 'major depression'],
    comparators: ['oral antidepressants', 'IV ketamine', 'placebo'],
  },
  {
    id: 'lasik-surgery',
    name: 'LASIK eye surgery',
    short: 'LASIK',
    unit: 'procedure',
    conditions: ['nearsightedness', 'farsightedness', 'astigmatism'],
    comparators: ['glasses', 'contact lenses', 'PRK'],
  },
  {
    id: 'acupuncture',
    name: 'acupuncture',
    short: 'acupuncture',
    unit: 'session',
    conditions: ['chronic back pain', 'tension headaches', 'knee osteoarthritis', 'chemotherapy nausea'],
    comparators: ['painkillers', 'physical therapy', 'sham acupuncture'],
  },
  {
    id: 'red-light-therapy',
    name: 'red light therapy',
    short: 'red light therapy',
    unit: 'session',
    conditions: ['joint pain', 'skin ageing', 'wound healing', 'hair thinning'],
    comparators: ['topical creams', 'laser resurfacing', 'steroid injections'],
  },
];

const SIDE_EFFECTS = ['nausea', 'dizziness', 'hallucinations', 'headaches', 'drowsiness', 'fatigue', 'dry mouth', 'blurred vision', 'confusion', 'bruising', 'insomnia', 'vomiting'];
const SIDE_EFFECT_ADJECTIVES = ['dizzy', 'drowsy', 'confused', 'nauseous', 'lightheaded'];
const AUTHORITIES = ['the FDA', 'the EMA', 'Health Canada', 'the relevant authorities', 'health authorities in most countries'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'eight', 'ten', 'twelve'];
const ONSETS = ['within an hour', 'within a few hours', 'within 24 hours', 'within days', 'within two to three weeks', 'after the second visit', 'almost immediately'];
const RELIEF_DURATIONS = ['one to two weeks', 'several months', 'a few days', 'three to four weeks', 'up to six months', 'about a year', 'two to three months', 'several weeks'];
const COURSE_DURATIONS = ['two to three weeks', 'about two weeks', 'four to six weeks', 'six weeks', 'a month', 'three months'];
const SESSION_MINUTES = [20, 30, 40, 45, 50, 60, 75, 90];
const CITIES = ['Denver', 'Leeds', 'Portland', 'Austin', 'Toronto', 'Adelaide', 'Cork', 'Utrecht', 'Raleigh', 'Tucson'];
const STAFF = ['Dr. Lena Alvarez', 'Dr. Samuel Okafor', 'Nurse Priya Raman', 'Dr. Mei Tanaka', 'Dr. Jonas Berg', 'Nurse Carla Mendes'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LINK_TITLES = ['a recent review', 'a clinic audit', 'the product label', 'a published trial', 'a patient survey', 'an independent meta-analysis'];
const LINK_PATHS = ['review', 'audit', 'label', 'trial', 'survey', 'meta-analysis'];

const cap = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const joinList = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** Slot fillers: `{name}` in a template calls SLOTS[name](random, subject); `{a|b|c}` picks one alternative. */
const SLOTS = {
  T: (r, s) => s.short,
  Tcap: (r, s) => cap(s.short),
  Tfull: (r, s) => s.name,
  unit: (r, s) => s.unit,
  units: (r, s) => `${s.unit}s`,
  cond: (r, s) => r.pick(s.conditions),
  comparator: (r, s) => r.pick(s.comparators),
  pct: (r) => String(r.int(35, 95)),
  range: (r) => {
    const low = r.int(45, 80);
    const high = Math.min(98, low + r.pick([5, 10, 15, 20]));
    return r.pick([`between ${low} and ${high}%`, `${low} to ${high}%`, `${low}-${high}%`, `from ${low}% to ${high}%`]);
  },
  minutes: (r) => String(r.pick(SESSION_MINUTES)),
  minuteRange: (r) => {
    const low = r.pick([20, 30, 40, 45, 60]);
    return `${low} to ${low + r.pick([10, 15, 20, 30])} minutes`;
  },
  onset: (r) => r.pick(ONSETS),
  relief: (r) => r.pick(RELIEF_DURATIONS),
  course: (r) => r.pick(COURSE_DURATIONS),
  count: (r) => r.pick(NUMBER_WORDS),
  seList: (r) => joinList(r.sample(SIDE_EFFECTS, r.int(2, 4))),
  se: (r) => r.pick(SIDE_EFFECTS),
  seAdj: (r) => r.pick(SIDE_EFFECT_ADJECTIVES),
  authority: (r) => r.pick(AUTHORITIES),
  year: (r) => String(r.int(2004, 2024)),
  link: (r) => {
    const index = r.int(0, LINK_TITLES.length - 1);
    return `[${LINK_TITLES[index]}](https://example.org/${LINK_PATHS[index]}/${r.int(100, 999)})`;
  },
  city: (r) => r.pick(CITIES),
  staff: (r) => r.pick(STAFF),
  weekday: (r) => r.pick(WEEKDAYS),
  hours: (r) => String(r.int(2, 4)),
  price: (r) => String(r.int(3, 12) * 50),
};

function fill(template, r, s) {
  return template.replace(/\{([^}]+)\}/g, (whole, name) => {
    if (name.includes('|')) return r.pick(name.split('|'));
    const slot = SLOTS[name];
    if (!slot) throw new Error(`generate.js: unknown slot {${name}} in template "${template}"`);
    return slot(r, s);
  });
}

/** Sentences that carry a claim the built-in rules are written for (figures, approval, safety, certainty). */
const CLAIM_TEMPLATES = [
  'Clinics that publish their outcomes put the success rate {range} for people with {cond}.',
  'More than {pct}% of patients respond to a full course of {T}.',
  '{Tcap} helps roughly {pct}% of patients with {cond}, according to {link}.',
  'Success rates for {T} range {range} in {the published audits|clinic reports|recent studies}.',
  'About {pct}% of people who try {T} see results after the first {unit}.',
  'Remission rates of {range} have been reported for {cond}.',
  'A {year} study ({link}) found a response rate of {pct}% after {count} {units}.',
  'Roughly {pct}% of patients relapse within a year, so {follow-up visits|booster appointments} are common.',
  'Each {unit} lasts about {minutes} minutes.',
  'A typical {unit} takes {minuteRange}, including time to settle in.',
  'Each {unit} lasts {minuteRange} at a {low|steady|carefully measured} dose.',
  'The {unit} will take about {minutes} minutes to be completed.',
  'Relief from {T} usually lasts {relief}.',
  'Many patients find that the relief lasts {relief}, so only a handful of {top-up|follow-up} visits are needed.',
  'The results usually last for {relief}.',
  'Most people notice a difference {onset}.',
  'For most patients the effects are felt {onset}.',
  'Many patients get results within {an hour|a day|the first week}.',
  'The usual plan is {count} {units} over {course}, followed by an occasional booster.',
  'Clinics usually schedule a series of {count} {units} across {course}, then reassess.',
  '{Tcap} is FDA approved for {cond}.',
  '{Tcap} has been approved by {authority} for {cond}.',
  'It won FDA approval in {year}, according to the clinic.',
  'Doctors use {T} off-label for {cond}, because it is not approved for that use.',
  'Many practices offer it off-label, which insurers often decline to cover.',
  '{Tcap} has no side effects when it is given by trained staff.',
  'The treatment has no side effects at all, according to the {clinic|brochure|website}.',
  'Side effects may include {seList}.',
  'Side effects can include {seList}, though they generally fade within hours.',
  '{Tcap} works without causing {se}.',
  'Patients do not feel {seAdj} afterwards.',
  'The most common complaints are mild {se} and {se}, and both usually clear up the same day.',
  'In rare cases patients report {se}, which passes once the {unit} ends.',
  '{Tcap} is more effective than {comparator}.',
  'It works faster than conventional {comparator} for {cond}.',
  'Some reviewers consider it superior to {comparator}.',
  'Clinics that follow this protocol promise guaranteed results.',
  'We guarantee you will feel better after your first {unit}.',
  'There is no doubt that {T} has changed how doctors treat {cond}.',
  'It is clinically proven to reduce the symptoms of {cond}.',
  'With careful screening in place, the treatment is completely safe.',
  'At a licensed clinic there is nothing to worry about.',
  'Patients experience virtually no negative effects during or after a {unit}.',
  'The risk of side effects is minimal for most adults.',
  'It offers relief with fewer side effects than {comparator}.',
  '{Tcap} is not a cure for {cond}, but it can open a window of relief.',
  'Patients often describe the change as life-changing.',
  'This makes {T} a highly effective option for {cond}.',
  'Nine in ten users respond to the first course.',
  'Anyone with uncontrolled high blood pressure will be asked to talk through alternatives first.',
];

/** Neutral sentences: logistics, history, advice. Some mention trigger words in harmless ways. */
const FILLER_TEMPLATES = [
  'Clinics offering {Tfull} have opened in {city} and many other mid-sized cities over the last few years.',
  'Most centers begin with a phone screening followed by an in-person assessment.',
  'Bring a list of your current medications and any records from previous treatment.',
  'You will also need someone to drive you home after the {unit}.',
  'Wear comfortable clothes and bring a charged phone.',
  'Our medical director, {staff}, meets every new patient in person before the first {unit}.',
  'The front desk is open from {weekday} to Saturday, and a coordinator returns calls the same day.',
  'Write down your questions before the consultation so nothing gets forgotten.',
  'It also helps to bring a short history of the treatments you have already tried, with rough dates.',
  'Insurers differ widely in what they cover, so ask for a written estimate before you start.',
  'A single {unit} costs around ${price} at most private clinics in {city}.',
  'Staff will keep you in the recovery area until you feel like yourself again.',
  'You can read more on {link} if you want the details.',
  'Researchers are still collecting data on what years of repeated treatment might do.',
  'Before signing up, ask the clinic how it screens new patients and who supervises each {unit}.',
  'A good clinic will answer these questions without hesitation.',
  'Many clinics ask patients to keep a simple diary between visits.',
  'Over a few weeks the entries make patterns much easier to spot.',
  'Results vary from patient to patient, and the clinic should tell you so.',
  'Safety depends on careful screening and on honest answers during the intake interview.',
  'People whose {cond} has not improved with standard care are the usual candidates.',
  'The intake team will take care of the rest and explain the paperwork before your first visit.',
  'Parking is free for patients, and the building has step-free access.',
  'If you miss an appointment, call us by {weekday} so we can offer the slot to someone else.',
  'Talk to your regular prescriber before you change any medication.',
  'We hear the same handful of questions from almost every new patient, so we gathered the answers in one place.',
  'Speed is the feature that draws most people to {T}.',
  'The history of {T} goes back further than most people assume.',
  'Local support groups in {city} meet every {weekday} evening.',
  'A nurse checks your blood pressure, heart rate and oxygen level throughout the {unit}.',
  'Fill in the contact form on {our booking page|this site|the clinic website} or call us during office hours.',
  'It tends to work best when paired with therapy, steady sleep habits and a plan for ongoing care.',
  'Knowing the routine in advance makes the day much easier.',
  'Some practices will also accept a referral note from a family doctor.',
  'Recovery rooms are kept quiet, and most people rest with headphones on.',
  'The clinic in {city} added evening appointments in {year}.',
];

const HEADINGS = [
  'Why everyone is talking about it', 'What happens during a {unit}', 'How well does it work?', 'Side effects', 'Is it approved?',
  'Cost and insurance', 'Before you book', 'Questions worth asking', 'How long does one {unit} take?', 'When will I notice a difference?',
  'Is it safe?', 'Who is a good candidate?', 'What should I bring?', 'The longer view', 'Managing expectations', 'A note on regulation',
  'Getting started', 'What the research says', 'Recovery and aftercare', 'How {T} compares',
];

const TITLE_TAILS = ['A Beginner\'s Guide', 'Your Questions Answered', 'What to Expect', 'Step by Step', 'The Evidence So Far', 'Benefits and Risks', 'Is It Right for You?', 'Costs, Results and Side Effects'];

const LIST_ITEMS = [
  'a photo ID and your insurance card', 'a list of current medications', 'the name of your regular prescriber', 'comfortable clothes',
  'a companion to drive you home', 'how the clinic screens new patients', 'who watches over each {unit}', 'what happens if you feel unwell',
  'how follow-up is arranged', 'whether the staff are trained in emergency care', 'the total cost of a course', '{cond}', 'records from previous treatment',
  'side effects may include {se}', 'about {minutes} minutes per {unit}', 'relief that lasts {relief}',
];

function sentence(r, s, claimProbability) {
  const pool = r.chance(claimProbability) ? CLAIM_TEMPLATES : FILLER_TEMPLATES;
  return fill(r.pick(pool), r, s);
}

function paragraph(r, s) {
  const count = r.int(2, 5);
  const parts = [];
  // A repeated sentence reads as a bug in the generator, so draw again (a bounded number of times).
  for (let tries = 0; parts.length < count && tries < count * 4; tries++) {
    const next = sentence(r, s, 0.35);
    if (!parts.includes(next)) parts.push(next);
  }
  return parts.join(' ');
}

function bulletList(r, s) {
  const items = r.sample(LIST_ITEMS, r.int(3, 6)).map((item) => `- ${fill(item, r, s)}`);
  return `${fill('{Before your first visit, check:|Things to bring:|Questions to ask the clinic:|Worth knowing:}', r, s)}\n\n${items.join('\n')}`;
}

function table(r, s) {
  const rows = [
    `| Check-in | A nurse records your vitals and hands you a short questionnaire. |`,
    `| ${cap(s.unit)} | ${fill(r.pick(['Each {unit} lasts {minuteRange}.', 'The {unit} takes about {minutes} minutes.', 'Expect {minuteRange} in the chair.']), r, s)} |`,
    `| Recovery | ${fill(r.pick(['You rest until a companion can take you home.', 'Side effects may include {seList}.', 'Most people feel steady within {hours} hours.']), r, s)} |`,
  ];
  if (r.chance(0.5)) rows.push(`| Follow-up | ${fill('A coordinator calls you on {weekday} to see how you are doing.', r, s)} |`);
  return `| Stage | What to expect |\n| --- | --- |\n${rows.join('\n')}`;
}

function codeBlock(r, s) {
  return `\`\`\`text\ndate: ${r.int(2019, 2024)}-0${r.int(1, 9)}-1${r.int(0, 9)}\nmood (1-10): ${r.int(2, 9)}\nsleep (hours): ${r.int(4, 9)}\nnotes: ${fill('guaranteed to feel better by {weekday}? ask the nurse', r, s)}\n\`\`\``;
}

/** One article as Markdown, about `targetBytes` long. */
export function generateArticle(seed, index, { uniqueSubjects = false, oneSubject = false } = {}) {
  const r = createRandom(seed, index);
  const s = r.pick(SUBJECTS);
  const targetBytes = r.int(4500, 5500);
  const title = `${cap(s.name)}: ${r.pick(TITLE_TAILS)}`;
  // uniqueSubjects gives every article a subject of its own (same text otherwise): no claim is compared across
  // articles, which separates claim-audit's per-file cost from its cross-document analysis. oneSubject gives
  // them all the same subject, as in a catalogue about one treatment: every claim meets every article's.
  const subject = uniqueSubjects ? `${s.id}-a${index}` : oneSubject ? 'one-subject' : s.id;
  const blocks = [`---\ntitle: "${title}"\nsubject: ${subject}\n---`, paragraph(r, s)];
  const headings = r.sample(HEADINGS, HEADINGS.length);
  let length = blocks.join('\n\n').length;
  let tableDone = !r.chance(0.3);
  let codeDone = !r.chance(0.1);
  let heading = 0;
  while (length < targetBytes) {
    const section = [`## ${fill(headings[heading++ % headings.length], r, s)}`, paragraph(r, s)];
    if (r.chance(0.5)) section.push(paragraph(r, s));
    if (r.chance(0.3)) section.push(bulletList(r, s));
    if (!tableDone && r.chance(0.4)) {
      section.push(table(r, s));
      tableDone = true;
    }
    if (!codeDone && r.chance(0.3)) {
      section.push(`${fill('Here is the format one of our readers uses:', r, s)}\n\n${codeBlock(r, s)}`);
      codeDone = true;
    }
    if (r.chance(0.15)) section.push(`> ${sentence(r, s, 0.5)}`);
    blocks.push(...section);
    length += section.join('\n\n').length + 2;
  }
  return { subject: s.id, slug: s.id, text: `${blocks.join('\n\n')}\n` };
}

/** The relative path of article `index`. */
export function articlePath(index, slug) {
  const folder = `s${String(Math.floor(index / PER_FOLDER)).padStart(3, '0')}`;
  return join(folder, `a${String(index).padStart(5, '0')}-${slug}.md`);
}

/** Write `count` articles into `outDir` (emptied first). Returns the file count and total bytes. */
export function generateCorpus(count, outDir, seed = DEFAULT_SEED, options = {}) {
  rmSync(outDir, { recursive: true, force: true });
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const article = generateArticle(seed, index, options);
    const file = join(outDir, articlePath(index, article.slug));
    if (index % PER_FOLDER === 0) mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, article.text);
    bytes += Buffer.byteLength(article.text);
  }
  return { files: count, bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : DEFAULT_SEED;
  const uniqueAt = args.indexOf('--unique-subjects');
  const uniqueSubjects = uniqueAt >= 0;
  if (uniqueSubjects) args.splice(uniqueAt, 1);
  const oneAt = args.indexOf('--one-subject');
  const oneSubject = oneAt >= 0;
  if (oneSubject) args.splice(oneAt, 1);
  const [countText, outDir] = args;
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1 || !outDir || !Number.isInteger(seed)) {
    process.stderr.write('usage: node bench/generate.js <N> <outDir> [--seed <integer>] [--unique-subjects | --one-subject]\n');
    process.exitCode = 2;
  } else {
    const { files, bytes } = generateCorpus(count, outDir, seed, { uniqueSubjects, oneSubject });
    process.stdout.write(`wrote ${files} articles (${(bytes / 1e6).toFixed(1)} MB) to ${outDir} with seed ${seed}\n`);
  }
}
