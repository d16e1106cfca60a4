import { describe, expect, it } from 'vitest';
import { runRuleExamples } from '../../src/rules/examples.js';
import { BUILTIN_RULES, loadRuleSetSource, loadRuleSets } from '../../src/rules/load.js';

describe('rule examples', () => {
  for (const [name, paths] of [
    ['built-in rule sets', [BUILTIN_RULES]],
    ['the home-solar fixture set', ['fixtures/rules/home-solar.yaml']],
    ['the savings fixture set', ['fixtures/rules/savings.yaml']],
    // Written by the held-out round's rule author from the README alone (fixtures/held-out/README.md).
    ['the solar-roof fixture set', ['fixtures/rules/solarroof.yaml']],
    ['the robo-advisor fixture set', ['fixtures/rules/robo.yaml']],
    ['the bootcamp fixture set (a weekly workload: "hours a week" measures a duration per week)', ['fixtures/rules/bootcamp.yaml']],
    ['the e-bike fixture set', ['fixtures/rules/ebike.yaml']],
    ['the water-filter fixture set', ['fixtures/rules/waterfilter.yaml']],
    // The eighth round's rule author, likewise.
    ['the heat-pump fixture set', ['fixtures/rules/heatpump.yaml']],
    ['the mortgage fixture set', ['fixtures/rules/mortgage.yaml']],
    ['the EV-battery fixture set', ['fixtures/rules/evbattery.yaml']],
    ['the dog-food fixture set', ['fixtures/rules/petfood.yaml']],
    // And the tenth round's.
    ['the home-battery fixture set', ['fixtures/rules/homebattery.yaml']],
    ['the water-softener fixture set', ['fixtures/rules/watersoftener.yaml']],
    ['the language-app fixture set', ['fixtures/rules/langapp.yaml']],
    // And the eleventh round's.
    ['the robot-vacuum fixture set', ['fixtures/rules/robovac.yaml']],
    ['the meal-kit fixture set', ['fixtures/rules/mealkit.yaml']],
    ['the tutoring fixture set', ['fixtures/rules/tutoring.yaml']],
    // And the twelfth round's.
    ['the mattress fixture set', ['fixtures/rules/mattress.yaml']],
    ['the robot-mower fixture set', ['fixtures/rules/mower.yaml']],
    ['the travel-card fixture set', ['fixtures/rules/travelcard.yaml']],
    // And the thirteenth round's.
    ['the espresso-machine fixture set', ['fixtures/rules/espresso.yaml']],
    ['the VPN fixture set', ['fixtures/rules/vpn.yaml']],
    ['the smart-lock fixture set', ['fixtures/rules/smartlock.yaml']],
    // And the fourteenth round's.
    ['the fitness-tracker fixture set', ['fixtures/rules/kestrel.yaml']],
    ['the cordless-drill fixture set', ['fixtures/rules/halvard.yaml']],
    ['the pet-insurance fixture set', ['fixtures/rules/furlong.yaml']],
    // And the fifteenth round's.
    ['the pool-robot fixture set', ['fixtures/rules/marlin.yaml']],
    ['the standing-desk fixture set', ['fixtures/rules/tallo.yaml']],
    ['the therapy-app fixture set', ['fixtures/rules/kindly.yaml']],
    // And round 26's first drafts.
    ['the home-insurance fixture set', ['fixtures/rules/brackenford-complete.yaml']],
    ['the power-station fixture set', ['fixtures/rules/tundrix-p1500.yaml']],
    // Round 31's rule author: a home-insurance policy and a stop-smoking clinic.
    ['the home-insurance fixture set', ['fixtures/rules/ferncastle-home-cover.yaml']],
    ['the stop-smoking clinic fixture set ("smoke-free" and a sibling programme)', ['fixtures/rules/calmleaf-hypnotherapy.yaml']],
    // Round 32's: a float studio (a temperature on °F) and a pet-insurance policy.
    ['the float-studio fixture set', ['fixtures/rules/driftwell-float.yaml']],
    ['the pet-insurance policy fixture set', ['fixtures/rules/brambleguard-pet-insurance.yaml']],
    ['the bike-shop fixture set', ['fixtures/rules/spokewright-cycles.yaml']],
    ['the cloud-backup plan fixture set', ['fixtures/rules/nimbrel-plus.yaml']],
    ['the swim-school fixture set', ['fixtures/rules/tidewater-swim-school.yaml']],
    ['the password-manager fixture set', ['fixtures/rules/keyvale-password-manager.yaml']],
  ] as const) {
    it(`every example of the ${name} behaves as written`, () => {
      const catalog = loadRuleSets([...paths], process.cwd());
      const { passed, failures } = runRuleExamples(catalog);
      expect(failures.map((failure) => `${failure.file}:${failure.line} ${failure.ruleId} should ${failure.expected === 'match' ? 'match' : 'not match'}: ${failure.text}`)).toEqual([]);
      expect(passed).toBeGreaterThan(0);
    });
  }

  it('reports an example that does not behave as written', () => {
    const catalog = loadRuleSets(['fixtures/rules/home-solar.yaml'], process.cwd());
    const rule = catalog.rules.find((item) => item.id === 'solar/guaranteed-savings');
    if (!rule) throw new Error('fixture rule missing');
    rule.examples = { match: ['Savings depend on the weather.'], nomatch: ['Enjoy guaranteed savings.'] };
    const { failures } = runRuleExamples(catalog);
    expect(failures.map((failure) => [failure.ruleId, failure.expected])).toEqual([
      ['solar/guaranteed-savings', 'match'],
      ['solar/guaranteed-savings', 'nomatch'],
    ]);
    expect(failures[0]?.reason).toBe('no pattern matched');
  });

  it("says when the match's own negation denies its figure, and that assertsOwnNegation keeps it; a '-free' phrase keeps it by itself", () => {
    const source = (phrase: string, example: string): string =>
      `id: ex\ntopics:\n  quit-rate:\n    compare: range\n    unit: "%"\nrules:\n  - id: quit\n    severity: info\n    topic: quit-rate\n    requireValue: true\n    message: Quit rate {value}.\n    match:\n      - phrase: ${phrase}\n    examples:\n      match:\n        - {text: '${example}', key: quit-rate, value: 82%}\n`;
    const run = (phrase: string, example: string): string[] => {
      const catalog = loadRuleSetSource(source(phrase, example), 'ex.yaml');
      return runRuleExamples({ rules: catalog.rules, topics: new Map(catalog.topics.map((topic) => [topic.id, topic])), files: ['ex.yaml'], comparators: [], pairs: [] }).failures.map((failure) => failure.reason ?? '');
    };
    expect(run('no longer smoke', 'At six months 82% of clients no longer smoke.')).toEqual([
      'a pattern matched, but the sentence denies it: "no" negates "longer smoke"; if the match\'s own negation is what it claims ("no longer smoke", "works without Wi-Fi"), add assertsOwnNegation: true',
    ]);
    expect(run('smoke-free', 'At six months 82% of clients are smoke-free.')).toEqual([]);
    // A "-free" match that fails for another reason is not said to be denied.
    expect(run('smoke-free', 'Most clients are smoke-free at six months.')[0]).toMatch(/^a pattern matched, but the sentence has no figure in the topic's unit/);
    // A negation from outside the phrase still denies the figure, and says so.
    expect(run('smoke-free', 'It is not true that 82% of clients are smoke-free.')[0]).toMatch(/^a pattern matched, but the sentence denies it: "not" negates/);
  });

  it('says why an example that should match did not: a pattern matched, but no figure was bound to it', () => {
    const catalog = loadRuleSetSource(
      'id: ex\ntopics:\n  bill:\n    compare: range\n    unit: "%"\nrules:\n  - id: save\n    severity: info\n    topic: bill\n    requireValue: true\n    message: Saves {value}.\n    match:\n      - phrase: save\n    examples:\n      match:\n        - Save 15% on installation this spring.\n',
      'ex.yaml',
    );
    const { failures } = runRuleExamples({ rules: catalog.rules, topics: new Map(catalog.topics.map((topic) => [topic.id, topic])), files: ['ex.yaml'], comparators: [], pairs: [] });
    expect(failures.map((failure) => failure.reason)).toEqual([
      'a pattern matched, but no figure in the topic\'s unit ("%") was bound to it within 12 words, or the figure was set aside as not the subject\'s (the writer\'s own case in a sentence opening with "I", one person\'s story, a rate per day or week, a price cut such as "30% off", a control group, a rival, a reason); `claim-audit inspect` shows the figures read',
    ]);
  });

  it('names the rule that took the figure, and a figure not followed by a unit word', () => {
    const catalog = loadRuleSetSource(
      [
        'id: shop',
        'topics:',
        '  mechanics: {compare: range, unit: "", unitWords: [mechanics]}',
        '  staff: {compare: range, unit: "", unitWords: [mechanics]}',
        'rules:',
        '  - id: count',
        '    severity: info',
        '    topic: mechanics',
        '    requireValue: true',
        "    message: 'Mechanics {value}.'",
        '    match: [{phrase: shop has}]',
        '    examples:',
        '      match: [The shop has two mechanics., The shop has two trained bike mechanics.]',
        "  - {id: other, severity: info, topic: staff, requireValue: true, message: 'Staff {value}.', match: [{phrase: two mechanics}]}",
        '',
      ].join('\n'),
      'shop.yaml',
    );
    const { failures } = runRuleExamples({ rules: catalog.rules, topics: new Map(catalog.topics.map((topic) => [topic.id, topic])), files: ['shop.yaml'], comparators: [], pairs: [] });
    expect(failures.map((failure) => failure.reason)).toEqual([
      'a pattern matched, but its figure "two" went to rule shop/other (topic staff), which reached it too',
      'a pattern matched, but no figure (read: "two") is followed by mechanics, with at most one describing word between',
    ]);
  });

  it('checks what a match example says the rule must read: its key, figure and polarity', () => {
    const catalog = loadRuleSetSource(
      [
        'id: drill',
        'topics:',
        '  warranty:',
        '    compare: range',
        '    unit: s',
        '    measures:',
        '      tool: [on the tool, tool]',
        '      battery: [on batteries, battery, batteries]',
        'rules:',
        '  - id: warranty',
        '    severity: info',
        '    topic: warranty',
        '    requireValue: true',
        '    message: Warranty {value}.',
        '    match:',
        '      - phrase: warranty',
        '    examples:',
        '      match:',
        '        - text: You get a five-year warranty on the tool.',
        '          key: warranty/tool',
        '          value: 5 years',
        '          polarity: affirmed',
        '        - text: Batteries carry a two-year warranty.',
        '          key: warranty/battery',
        '          value: 3 years',
        '        - text: Batteries carry a two-year warranty.',
        '          key: warranty/tool',
        // A value with an end only, written as the sentence does.
        '        - text: The tool has a warranty of up to 5 years.',
        '          key: warranty/tool',
        '          value: up to 5 years',
        '',
      ].join('\n'),
      'drill.yaml',
    );
    const { passed, failures } = runRuleExamples({ rules: catalog.rules, topics: new Map(catalog.topics.map((topic) => [topic.id, topic])), files: ['drill.yaml'], comparators: [], pairs: [] });
    expect(passed).toBe(2);
    expect(failures.map((failure) => failure.reason)).toEqual(['it read warranty/battery two-year affirmed', 'it read warranty/battery two-year affirmed']);
  });
});
