import type { TextRange } from '../types.js';
import { mentionsSubject, namesSubject } from './clauses.js';

// A comparison with a figure given elsewhere, without naming it: "was higher", "fail more often", "closer to", "a
// longer course" (not a bare "longer": "studies that followed patients for longer").
// "drops" only as a verb that goes somewhere ("drops to 85%"): "drop users" and "eye drops" are things.
// With "than" the comparison names what it compares with (a comparison clause, handled apart).
const RELATIVE = /\b(?:higher|lower|better|worse|less|more often|more likely|drops?(?=\s+(?:to|by|off|sharply|significantly|considerably|dramatically|below|under|further|slightly)\b)|dropped|falls?|fell|rises?|rose|closer to|fared|slower|faster|a\s+(?:longer|shorter)|smaller|larger|bigger|weaker|stronger|doubles|doubled|triples|tripled|halves|halved|(?:stretch(?:es|ed)?|extends?|extended|increases?|increased|climbs?|climbed|jumps?|jumped)(?=\s+to\b))\b/i;
// A sentence that opens with the case it is about: "If you pair two units, usable capacity doubles to 27 kWh"; or
// one that names it after the figure: "payback can stretch to 11 years if your roof faces east or west".
const OPENING_CONDITION = /^\W*if\s+([^,;]{3,80}),/i;
const TRAILING_CONDITION = /^\s+if\s+([^,;.!?]{3,80})/i;
// A sentence that opens with whom it is about, told apart by what they are: "For self-employed applicants,
// approval can take 2 to 3 weeks", "Among senior dogs, …". Not "For most patients," (everyone, nearly), nor "For best
// results," (advice to everyone).
// …or a condition it is for: "For non-seasonal depression, response rates are lower, roughly 30 to 40 percent" (not
// one case of it: "For a single hernia, the operation usually takes 45 to 90 minutes").
const OPENING_GROUP = /^\W*(?:for|among)\s+(?:the\s+)?((?!(?:most|many|all|some|these|those|our|your|their|typical|example|instance|now|years|months|weeks|days|comparison|context|reference|starters|one|each|every|both|people|patients|adults|users|customers|clients|best|optimal|optimum|maximum|lasting|longer-lasting|faster|quicker|better|visible|full|results)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+[a-z][a-z-]*s|(?!(?:a|an|one|single|each|every|this|that)\b)(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*(?:ion|ia|itis|osis))\s*,/i;
// Whom a figure is restricted to: "among children with ADHD", "in smokers", "older adults", "people over 65",
// "of those patients" (a group named before), a group that opens the sentence ("Children did better"), or people
// a clause describes ("people whose tinnitus had lasted more than ten years did worse"), or things a participle
// or clause describes at the start of the sentence ("Homes heated entirely by electricity see smaller savings"), or
// that a comparative sets apart there ("Smaller areas, such as the brow, can often be done in 30 minutes"), or the
// people a study was of ("In one small study of people with rosacea, improvements took closer to eight weeks").
const RESTRICTOR =
  /\b(?:among|in|for)\s+((?:(?:the|those|people|patients|adults|women|men|children)\s+)?(?:[a-z][a-z-]*\s+){0,2}?(?:[a-z][a-z-]*s\b|children\b|men\b|women\b|people\b|over\s+\d+|under\s+\d+|with\s+[a-z][a-z-]*))|\b((?:older|younger|elderly)\s+(?:adults|patients|people|users)|(?:people|patients|adults|women|men)\s+(?:over|under|aged)\s+\d+)\b|\bof\s+((?:those|these)\s+(?:patients|people|users|cases|adults))\b|^\W*((?:children|kids|teens|teenagers|adolescents|women|men|seniors|smokers|athletes|beginners|older adults|younger adults|younger patients|older patients))(?:\s+(?:with|over|under|aged)\s+[a-z0-9-]+)?\s+(?:did|fared|do|were|are|had|saw|responded)\b|\b((?:people|patients|adults|users|participants|those|women|men)\s+(?:whose|who)\s+[^,;]{1,60}?)\s+(?:did|fared|responded|were|was)\s+(?:worse|better|less\s+well|poorly)\b|^\W*((?:[a-z][a-z-]*\s+){0,2}(?:[a-z][a-z-]*s|people|children|men|women)\s+(?:[a-z][a-z-]*ed|with|without|who|that|using)\s+[^,;]{1,50}?)\s+(?:see|saw|get|got|have|had|pay|paid|save|saved|report|reported|need|needed|take|took)\s+(?:[a-z]+\s+){0,2}?(?:smaller|larger|bigger|lower|higher|longer|shorter|less|more|fewer)\b|^\W*((?:smaller|larger|bigger|deeper|thicker|finer|darker|lighter|heavier|older|younger)\s+(?:[a-z-]+\s+)?[a-z-]+s)\b|\b(?:study|trial|survey)\s+of\s+((?:people|patients|adults|women|men|children|users|participants)\s+with\s+[a-z][a-z-]*)/i;
// Without "aged", a bare age must say "years" and "and older": "among people 70 years and older".
const AGE_BAND =
  /\b(?:in|among|for)\s+(those|people|adults|patients|individuals|participants|women|men)\s+(?:(aged|ages|over|older\s+than|age)\s+)?(\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?)(\s+(?:years?|yrs)(?:\s+(?:of\s+age|old))?)?(\s+(?:and|or)\s+(?:over|older|up|above))?/i;
const AGE_AT = /^\s{0,3}(at|over|under|above|below)\s(?:the\s)?age\s(?:of\s)?(\d{1,3})\b/i;
// Everyone of an age, whatever the writer calls them: "those aged 50-69" and "adults aged 50 to 69" are one group.
const ANYONE = /^(?:those|people|adults|patients|individuals|participants)$/i;
// An age group named without figures: "89% effective at preventing shingles in older people", "among younger adults".
const OLDER_OR_YOUNGER = /\b(?:in|among|for)\s+((?:older|younger|elderly)\s+(?:people|adults|patients|individuals|participants|women|men|children))\b/i;
// A tier of the product or its parts: "Batteries of lower quality can last for less than a year, while high-quality
// batteries can last up to five years", "budget models".
const TIER =
  /\b(?:(lower|higher|low|high|poor|poorer|better|top|cheap|cheaper)[- ]quality|(budget|premium|cheap|cheaper|cheapest|high-end|low-end|entry-level)\s+(?:models?|units?|batteries|versions?|brands?|options?|ones))\b/i;
// An example named by its name at the opening: "For example, Flonase may …", "For instance, the Kinetra Mini …".
const NAMED_EXAMPLE = /^\W*(?:[Ff]or\s+(?:example|instance)|e\.g\.)\s*,?\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})\b/;
// A dose the figure is said of: "a dose of 1 to 2 grams per day reduced the duration by 18%".
const DOSE = /\bdoses?\s+of\s+(\d[\d.,]*(?:\s*(?:to|-|–)\s*\d[\d.,]*)?\s*(?:mg|milligrams?|g|grams?|mcg|micrograms?|iu|ml))\b/i;
const THOSE_WITH = /\b(?:in|among|for)\s+those\s+with\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})/i;
const SAYS_SUBGROUP = /\b(?:sub-?groups?|subsets?)\b/i;
// What a sentence sets apart before its figures: "Larger varicose veins are a different story: they may require …
// six or more sessions".
const DIFFERENT_STORY = /^\W*((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)\s+(?:are|is)\s+(?:a\s+)?(?:different|separate)\s+(?:story|matter|case|picture)\b/;
// People picked out by how hard their case is: "Patients with severe chronic Lyme disease may need 20 or more
// sessions", "Stubborn cases can take 12". Not "patients with chronic migraine", which may be everyone an article
// is about.
const HARD_CASES =
  /\b((?:patients|people|those|clients|adults|children|men|women|anyone|cases)\s+with\s+(?:very\s+|more\s+|particularly\s+)?(?:severe|advanced|long-standing|longstanding|stubborn|hard-to-treat|refractory|end-stage)\b[^,;]{0,40}?|(?:very\s+|more\s+)?(?:severe|advanced|stubborn|hard-to-treat|refractory|long-standing)\s+cases)\s+(?:may\s+|might\s+|often\s+|usually\s+|typically\s+|will\s+|can\s+|could\s+)?(?:need|needs|needed|require|requires|required|take|takes|took|see|sees|saw|get|gets|got|have|has|had)\b/i;
const DESCRIBED_PEOPLE = /\b((?:patients|people|those|participants|adults|women|men|children|users|clients)\s+(?:whose|who|with)\s+[^,;]{1,40}?)\s+(?:needed|need|had|did|were|was|saw|got|took|required|improved|responded)\b/i;
// "Among women over 55, only around 30% improved": "only" says the figure falls short of the general one.
const ONLY = /\bonly\b/i;
const PEOPLE_GROUP = /\b(?:people|patients|adults|women|men|children|kids|teens|seniors|smokers|users|participants|those|older|younger|elderly|over\s+\d+|under\s+\d+|aged\s+\d+|with\s+[a-z])/i;
// A bound on a figure ("more than ten years"), not a comparison with something named.
const BOUND = /\b(?:more|less|fewer)\s+than\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a|an)\b)/gi;
// Words that make a group most of everyone: "for many patients", "in most cases".
const EVERYONE_NEARLY = /^(?:many|most|all|numerous|countless|our|these|such)\b/i;
// Words that start a statement about everyone again: "…lower in smokers, but overall 95% succeed".
const RESET = /\b(?:but|whereas|while|overall|generally|in general|across all)\b/i;

/**
 * The subgroup a figure describes, when its sentence sets it apart from a figure given elsewhere: "Among
 * children with ADHD the response rate was higher, near 75%" is about those children, not about everyone a
 * general figure counts. Only the sentence up to the end of the figure's clause counts, so "95% succeed, though
 * rates are lower in smokers" stays general. Returns the restricting words ("children-with-adhd"), or null.
 */
export function subgroupOf(text: string, value: TextRange): string | null {
  // "…patients whose neck pain had lasted more than ten years needed as many as ten sessions, but that was a small,
  // hard-to-treat subgroup": the sentence says so itself.
  if (SAYS_SUBGROUP.test(text)) return groupKey(DESCRIBED_PEOPLE.exec(text)?.[1] ?? 'subgroup');
  const apart = DIFFERENT_STORY.exec(text);
  if (apart !== null && apart[0].length <= value.start) return groupKey(apart[1] as string);
  const hard = HARD_CASES.exec(text.slice(clauseStart(text, value.start, /[;.!?]/), value.start));
  if (hard !== null) return groupKey(hard[1] as string);
  // An age band, before or after the figure in its clause: "97% effective in preventing shingles in those aged 50–69".
  const clause = text.slice(clauseStart(text, value.start, /[;.!?]/), clauseEnd(text, value.end, /[;.!?]/));
  // "28% at age 40 and 0% over age 45": an age the figure is given at, right after it.
  const atAge = AGE_AT.exec(text.slice(value.end, clauseEnd(text, value.end, /[,;.!?]/)));
  if (atAge !== null) return groupKey(`age ${(atAge[1] as string).toLowerCase()} ${atAge[2] as string}`);
  const age = AGE_BAND.exec(clause);
  if (age !== null && (age[2] !== undefined || (age[4] !== undefined && age[5] !== undefined))) {
    const people = ANYONE.test(age[1] as string) ? 'people' : (age[1] as string);
    return groupKey(`${people} ${(age[2] ?? 'aged').replace(/\s+/g, ' ')} ${(age[3] as string).replace(/\s*(?:-|–|to)\s*/, '-')}${age[5] !== undefined ? ' up' : ''}`);
  }
  // A tier or a dose in the figure's own part of the sentence, before it.
  const part = text.slice(clauseStart(text, value.start, /[,;.!?]/), value.start);
  const tier = TIER.exec(part);
  if (tier !== null) return groupKey(tier[1] !== undefined ? `${tier[1]} quality` : (tier[0] as string));
  const dose = DOSE.exec(part);
  if (dose !== null) return groupKey(`dose ${(dose[1] as string).replace(/\s*(?:to|-|–)\s*/, '-')}`);
  const elder = OLDER_OR_YOUNGER.exec(clause);
  if (elder !== null) return groupKey(elder[1] as string);
  // "Those with" picks out some of them: "68–91% effective in preventing shingles in those with weakened immune systems".
  const those = THOSE_WITH.exec(clause);
  if (those !== null) return groupKey(`those with ${those[1] as string}`);
  const end = clauseEnd(text, value.end, /[,;]/);
  // "More than ten years" and "less than 80%" are bounds, not comparisons: they neither set a figure apart nor name
  // what it is compared with.
  const opening = OPENING_GROUP.exec(text);
  if (opening && opening[0].length <= value.start) return groupKey(opening[1] as string);
  // The figure's own words are no group either: "two in three people feel better" counts everyone. (Written as
  // digits, it still stops a group from starting at it: "rated for 3,000 cycles".)
  const blanked = `${text.slice(0, value.start)}${'0'.repeat(value.end - value.start)}${text.slice(value.end, end)}`;
  const before = blanked.replace(BOUND, (bound) => ' '.repeat(bound.length));
  const relative = RELATIVE.test(before);
  if ((!relative && !ONLY.test(before)) || /\bthan\b/i.test(before)) return null;
  const condition = OPENING_CONDITION.exec(before);
  // The figure must be said to change in that case ("doubles to"), between the condition and the figure.
  if (condition && condition[0].length <= value.start && RELATIVE.test(text.slice(condition[0].length, value.start))) return groupKey(`if ${condition[1] as string}`);
  const trailing = TRAILING_CONDITION.exec(text.slice(value.end));
  if (trailing && RELATIVE.test(text.slice(clauseStart(text, value.start, /[;.!?,]/), value.start))) return groupKey(`if ${trailing[1] as string}`);
  const restrictor = RESTRICTOR.exec(before);
  const group = restrictor?.[1] ?? restrictor?.[2] ?? restrictor?.[3] ?? restrictor?.[4] ?? restrictor?.[5] ?? restrictor?.[6] ?? restrictor?.[7] ?? restrictor?.[8];
  if (!restrictor || group === undefined || /\d/.test(group[0] ?? '')) return null;
  // "In the better-quality trials, complete clearance rates fall between 30% and 60%": where a figure was measured,
  // not whom it counts.
  if (STUDIES.test(group)) return null;
  // "the preferred choice for many patients": most of everyone, not a group set apart.
  if (EVERYONE_NEARLY.test(group)) return null;
  // "Only" sets a figure apart only when the group is people: "among women over 55, only 30% improved", but "in
  // trials, only 40% responded" is everyone in the trials.
  if (!relative && !PEOPLE_GROUP.test(group)) return null;
  if (RESET.test(text.slice(restrictor.index, value.start))) return null;
  return groupKey(group);
}

const STUDIES = /\b(?:trials|studies|reviews|analyses|papers|reports|audits|registries|surveys|series)\s*$/i;

/** A group's words as a key; a long description names the group well enough in its first words, and keeps keys readable. */
function groupKey(group: string): string {
  return group.toLowerCase().trim().split(/\s+/).slice(0, 5).join('-');
}

// A few of the people or things, not the typical case: "a few clients take a week or two to notice a change", "some
// stubborn hairs need two or three treatments", "in some cases", "some begin to see benefits about 30 days in" (the
// first to, not the typical wait). Not the sources of a finding ("some studies report
// 80%"), whose figure is the claim; nor a quantity ("a few hours", "some redness").
const MINORITY =
  /\b(?:a\s+few|a\s+small\s+number\s+of|a\s+handful\s+of|a\s+minority\s+of|some|a\s+few\s+of\s+(?:our|the))\s+(?:(?!(?:of|more|less|very)\b)[a-z-]+\s+)?(?!(?:studies|trials|reviews|reports|papers|analyses|surveys|estimates|sources|experts|researchers|scientists|authors|seconds|minutes|hours|days|nights|weeks|months|years|times|sessions|treatments|visits|doses|rounds)\b)(people|men|women|children|[a-z-]+[^s\W]s)\b(?<!ness)|\bsome\s+(?:may\s+|will\s+|can\s+)?(?=(?:begin|began|start|started|notice|noticed|see|saw|feel|felt|report|reported|experience|experienced)\b)/i;

/**
 * The named example a figure is said of, when its sentence opens with one that is not the subject: "For example,
 * Flonase may start working in 2 to 4 hours" in an article on `allergy-nasal-sprays` ("flonase"), or null.
 */
export function namedExampleOf(text: string, value: TextRange, subject: string): string | null {
  const example = NAMED_EXAMPLE.exec(text);
  if (example === null || example[0].length > value.start || mentionsSubject(example[1] as string, subject)) return null;
  return groupKey(example[1] as string);
}

// People a sentence opens with and sets apart by what it says of them, before its figure: "Lumbar spinal stenosis
// patients also show benefit, with some studies reporting 35% to 65% …", "Generally, patients who have had back
// pain for less than 3 months have average success rates of 90 percent". Not people who simply have the treatment
// ("Patients who undergo the procedure have …", "TMS patients report …": everyone it counts).
const NAMED_PATIENTS =
  /^\W*(?:[A-Za-z]+,\s+)?((?:(?!(?:the|a|an|most|many|all|some|these|those|such|our|your|their|its|treated|typical|average|other|both|few|several|new|former|current|prospective|potential|eligible|happy|satisfied)\b)[A-Za-z][\w-]*\s+){1,3}(?:patients|sufferers|individuals))\s+(?:also\s+|often\s+|typically\s+|usually\s+|generally\s+)?(?:show|showed|see|saw|report|reported|experience|experienced|respond|responded|do|did|fare|fared|achieve|achieved|benefit|benefited|get|got|have|had)\b/i;
// People a relative clause picks out, unless it only says they have the treatment.
const WHO_DESCRIBED = String.raw`((?:patients|people|individuals|adults|those)\s+(?:whose\s|who\s+(?!(?:undergo|underwent|undergoes|receive|received|get|got|use|used|take|took|try|tried|choose|chose|opt|opted|complete|completed|start|started|follow|followed|stick|stuck|(?:are|were|have\s+been)\s+treated|(?:have|had|have\s+had)\s+(?:the|this|it|a|an|their|one|two|three|treatment|surgery)\b))\b)[^,;]{1,70}?)`;
const PEOPLE_WHO = new RegExp(
  String.raw`^\W*(?:[A-Za-z]+,\s+)?${WHO_DESCRIBED}\s+(?:have|has|had|show|showed|see|saw|achieve|achieved|report|reported|experience|experienced)\s+(?:an?\s+|the\s+)?(?:average\s+|overall\s+|reported\s+)?(?:success|response|improvement|remission|cure|failure|complication)`,
  'i',
);
// "For patients who have had symptoms for less than 6 months, the response rate averaged 70 percent".
const FOR_PEOPLE_WHO = new RegExp(String.raw`^\W*(?:for|among|in)\s+${WHO_DESCRIBED}\s*,`, 'i');

/**
 * The people a sentence opens with, when it picks them out by a condition or a history before its figure (see
 * NAMED_PATIENTS): "lumbar-spinal-stenosis-patients", or null. People named by the subject itself are everyone.
 */
export function namedPeopleOf(text: string, value: TextRange, subject: string): string | null {
  const found = NAMED_PATIENTS.exec(text) ?? PEOPLE_WHO.exec(text) ?? FOR_PEOPLE_WHO.exec(text);
  if (found === null || found[0].length > value.start || mentionsSubject(found[1] as string, subject)) return null;
  return groupKey(found[1] as string);
}

// A yes or no said only of one case: "Medicare covers it nearly in full — but only with a standard monofocal lens".
const ONLY_WITH = /\bonly\s+(with|for|if|when|under|through)\s+(?:an?\s+|the\s+|your\s+)?((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)/i;

/** The one case a yes or no after its match is restricted to ("only-with-standard-monofocal-lens"), or null. */
export function onlyCaseOf(text: string, at: TextRange): string | null {
  const found = ONLY_WITH.exec(text.slice(at.end));
  return found === null ? null : groupKey(`only ${found[1] as string} ${found[2] as string}`);
}

// Figures each said of a case of its own, side by side: "8-15% for good credit, 15-25% for fair credit", "90% for
// small tears and 60% for large tears". Not a span or a share ("for six months", "for most patients").
const NOT_A_CASE = String.raw`(?!(?:the|a|an|up|at|about|around|over|under|more|less|each|every|all|most|many|some|several|life|lifetime|years?|months?|weeks?|days?|hours?|minutes?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d)\b)`;
const CASE_AFTER = new RegExp(String.raw`^\s*(?:apr\s|apy\s)?for\s${NOT_A_CASE}([a-z][\w-]*(?:\s(?!(?:and|or|but|while|whereas|with|in|at)\b)[a-z][\w-]*){0,2})`, 'i');
const FIGURE_FOR_CASE = new RegExp(String.raw`[\d%]\s?(?:apr\s|apy\s)?for\s${NOT_A_CASE}[a-z]`, 'gi');

/** The case a figure is said of when the sentence gives figures for several ("for-good-credit"), or null. */
export function sideBySideCaseOf(text: string, value: TextRange): string | null {
  const found = CASE_AFTER.exec(text.slice(value.end, value.end + 60));
  if (found === null || (text.match(FIGURE_FOR_CASE) ?? []).length < 2) return null;
  return groupKey(`for ${found[1] as string}`);
}

/** The few people a figure's clause is about ("a-few-clients"), or null. */
export function minorityOf(text: string, value: TextRange): string | null {
  const found = MINORITY.exec(text.slice(clauseStart(text, value.start, /[;.!?,]/), value.start));
  return found === null ? null : groupKey(found[0]);
}

// A named variant of the product or its offer: "the Family plan covers up to six people for $17.99 a month", "the
// Pro tier". Billing periods ("the annual plan") are measures, not variants.
const VARIANT =
  /\b(family|student|students'|premium|basic|pro|business|team|starter|deluxe|enterprise|duo|couples?|senior|kids|teen|introductory|promotional|promo|trial|lite|max|ultimate|essential|advanced|group|elite|platinum|gold|silver|ultra|mini)\s+(?:plan|tier|package|bundle|edition|membership|subscription|rate|pricing|option|version|model|card)\b/i;
// A battery of one size among several: "The compact 2.0Ah pack charges in about 25 minutes" against "the 5.0Ah pack
// takes 2 hours to charge".
const BATTERY_SIZE = /\b(\d+(?:\.\d+)?)\s?(Ah|mAh|Wh|kWh)\s+(pack|battery)\b/gi;
// A mode or setting the figure holds in: "On Eco mode I get about 50 minutes", "12 hours at the lowest setting".
const DEFAULT_MODE = /^(?:standard|normal|default|regular|auto|automatic|usual|everyday|balanced|medium|recommended)$/i;
const MODE_WORDS = String.raw`(?:in|on|using|with|at|use\s+of)\s+(?:the\s+|its\s+|my\s+)?([a-z][\w-]*)\s+(mode|setting)\b`;
const OPENING_MODE = new RegExp(String.raw`^\W*${MODE_WORDS}`, 'i');
const MODE = new RegExp(String.raw`\b${MODE_WORDS}`, 'i');
const MODES = new RegExp(String.raw`\b${MODE_WORDS}`, 'gi');

/** The one mode a sentence names anywhere ("Up to 6 weeks on a charge, based on brushing … in Clean mode"), or null when it names none or several. */
function onlyModeIn(text: string): RegExpMatchArray | null {
  const found = [...text.matchAll(MODES)];
  return found.length === 1 ? (found[0] as RegExpMatchArray) : null;
}
// A condition the figure holds in: "In very cold weather, battery life may fall to around 9 days", "In hot climates…".
const OPENING_CIRCUMSTANCE =
  /^\W*(?:in|during|at)\s+(?:(?:very|extremely|really|especially|particularly)\s+)?((?:cold|hot|freezing|warm|humid|wet|rainy|snowy|extreme|sub-zero|subzero|heavy|low|high|strong|windy)\s+(?:weather|temperatures|conditions|climates?|use|usage|light|traffic|altitudes?|winds?|humidity|heat|cold))\b/i;
// The same after the figure, in its clause: "runtime drops to about 60 minutes in water below 15 °C", "… in cold weather".
const TRAILING_CIRCUMSTANCE =
  /^[^;:!?,]*?\b(?:(?:in|during)\s+(?:(?:very|extremely|really)\s+)?(cold|hot|freezing|icy|warm)\s+(weather|water|temperatures|conditions|climates?)\b|(?:below|under)\s+(?:freezing\b|zero\b|-?\d+(?:\.\d+)?\s*°\s*[CF]\b))/i;
// People who pay a price of their own: "Students with a valid school email pay $6.99 a month". Not some of a forum's
// members ("Several members pay about $5.99 a month"): what most people pay is the price. Nor new ones ("New families
// get their first term for $150"): a first-time offer, which promotionOf reads.
const PRICED_GROUP =
  /^\W*(?!(?:several|some|many|most|few|all|our|other|new)\s)(?:[a-z-]+\s+)?(students|seniors|veterans|teachers|members|subscribers|families|retirees|nurses|employees|military|educators|nonprofits|charities)\b[^,;.]{0,60}?\s+(?:pay|get|receive|save|are\s+charged)\b/i;

// The procedure done on several sites at once, which takes longer and costs more than on one: "bilateral
// implantation, where both ears are done in one session, can take four hours", "Multi-level procedures … can take
// 90 minutes or longer". "Both eyes" only as a case set apart, in a condition or done at once ("when both knees are
// replaced at once"): where treating both is the usual case ("The procedure takes about 15 minutes for both eyes"),
// the figure is the procedure's.
const SITES = String.raw`both\s+(?:eyes|ears|sides|knees|hips|breasts|feet|hands|arms|legs|jaws|wrists|shoulders)`;
const SEVERAL_SITES = new RegExp(
  String.raw`\b(?:bilateral|multi-?level|multi-?site|multiple[- ]levels?)\b|\b(?:when|if|where|with)\s+(?:you\s+have\s+|having\s+)?${SITES}\b|\b${SITES}\s+(?:are\s+|were\s+|being\s+)?(?:done|treated|operated\s+on|replaced|fitted|implanted)?\s*(?:at\s+once|at\s+the\s+same\s+time|together|simultaneously|in\s+(?:one|a\s+single|the\s+same)\s+(?:session|sitting|operation|procedure|visit))\b`,
  'i',
);

/**
 * "several-sites" for a figure whose clause names a procedure on both sides or several levels, or null. A figure's
 * only: a side effect of treating both eyes is still the treatment's.
 */
export function severalSitesOf(text: string, value: TextRange): string | null {
  // Before the figure in its clause ("When both knees are replaced, the operation takes…"), or after it up to a comma
  // ("takes about four hours when both knees are replaced at once").
  const before = text.slice(clauseStart(text, value.start, /[;:.!?]/), value.start);
  const after = text.slice(value.end, clauseEnd(text, value.end, /[;:.!?,]/));
  return SEVERAL_SITES.test(before) || SEVERAL_SITES.test(after) ? 'several-sites' : null;
}

/**
 * The variant a figure's clause names ("family-plan"), the battery size it holds for when `sizes` ("2ah-pack"), or
 * the people a price is for ("students"), for its key: such figures are compared only with figures for the same
 * variant. Null when none.
 */
export function variantOf(text: string, value: TextRange, sizes = false): string | null {
  const clause = text.slice(clauseStart(text, value.start, /[;:.!?]/), value.start);
  const variant = VARIANT.exec(clause);
  if (variant !== null) return groupKey(`${(variant[1] as string).replace(/'$/, '')} ${variant[0].split(/\s+/).pop() as string}`);
  // The last size named before the figure, in the whole sentence: a clause would start inside "2.0".
  let pack: RegExpMatchArray | null = null;
  if (sizes) for (const found of text.slice(0, value.start).matchAll(BATTERY_SIZE)) pack = found;
  // "2.0Ah" and "2 Ah" are one size: "2ah-pack" ("2.5Ah" is "2-5ah-pack").
  if (pack !== null) return groupKey(`${String(Number(pack[1])).replace('.', '-')}${pack[2] as string} ${pack[3] as string}`);
  const opening = OPENING_MODE.exec(text);
  // The mode in the figure's clause, else the sentence's one mode wherever it stands.
  const mode =
    opening !== null && opening[0].length <= value.start
      ? opening
      : (MODE.exec(text.slice(clauseStart(text, value.start, /[;:.!?,]/), clauseEnd(text, value.end, /[;:.!?,]/))) ?? onlyModeIn(text));
  // The standard mode is the general case: "battery lasted 95 to 110 minutes in standard mode" tests the maker's figure.
  if (mode !== null && !DEFAULT_MODE.test(mode[1] as string)) return groupKey(`${mode[1] as string} ${mode[2] as string}`);
  const circumstance = OPENING_CIRCUMSTANCE.exec(text);
  if (circumstance !== null && circumstance[0].length <= value.start) return groupKey(`in ${circumstance[1] as string}`);
  const after = TRAILING_CIRCUMSTANCE.exec(text.slice(value.end, clauseEnd(text, value.end, /[;:.!?,]/)));
  if (after !== null) return after[1] !== undefined ? groupKey(`in ${after[1]} ${after[2] as string}`) : 'in-the-cold';
  // The group opens the sentence, or the figure's clause after a colon or semicolon: "the shop keeps its loyalty
  // scheme generous: club members get 20% off parts".
  for (const from of [0, clauseStart(text, value.start, /[;:]/)]) {
    const group = PRICED_GROUP.exec(text.slice(from));
    if (group !== null && from + group.index + group[0].length <= value.start) return groupKey(group[1] as string);
  }
  return null;
}

// The subject without one of its parts: "Plain microneedling, without RF, … usually needs more sessions, often 4 to 6"
// in an article on `microneedling-rf` is another treatment's figure.
const WITHOUT = /\b(?:without|minus)\s+(?:the\s+|an?\s+|any\s+)?([a-z0-9][\w-]*)/gi;

/** The part of a subject of several words that a figure's sentence says is missing ("without-rf"), or null. */
export function withoutPartOf(text: string, value: TextRange, subject: string): string | null {
  if (!/[^a-z0-9][a-z0-9]/i.test(subject)) return null;
  for (const found of text.slice(0, value.start).matchAll(WITHOUT)) {
    const part = found[1] as string;
    if (mentionsSubject(part, subject)) return groupKey(`without ${part}`);
  }
  return null;
}

// A named offering of the writer's, opening the sentence: "Our Express Glow glycolic peel is a light, lunchtime
// treatment with zero downtime", "Our Signature Facial takes 90 minutes", "Our Deep Drift session runs for two hours",
// or one named in quotes ('Our "lip flip" with a muscle relaxer lasts about 8 to 12 weeks'). Not when it is the
// subject's own name.
const NAMED_OFFERING =
  /^\W*(?:[Oo]ur|[Tt]heir)\s+(?:((?:[A-Z][\w'’-]*\s+){1,3})(?:[a-z-]+\s+){0,2}?(?:peel|peels|treatment|treatments|package|facial|plan|program|programme|protocol|service|drip|infusion|option|membership|session|sessions|class|classes|massage|experience|bundle)\b|["“]([^"”]{2,30})["”])/;

/** The named offering a sentence opens with ("express-glow"), unless its name mentions the subject; or null. */
export function namedOfferingOf(text: string, value: TextRange, subject: string): string | null {
  const named = NAMED_OFFERING.exec(text);
  if (named === null || named[0].length > value.start) return null;
  const name = (named[1] ?? named[2] ?? '').trim();
  return mentionsSubject(name, subject) || mentionsSubject(named[0], subject) ? null : groupKey(name);
}

// A sibling tier of the subject's brand: "Furlong Basic, at $22 a month, reimburses 70%" for `furlong-complete`.
/** The words that name a tier of a product ("Basic", "Plus", "Premium"…), as a regex alternation. */
export const TIER_LEVELS = 'Basic|Plus|Premium|Premier|Elite|Deluxe|Advanced|Complete|Comprehensive|Lite|Essential|Essentials|Standard|Starter|Pro|Max|Mini|Ultra|Family|Student|Business|Gold|Silver|Platinum';
const TIER_NAME = new RegExp(String.raw`\b([A-Z][\w'’-]*)\s+(${TIER_LEVELS})\b`, 'g');

/**
 * The sibling tier named last before a figure ("basic"): its brand is a word of the subject and the tier word is
 * not, and the subject's own name does not come between. Only for a subject of several words, a product within a
 * brand ("furlong-complete", "greenlark-r800"): for `lingora`, "Lingora Plus" is the subject's own paid tier. Null
 * when none.
 */
export function siblingTierOf(text: string, value: TextRange, subject: string): string | null {
  if (!/[^a-z0-9][a-z0-9]/i.test(subject)) return null;
  let tier: RegExpMatchArray | undefined;
  for (const found of text.slice(0, value.start).matchAll(TIER_NAME)) tier = found;
  if (tier === undefined || tier.index === undefined) return null;
  const [, brand, level] = tier as unknown as [string, string, string];
  if (!mentionsSubject(brand, subject) || mentionsSubject(level, subject)) return null;
  return namesSubject(text.slice(tier.index + tier[0].length, value.start), subject) ? null : groupKey(level);
}

// A model code: a short letter prefix and a number ("P1500", "S3", "D-4", "R800X").
const MODEL_CODE = /\b([A-Za-z]{1,3})-?(\d{1,5})([A-Za-z]{0,2})\b/g;

/**
 * A sibling model of the subject, when the subject's name has a model code and the last model code before the
 * figure has the same prefix but another number: "The Tundrix P900, our compact model, recharges in about 2 hours"
 * for `tundrix-p1500`, "The Orvella S1 costs $79" for `orvella-s3` ("p900", "s1"). Null when none.
 */
export function siblingModelOf(text: string, value: TextRange, subject: string): string | null {
  const own = subject
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((word) => /^([a-z]{1,3})(\d{1,5})([a-z]{0,2})$/.exec(word))
    .find((code) => code !== null);
  if (own === undefined || own === null) return null;
  let last: RegExpMatchArray | undefined;
  for (const found of text.slice(0, value.start).matchAll(MODEL_CODE)) if ((found[1] as string).toLowerCase() === own[1]) last = found;
  if (last === undefined) return null;
  const code = `${(last[1] as string).toLowerCase()}${last[2] as string}${(last[3] as string).toLowerCase()}`;
  return code === own[0] ? null : code;
}

// An offer that holds for a while or for some buyers: "For a limited time, use code COLDSTART to get it for $4,490",
// "New customers get 60% off their first box, which works out to $2.99 per serving", "Introductory sessions are
// $39", "the launch price of $399". Only words that say so, never a bare "first month" ("94% lose weight in the
// first month").
const PROMOTION =
  /\b(?:introductory|intro\s+(?:offer|price|rate|apr|deal|special)s?|promotions?|promo(?:tional)?\s+(?:price|pricing|offer|rate|apr|code|discount|period|deal)s?|limited[- ]time|for\s+a\s+limited\s+time|(?:use|using|with|enter)\s+(?:the\s+)?(?:promo\s+)?code|coupon|\d+\s*%\s+off|\$\d[\d,.]*\s+off|welcome\s+(?:offer|discount)|sign[- ]?up\s+(?:offer|deal|discount)|(?:new[- ]|first[- ]time\s+)(?:client|customer|patient|member|subscriber|family|buyer)s?(?:'s?)?\s+(?:special|offer|discount|deal)|launch\s+(?:price|offer|special|deal|sale|discount)|(?:during|at)\s+(?:the\s+|its\s+)?launch\b|early[- ]bird|on\s+sale|sale\s+price|black\s+friday|cyber\s+monday|(?:spring|summer|autumn|fall|winter|holiday|christmas|easter|anniversary|clearance|flash|seasonal|boxing\s+day|prime\s+day)\s+sale|early\s+booking|book(?:ing)?\s+(?:before|by)|(?:spring|summer|autumn|fall|winter|holiday|christmas|easter|anniversary|seasonal|special|limited|exclusive|flash|weekend)\s+(?:offer|deal|special|promotion|discount)|(?:valid\s+)?until\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|instead\s+of(?=\s+(?:the\s+|our\s+|its\s+|a\s+)?(?:regular|usual|normal|standard|full|list)\b))\b/i;
// A price for a first period only: "$95 ($0 first year)", "$0 for the first year", "waived the first year". Only for
// money: "94% lose weight in the first month" is no offer.
// So is a first visit's price: "Your first float with us is just $49".
const FIRST_PERIOD =
  /\b(?:for\s+)?(?:the|your|a)\s+first\s+(?:year|month|box|order|delivery)\b|\bfirst\s+(?:year|month)\b(?=\s*(?:\)|$))|\bwaived\b|\b(?:the|your|a)\s+first\s+(?:session|visit|float|class|lesson|treatment|appointment)\s+(?:(?:with|at)\s+\w+\s+)?(?:is|costs)\b/i;
// What comes after a price with "plus" or "and includes" is another thing, and so is its discount: "Memberships
// cost $69 a month and include one float plus 20% off extra floats".
const ANOTHER_THING = /\b(?:plus|and\s+(?:include|includes|get|gets))\b/i;
const OFFER = new RegExp(PROMOTION.source, 'gi');
const OFFER_FOR_MONEY = new RegExp(`${PROMOTION.source}|${FIRST_PERIOD.source}`, 'gi');
// What the offer becomes, or the price it is set against: "then 21.99%", "(regular price $549)", "renews at", "When
// the promotional period ends, the standard APR applies"; or
// a clause of its own ("Introductory sessions are $39, and unlimited memberships start at $199").
const REGULAR =
  /[;]|,\s+(?:and|but|while|whereas)\b|\b(?:then|after\s+that|afterwards?|thereafter|regular(?:ly)?|normally|usually|standard\s+(?:price|rate|pricing|apr|apy)|full\s+price|list\s+price|lists\s+at|renews?\s+at|reverts?\s+to|goes\s+up\s+to|rises\s+to|ends|ended|expires|expired|runs\s+out)\b/i;

/**
 * "promotion" when a figure is an offer's: its sentence names the offer before it, or its clause after it, with
 * nothing between that says the price goes back ("then", "regular price"). Such figures are compared only with
 * other offers, so a promo price never meets the list price. Null when none.
 */
export function promotionOf(text: string, value: TextRange & { unit: string }): string | null {
  if (value.unit === '%' && RATE_FOR_FIRST.test(text.slice(value.end, value.end + 60))) return 'promotion';
  const before = text.slice(0, value.start);
  const money = value.unit !== '%' && value.unit !== 's' && value.unit !== '';
  const marker = money ? OFFER_FOR_MONEY : OFFER;
  // matchAll starts where the shared pattern's last exec left off: from the start, always.
  marker.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (const found of before.matchAll(marker)) last = found as RegExpExecArray;
  // "After the promo period, rates often jump to 19-29% APR": what follows the offer is the regular rate.
  if (last !== null && FOLLOWING.test(before.slice(0, last.index))) return null;
  if (last !== null && !REGULAR.test(before.slice(last.index + last[0].length))) return 'promotion';
  const end = clauseEnd(text, value.end, /[,;.!?()]/);
  marker.lastIndex = 0;
  const after = marker.exec(text.slice(value.end, end));
  const between = after === null ? '' : text.slice(value.end, value.end + after.index);
  return after !== null && !REGULAR.test(between) && !ANOTHER_THING.test(between) ? 'promotion' : null;
}

const FOLLOWING = /\b(?:after|once|following|beyond)\s+(?:the\s+|your\s+|an?\s+|this\s+|that\s+|its\s+)?$/i;

// A rate for a first period only: "6.99% APR for the first six months" (not "10% feel dizzy for the first few days").
const RATE_FOR_FIRST = /^\s*(?:intro(?:ductory)?\s+)?(?:apr|apy|rate|interest(?:\s+rate)?)\s+for\s+the\s+first\b/i;

// A verb in the past: a regular one ("carried", "lasted"; not "need" or "exceed") or a common irregular one.
const PAST_VERB = String.raw`(?:was|were|had|used\s+to|cost|came|ran|took|gave|got|paid|sold|made|went|kept|held|did|cut|spent|[a-z]{2,}[a-df-z]ed)`;
// A figure from before a date: "Before 2022, the refund window was 14 days" (the policy then, not now), or from the
// last season or year: "Last season the same pass cost $799", "Last year it had blackout dates". (A handle may come
// first.) Only with a verb in the past: "Last year's model is still on sale" is no figure of then.
const EARLIER_PERIOD = new RegExp(
  String.raw`(?:^|[:;]\s)\W*(?:[\w.-]+:\s*)?(?:(before|until|prior\s+to|up\s+to|through|back\s+in)\s+((?:19|20)\d\d)|(last\s+(?:season|year|winter|summer|spring|autumn|fall))|((?:a|one|two|three)\s+(?:seasons?|years?)\s+ago))\b[^.;]*?\b${PAST_VERB}\b`,
  'i',
);
// Before something that happened at a date: "Before phenol became standard in the 1970s, surgeons …, and recurrence
// was 50%".
const BEFORE_DATED_EVENT = new RegExp(
  String.raw`^\W*(?:[\w.-]+:\s*)?(?:before|until|prior\s+to)\s+[^,.;:]{1,60}?\s(?:in|by)\s+((?:the\s+)?(?:19|20)\d\d(?:s\b)?)\s*,[^.;]*?\b${PAST_VERB}\b`,
  'i',
);
// A decade before this one is past whatever the verb: "In the 1980s, patients typically stayed in the hospital…".
const PAST_DECADE = /^\W*(?:[\w.-]+:\s*)?(?:in|during|back\s+in|throughout)\s+(the\s+(?:19\d|200|201)0s)\b/i;
const DECADE_THEN = /\b(?:in|during|back\s+in|throughout|from)\s+(the\s+(?:19\d|200|201)0s)\b/i;

const PRICE_IN_YEAR = new RegExp(String.raw`(?:^|[:;]\s)\W*in\s+((?:19|20)\d\d)\b,?\s+(?:[\w'’-]+\s+){1,4}?(?:cost|was|were|ran|sold\s+for|went\s+for|charged|paid)\b`, 'i');

// A sentence that opens with a time now past and says what was then: "Until recently, the device only lasted two to
// five years", "In the past, patients stayed in hospital for a week".
const ONCE_WAS = new RegExp(String.raw`^\W*(?:until\s+recently|previously|in\s+the\s+past|historically|in\s+earlier\s+years)\b[^.;]*?\b${PAST_VERB}\b`, 'i');

const USED_TO = /\bused\s+to\s+(?:be|cost|have|take|last|run|give|offer|charge|include|come)\b/i;

/** "before-2022", "back-in-2022", "last-season", "two-years-ago", "in-the-1980s", "earlier" for a figure of a sentence that opens with an earlier period, or null. */
export function earlierPeriodOf(text: string, value: TextRange, unit?: string): string | null {
  // The year is the figure itself, on a topic of years: "Since opening our doors back in 2009" is when it began.
  if (/^(?:1[6-9]|20)\d\d$/.test(text.slice(value.start, value.end)) && /\bback\s+in\s+$/i.test(text.slice(Math.max(0, value.start - 12), value.start))) return null;
  // "The notice period used to be 14 days": what it was before.
  if (USED_TO.test(text.slice(clauseStart(text, value.start, /[;:.!?]/), value.start))) return 'earlier';
  const once = ONCE_WAS.exec(text);
  if (once !== null && once[0].length <= value.end + 40) return 'earlier';
  const decade = PAST_DECADE.exec(text);
  if (decade !== null && decade[0].length <= value.start) return groupKey(`in ${decade[1] as string}`);
  // A decade named before the figure with a verb in the past: "The first knee implants used in the 1970s only
  // lasted an average of 10 years".
  const then = DECADE_THEN.exec(text.slice(0, value.start));
  if (then !== null && SAID_IN_PAST.test(text.slice(then.index, value.start))) return groupKey(`in ${then[1] as string}`);
  const event = BEFORE_DATED_EVENT.exec(text);
  if (event !== null && event[0].length <= value.end + 40) return groupKey(`before ${event[1] as string}`);
  // What a price or an amount was in a year: "In 2019 a session cost $195". (Not a share, "In 2021, 70% improved"
  // is a study's, nor a yes or no: "In 2019 it was approved" may hold still.)
  const priced = unit !== undefined && unit !== '%' ? PRICE_IN_YEAR.exec(text) : null;
  if (priced !== null && priced.index + priced[0].length <= value.start) return groupKey(`in ${priced[1] as string}`);
  // A clause after a colon may open with the period: "The clinic has been around for a while: back in 2019, …".
  const found = EARLIER_PERIOD.exec(text);
  if (found === null || found.index + found[0].length > value.end + 40) return laterYearMention(text, value);
  // "Back in 2021 it was cheaper; today a float costs $89": the figure past a turn to now is today's.
  if (found.index + found[0].length < value.start && TURN_TO_NOW.test(text.slice(found.index + found[0].length, value.start))) return null;
  // Not "In 2019 it was approved": what happened in a year may hold still. "Back in 2022" is then, as "before 2023" is.
  const [, preposition, year, last, ago] = found;
  if (year === undefined) return groupKey((last ?? ago) as string);
  return `${/^back/i.test(preposition as string) ? 'back-in' : 'before'}-${year}`;
}

// "A float cost $65 back in 2021", "When I first visited back in 2021, a float cost $65": "back in" a year is then,
// wherever it stands. So is the year of a "when" the sentence opens with: "When I signed up in 2022, the excess was
// £79". Each only with a verb in the past, and not past a turn to now ("…; today it is $89").
const BACK_IN_YEAR = /\bback\s+in\s+((?:19|20)\d\d)\b/i;
const WHEN_IN_YEAR = /^\W*when\s+[^,.;:]{1,60}?\bin\s+((?:19|20)\d\d)\s*,/i;
const SAID_IN_PAST = new RegExp(String.raw`\b${PAST_VERB}\b`, 'i');
const TURN_TO_NOW = /;|\b(?:now|today|nowadays|currently|these\s+days|this\s+year)\b/i;

/** The earlier year a sentence names past its opening ("back-in-2021", "in-2022"), for a figure on its side of any turn to now; or null. */
function laterYearMention(text: string, value: TextRange): string | null {
  const back = BACK_IN_YEAR.exec(text);
  const when = back === null ? WHEN_IN_YEAR.exec(text) : null;
  const mention = back ?? when;
  if (mention === null || !SAID_IN_PAST.test(text)) return null;
  const between = mention.index < value.start ? text.slice(mention.index + mention[0].length, value.start) : text.slice(value.end, mention.index);
  if (TURN_TO_NOW.test(between)) return null;
  return back !== null ? `back-in-${back[1] as string}` : groupKey(`in ${(when as RegExpExecArray)[1] as string}`);
}

// A case the sentence opens with, or its clause after a label: "One thing to watch: if you claim within the first 60
// days of the policy, the excess is £400".
const OPENING_CASE = /^(?:[^:.!?]{1,40}:)?\W*if\s+([^,;:]{3,80}),/i;
const CASE_BEFORE = /^\W*(if\s+so|in\s+(?:that|this|such|those|these)\s+cases?|when\s+(?:that|this)\s+happens)\s*,/i;
const USING_IT = new Set(['try', 'tried', 'decide', 'start', 'choose', 'buy', 'want', 'use', 'take', 'go', 'all', 'everything', 'follow', 'stick', 'book', 'sign', 'get', 'opt', 'proceed', 'order', 'need', 'like', 'wish', 'plan', 'nothing', 'this', 'that']);
const HOW_OFTEN = /\b(?:once|twice|\d{1,3}\s+times|daily|every\s+(?:day|night|week|month)|(?:a|per)\s+(?:day|night|week|month)|rarely|occasionally|heavily|lightly)\b/i;
// Nor is what the reader wants from the page: "If you're looking for a quick number, here it is: …".
const READER_WANTS = /\b(?:looking\s+for|want|need|just\s+want|after)\s+(?:a\s+|the\s+|one\s+)?(?:quick|short|simple|rough|ballpark|straight|single|bottom-line)?\s*(?:number|answer|estimate|figure|summary|version|rule\s+of\s+thumb|takeaway|verdict)\b/i;
// Nor is changing one's mind about it, the premise of every refund (see caseOf): "If you change your mind, you can get
// your money back within a month", "If you're not satisfied, return it within 30 days" (but "If not treated, …" is a case).
const CHANGED_MIND = /^(?:change|changed|unhappy|dissatisfied|unsatisfied|not (?:satisfied|happy|pleased|delighted|convinced)\b)/;
// Said of the thing instead: "If the board isn't right for you", "If a title isn't for you", "if you don't like it".
// (Not "if it doesn't work for you", which is a case of its own: a treatment that fails.)
const NOT_FOR_YOU = /\b(?:isn['’]?t|is\s+not|aren['’]?t|are\s+not|not)\s+(?:quite\s+)?(?:right\s+)?for\s+you\b|\b(?:doesn['’]?t|does\s+not)\s+suit\s+you\b|\bdon['’]?t\s+(?:like|love)\s+it\b/i;
const CASE_FILLER = new Set(['you', 'your', 'we', 'our', 'it', 'its', 'they', 'their', 'the', 'a', 'an', 'is', 'are', 'do', 'does', 'have', 'has', 're', 've', 's', 'm']);

// How much it is used, opening the sentence: "At 3 hours a day, a 50,000-hour bulb can last over 45 years", "With two
// loads per week, …".
const OPENING_RATE_OF_USE =
  /^\W*(?:at|with|using\s+it|used)\s+(?:about\s+|around\s+|roughly\s+)?(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(hours?|times|uses|sessions|loads|cycles|miles)\s+(?:a|per|each)\s+(day|night|week|month|year)\b/i;

/** The rate of use a sentence opens with ("at-3-hours-a-day"): a lifespan at that rate is that rate's. Null when none. */
export function rateOfUseOf(text: string, value: TextRange): string | null {
  const found = OPENING_RATE_OF_USE.exec(text);
  if (found === null || value.start < found[0].length) return null;
  return groupKey(`at ${found[1] as string} ${found[2] as string} a ${found[3] as string}`);
}

/**
 * The case a figure holds in, when its sentence opens with one ("If you claim for subsidence, the excess is
 * £1,000") or one follows the figure ("…last 5-6 months if you only wash your hair once a week"): keyed by its first
 * words (`if-claim-for-subsidence`), so it meets only figures for the same case.
 */
export function caseOf(text: string, value: TextRange): string | null {
  // "If so, the chances of success are about 40%", "In that case, …": a case the sentence before set up ("arthritis
  // may already be present"), which this one's figures hold in.
  const earlier = CASE_BEFORE.exec(text);
  if (earlier !== null && value.start >= earlier[0].length) return groupKey((earlier[1] as string).replace(/\s+/g, ' '));
  const found = OPENING_CASE.exec(text);
  if (found !== null && value.start >= found[0].length) return caseKey(found[1] as string);
  // "In cases of more severe scarring, additional treatments may be necessary": the cases named hold its figures.
  const cases = CASES_OF.exec(text);
  if (cases !== null && value.start >= cases[0].length) {
    const words = caseWords(cases[1] as string);
    if (words.length > 0) return `in-cases-of-${words.slice(0, 3).join('-')}`;
  }
  // …or the case follows the figure, when it says how often or how hard the thing is used: "The treatment can last 5-6
  // months if you only wash your hair once or twice a week". (Not any condition after it: in "the warranty is three
  // years if you register the kit" the condition is part of the term, and "one year, registration or not" denies it.)
  const after = TRAILING_CASE.exec(text.slice(value.end));
  return after === null || !HOW_OFTEN.test(after[1] as string) ? null : caseKey(after[1] as string);
}

const CASES_OF = /^\W*in\s+(?:cases?|instances?)\s+(?:of|with|where|when)\s+([^,;:]{3,60}),/i;
// A case right after a figure (past "or more", "or longer"), read as far as the clause goes.
const TRAILING_CASE = /^\s{0,3}(?:or\s+(?:more|longer|less)\s+)?if\s+([^,;:.!?]{3,80})/i;

/** The words that name a case, without pronouns, articles and auxiliaries. */
function caseWords(clause: string): string[] {
  return clause.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '' && !CASE_FILLER.has(word));
}

/** The key of the case an "if" clause sets (`if-claim-for-subsidence`), or null when it is no case of its own. */
function caseKey(clause: string): string | null {
  const words = caseWords(clause);
  // Taking it up at all is no case of its own: "If you try it, give it three months", "If all goes well, …".
  // (How often one uses it is a case: "If you use your power station once or twice a week, it may last only one to
  // two years".)
  const taken = USING_IT.has(words[0] as string) && !HOW_OFTEN.test(clause);
  if (words.length === 0 || taken || CHANGED_MIND.test(words.join(' ')) || NOT_FOR_YOU.test(clause) || READER_WANTS.test(clause)) return null;
  return `if-${words.slice(0, 3).join('-')}`;
}

/** Where the stretch of text that starts at `at` ends: at the first of the `stops` from there, or the text's end. */
export function clauseEnd(text: string, at: number, stops: RegExp): number {
  let end = at;
  while (end < text.length && !isStop(text, end, stops)) end++;
  return end;
}

/** Where the stretch of text that ends at `at` begins: just after the last of the `stops` before it, or 0. */
export function clauseStart(text: string, at: number, stops: RegExp): number {
  let start = at;
  while (start > 0 && !isStop(text, start - 1, stops)) start--;
  return start;
}

/** Whether the character at `index` is one of the `stops`: a decimal point ("88.8%") or a thousands comma is none. */
function isStop(text: string, index: number, stops: RegExp): boolean {
  const character = text[index] ?? '';
  if (!stops.test(character)) return false;
  return !((character === '.' || character === ',') && DIGIT.test(text[index - 1] ?? '') && DIGIT.test(text[index + 1] ?? ''));
}
const DIGIT = /\d/;

// Words that join a subject's name to what follows it: its head noun comes before them ("physical therapy for back pain").
const NAME_JOINS: ReadonlySet<string> = new Set(['for', 'of', 'in', 'with', 'to', 'vs', 'versus', 'and', 'on', 'at']);
// Words that may open a clause before a kind of the subject, and name no kind themselves: determiners, counts, praise,
// the everyday case ("Most standard crowns", "a traditional bulb").
const NO_KIND: ReadonlySet<string> = new Set(
  (
    'a an the this that these those such its their our your his her my any each every all both most many some few several ' +
    'more less no one new newer newest modern today good great better best quality high-quality well-made well-maintained ' +
    'typical average usual normal standard cheap cheaper expensive pricier home household residential used top leading popular ' +
    'common single first second last same own real true proper certain various different individual given whole entire ' +
    'full complete total original current existing replacement surgical professional even only also just keep in mind'
  ).split(' '),
);
// Words that are no kind of anything: "After cataract surgery, most patients…".
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'after before following since during from with without for of in on at by about like than as to into through under over per via is are was were be can may will'.split(' '),
);
// Words that may follow the head of a noun phrase: verbs of its sentence, adverbs, prepositions, relative pronouns.
const ENDS_NOUN_PHRASE: ReadonlySet<string> = new Set(
  (
    'is are was were be been being can could may might will would should must do does did have has had last lasts lasted ' +
    'lasting cost costs take takes took tend tends need needs require requires offer offers earn earns pay pays run runs ' +
    'come comes give gives provide provides hold holds work works get gets go goes carry carries range ranges average ' +
    'averages usually typically often generally normally only also still even just almost about around roughly ' +
    'that which who whose like such in on for with from at by to of and or but than as'
  ).split(' '),
);
// Words that set a kind against the newer or special one an article is about.
const CONTRASTED: ReadonlySet<string> = new Set(['conventional', 'traditional', 'ordinary', 'regular', 'classic', 'old-fashioned', 'old-school']);

/** The index of a contrasting word ("conventional") up to three plain describing words before `k`, or -1. */
function contrastedBefore(lower: readonly string[], k: number): number {
  for (let back = k - 1; back >= Math.max(0, k - 3); back--) {
    const word = lower[back] as string;
    if (CONTRASTED.has(word)) return back;
    if (!/^[a-z][a-z-]+$/.test(word) || NO_KIND.has(word) || FUNCTION_WORDS.has(word) || OPENS_CLAUSE.has(word)) return -1;
  }
  return -1;
}

// What ends the stretch a kind may open: a clause break, or a conjunction that starts a clause.
const CLAUSE_BREAK = /[,;:()—–]/;
const OPENS_CLAUSE: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'and', 'or', 'though', 'although', 'unlike', 'versus', 'vs']);

/**
 * Whether the word at `at` is the "to" or "with" of a comparison, which opens what is compared as a clause does:
 * "Compare this to traditional upright vacuums, which commonly last 8-12 years", "compared with gas mowers".
 */
function comparedTo(lower: readonly string[], at: number): boolean {
  if (lower[at] !== 'to' && lower[at] !== 'with') return false;
  const previous = lower[at - 1] ?? '';
  return COMPARE.has(previous) || (POINTERS.has(previous) && COMPARE.has(lower[at - 2] ?? ''));
}
const COMPARE: ReadonlySet<string> = new Set(['compare', 'compared', 'comparing', 'comparison', 'relative']);
const POINTERS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'them', 'these', 'those']);
const TOKEN = /[A-Za-z0-9][\w'’-]*|[,;:()—–]/g;

/**
 * Whether a word is of the subject's name: each part of it a word of the name, or the end of one written as a word of
 * its own ("lash extensions" for `eyelash-extensions`, "brush heads" for `toothbrush-heads`).
 */
function isOfName(word: string, nameWords: ReadonlySet<string>): boolean {
  return word.split('-').every((part) => nameWords.has(part) || (part.length >= 4 && [...nameWords].some((own) => own.length > part.length + 2 && own.endsWith(part))));
}

/** The head noun of a subject of two or more words in its forms ("bulb", "bulbs"), and the words of its name. */
function headOf(subject: string): { heads: Set<string>; words: Set<string> } | null {
  const all = subject.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
  const join = all.findIndex((word) => NAME_JOINS.has(word));
  const name = join > 0 ? all.slice(0, join) : all;
  const head = name[name.length - 1];
  // A name of one word (a drug, a brand, a treatment) has no kinds written before it: "took semaglutide".
  if (name.length < 2 || head === undefined || head.length < 3 || /\d/.test(head)) return null;
  const singular = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
  const plural = singular.endsWith('y') ? `${singular.slice(0, -1)}ies` : `${singular}s`;
  const words = new Set(all.flatMap((word) => [word, word.endsWith('s') ? word.slice(0, -1) : `${word}s`]));
  return { heads: new Set([singular, plural, `${singular}es`]), words };
}

// "46% and 85% for the live and recombinant vaccines, respectively": the things the figures belong to, in order.
const RESPECTIVE_THINGS = /\b(?:for|in|among|with|of|from)\s+(?:the\s+)?([a-z][\w-]*)(?:,\s+([a-z][\w-]*))?,?\s+and\s+([a-z][\w-]*)\b[^.;!?]{0,40}?,?\s+respectively\b/i;

/**
 * The thing a figure belongs to in a sentence that gives several "respectively": "vaccine effectiveness being 46%
 * and 85% for the live and recombinant vaccines, respectively" keys 46% by `live` and 85% by `recombinant`. A
 * sentence that says "respectively" without naming its things in a list this reads keys its figures apart all the
 * same (`respectively`): each belongs to something else.
 */
export function respectiveOf(text: string, value: TextRange, values: readonly TextRange[]): string | null {
  if (!/\brespectively\b/i.test(text)) return null;
  const things = RESPECTIVE_THINGS.exec(text);
  // Unread things: only the figures listed together belong to them ("a revision rate of 2.2% and survivorships of 99,
  // 97 and 96% at five, ten and 13 years, respectively": not the 2.2%).
  if (things === null) return inFigureList(text, value, values) ? 'respectively' : null;
  const names = [things[1], things[2], things[3]].filter((name): name is string => name !== undefined);
  const figures = values.filter((figure) => figure.end <= things.index && DIGIT.test(text.slice(figure.start, figure.end)));
  const position = figures.findIndex((figure) => figure.start === value.start);
  return position >= 0 && figures.length === names.length ? groupKey(names[position] as string) : 'respectively';
}

/** Whether a figure stands in a list of figures with nothing but commas, "and" or "or" between them ("99, 97 and 96%"). */
function inFigureList(text: string, value: TextRange, values: readonly TextRange[]): boolean {
  const sorted = [...values].sort((a, b) => a.start - b.start);
  const at = sorted.findIndex((figure) => figure.start === value.start);
  const joined = (a: TextRange | undefined, b: TextRange | undefined): boolean => a !== undefined && b !== undefined && LIST_JOIN.test(text.slice(a.end, b.start));
  return at >= 0 && (joined(sorted[at - 1], value) || joined(value, sorted[at + 1]));
}
const LIST_JOIN = /^\s*(?:,\s*|,?\s*(?:and|or)\s+)$/i;

/**
 * Two kinds of the subject named side by side in one sentence, each with its figure: "the efficacy of the live zoster
 * vaccine to be between 50 and 70% and for the recombinant vaccine to be higher at 90 to 97%" in an article on
 * `shingles-vaccine`, "gas dryers last about 13 years, electric dryers about 11". The figure belongs to the kind named
 * last before it (`@zoster`, `@recombinant`). Null unless the sentence names two kinds, neither of them the subject's
 * own name.
 */
export function kindsSideBySideOf(text: string, value: TextRange, subject: string): string | null {
  const name = headOf(subject);
  if (name === null) return null;
  const tokens = [...text.matchAll(TOKEN)];
  const lower = tokens.map((token) => token[0].toLowerCase());
  const ofName = (word: string): boolean => isOfName(word, name.words);
  const kinds: { kind: string; at: number }[] = [];
  lower.forEach((word, index) => {
    if (!name.heads.has(word)) return;
    let k = index - 1;
    while (k >= 0 && ofName(lower[k] as string)) k--;
    const modifier = lower[k];
    const spelled = tokens[k]?.[0] ?? '';
    const named = modifier !== undefined && /^[a-z][a-z-]{2,}$/.test(modifier) && !NO_KIND.has(modifier) && !FUNCTION_WORDS.has(modifier) && !OPENS_CLAUSE.has(modifier) && !/ly$/.test(modifier);
    // A capitalised word inside a sentence may be a brand's name, which is the subject's.
    if (named && !(/^[A-Z][a-z]/.test(spelled) && k > 0)) kinds.push({ kind: modifier, at: (tokens[index] as RegExpMatchArray).index ?? 0 });
  });
  if (new Set(kinds.map(({ kind }) => kind)).size < 2) return null;
  const before = kinds.filter(({ at }) => at < value.start);
  const last = before[before.length - 1];
  return last === undefined ? null : groupKey(last.kind);
}

/**
 * The kind of the subject a figure is said of, when the clause it stands in opens with another kind of the subject:
 * "Incandescent light bulbs … only last about 1,000 hours" in an article on `led-light-bulbs` ("incandescent"), "PFM
 * crowns may last 8–15 years" in one on `dental-crowns` ("pfm"), "Keep in mind, a traditional bulb only lasts…".
 * Such figures are compared only with figures for the same kind. Null when the subject's own name opens it ("LED
 * bulbs", "Most crowns"), when the subject is named again before the figure, for a subject named in one word, and
 * for a word that may be a name ("The Voyager card": only an acronym or the sentence's first word).
 */
export function kindOf(text: string, value: TextRange, subject: string): string | null {
  const name = headOf(subject);
  if (name === null) return null;
  const tokens = [...text.slice(0, value.start).matchAll(TOKEN)];
  const lower = tokens.map((token) => token[0].toLowerCase());
  let at = -1;
  for (let index = lower.length - 1; index > 0; index--) {
    if (name.heads.has(lower[index] as string)) {
      at = index;
      break;
    }
  }
  if (at <= 0) return null;
  // The head ends its noun phrase: "Incandescent bulbs last", "PFM crowns, for instance," (not "Mild hyperbaric oxygen
  // therapy", whose head is "therapy", nor "Lip filler results").
  const next = tokens[at + 1]?.[0];
  if (next !== undefined && /^[a-z]/i.test(next) && !ENDS_NOUN_PHRASE.has(next.toLowerCase()) && !/ly$/i.test(next)) return null;
  const ofName = (word: string): boolean => isOfName(word, name.words);
  // The subject named again after it, by its head or a short name of its own: "Incandescent bulbs last 1,000 hours,
  // while LEDs last 25,000" (not a common word of its name: "the average annual percentage yield").
  const namedAgain = (spelled: string): boolean => name.heads.has(spelled.toLowerCase()) || (/^[A-Z]{2,6}s?$/.test(spelled) && ofName(spelled.toLowerCase()));
  if (tokens.slice(at + 1).some((token) => namedAgain(token[0]))) return null;
  // Past the words of the subject's name before its head ("Incandescent light bulbs", "regular checking accounts").
  let k = at - 1;
  while (k >= 0 && ofName(lower[k] as string)) k--;
  // Past a short name in brackets: "Porcelain-fused-to-metal (PFM) crowns".
  if (lower[k] === ')' && lower[k - 2] === '(') k -= 3;
  // "A conventional storage tank water heater lasts 8 to 12 years" in an article on tankless ones: a word that sets
  // a kind against the usual one may stand a few describing words before the head, and it names the kind.
  const contrast = contrastedBefore(lower, k);
  if (contrast >= 0) k = contrast;
  const modifier = tokens[k];
  if (modifier === undefined) return null;
  const word = lower[k] as string;
  // Nor a single letter: the "e" of "(i.e. physical therapy)".
  if (NO_KIND.has(word) || FUNCTION_WORDS.has(word) || CLAUSE_BREAK.test(word) || OPENS_CLAUSE.has(word) || ofName(word) || /\d|ly$/.test(word) || word.length < 2) return null;
  // A capitalised word inside a sentence may be a name ("The Voyager card"); an acronym is a kind ("PFM crowns").
  const spelled = modifier[0];
  if (/^[A-Z][a-z]/.test(spelled) && k > 0) return null;
  // The kind opens its clause, after nothing but words that name no kind: "Most incandescent bulbs", not "people who
  // took them", "one of the busier mapping clinics".
  for (let back = k - 1; back >= 0; back--) {
    const before = lower[back] as string;
    if (CLAUSE_BREAK.test(before) || OPENS_CLAUSE.has(before) || comparedTo(lower, back)) break;
    // The writer's own are the subject's: "Our same-day implants … last a lifetime".
    if (before === 'our') return null;
    // "For regular checking accounts that pay interest, the average APY is just 0.22%".
    if (back === 0 && (before === 'for' || before === 'among')) break;
    // One more describing word, right after a comparison's "to": "Compare this to traditional upright vacuums" is
    // upright. (Not elsewhere: "A pharmacy boil-and-bite guard" may be the subject's own kind, seen from a shop.)
    const describing = back === k - 1 && comparedTo(lower, back - 1) && /^[a-z-]{3,}$/.test(before) && !FUNCTION_WORDS.has(before);
    if (!NO_KIND.has(before) && !describing) return null;
  }
  return groupKey(word.replace(/['’]s?$/, ''));
}
