import { describe, expect, it } from 'vitest';
import { auditMarkdown, between, describeContradiction } from '../helpers.js';

describe('figures read where their words put them', () => {
  it('reads "nearly 90%" as close below 90%, so it disagrees with about 65% but not with 85%', () => {
    expect(between('Roughly two-thirds of participants (about 65%) reported a meaningful benefit.', 'Nearly 90% of users got a meaningful benefit.')).toEqual([
      'range efficacy-rate/success: a.md:1 vs b.md:1',
    ]);
    expect(between('About 85% of participants reported a meaningful benefit.', 'Nearly 90% of users got a meaningful benefit.')).toEqual([]);
  });

  it('reads a denied kind of side effect against any side effect of that kind, once per pair of lines', () => {
    expect(between('Our capsule means zero digestive side effects.', 'Bloating and cramping are common side effects in the first week.')).toEqual([
      'polarity side-effect/digestive-upset: a.md:1 vs b.md:1',
    ]);
    expect(between('No bloating, no digestive upset.', 'Common side effects: bloating and gas in the first week.')).toEqual(['polarity side-effect/bloating: a.md:1 vs b.md:1']);
    expect(between('Our capsule means zero digestive side effects.', 'Headaches are a common side effect.')).toEqual([]);
  });

  it('reads round 21\'s near-misses as what they are: a return to desk work, a visible side effect, a variant without a part, a last session', () => {
    // "work within" is how soon a treatment works, not when desk work resumes.
    expect(between('Most patients see results within about a week.', 'After a trim: desk work within about a week, running at around 4 to 6 weeks.')).toEqual([]);
    expect(between('Results show after 8 to 12 weeks.', 'It will work within a day.')).toEqual(['range onset: a.md:1 vs b.md:1']);
    // A word about the side effect right after it: the redness is what is visible for 1 to 3 days.
    expect(between('Results: first changes show at 4 to 6 weeks.', 'Visible redness: 1 to 3 days.')).toEqual([]);
    // "Duration of result" is how long it lasts, not when it shows.
    expect(between('First visible change: 4 to 8 weeks after the first session.', 'Duration of result: often 1 to 2 years.')).toEqual([]);
    expect(between('Results last about 6 months.', 'Duration of result: often 1 to 2 years.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    // The whole hospital visit is not the operation.
    expect(between('The procedure itself usually takes 30 to 45 minutes.', 'The whole hospital visit takes several hours.')).toEqual([]);
    // The subject without one of its parts is another treatment.
    const subject = '---\nsubject: microneedling-rf\n---\n';
    expect(between(`${subject}Most people need a course of three sessions.`, `${subject}Plain microneedling, without RF, usually needs more sessions, often 4 to 6.`)).toEqual([]);
    expect(between(`${subject}Most people need a course of three sessions.`, `${subject}Most people need 4 to 6 sessions.`)).toEqual(['range sessions-needed: a.md:4 vs b.md:4']);
    // An owner's figure explained by what was unusual: "but that was with beans straight out of the freezer".
    expect(between('The procedure takes about 45 minutes.', 'My procedure took 2 hours, but that was with a trainee doing it.')).toEqual([]);
    expect(between('The procedure takes about 45 minutes.', 'My procedure took 2 hours.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    // "with no numbing" denies the numbing, not the figure after the comma.
    expect(between('The procedure takes about 45 minutes.', 'Done with no numbing at all, the procedure takes 2 hours.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    // A poster's own luck, told after their report: "stiff, but no swelling".
    expect(between('Pain and swelling are common side effects for a couple of weeks.', '**rae** wrote:\nRan my first easy 5k at week 5: stiff, but no swelling.')).toEqual([]);
    expect(between('Pain and swelling are common side effects for a couple of weeks.', 'Ran my first easy 5k at week 5: stiff, but no swelling.')).toEqual(['polarity side-effect/swelling: a.md:1 vs b.md:1']);
    // "my last session" is the last one, not a verb of how long anything lasts.
    expect(between('Results typically last 1 to 2 years.', 'The scars kept improving for months after my last session.')).toEqual([]);
  });

  it('reads round 21\'s planted figures: a treatment finished in 30 minutes, pain-free patients, a recurrence rate', () => {
    expect(between('The whole treatment is finished in 30 minutes.', 'Each session lasts 60 to 90 minutes.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('95% of our patients are pain-free within three months.', 'In trials, roughly 1 in 2 people are pain-free at three months.')).toEqual(['range efficacy-rate/success: a.md:1 vs b.md:1']);
    expect(between('Hernias virtually never come back; recurrence is below 0.1%.', 'Recurrence after keyhole repair is typically 1% to 3% at five years.')).toEqual(['range complication-rate/recurrence: a.md:1 vs b.md:1']);
    // "without rushing, …" denies the rushing, not the hour; and "at least an hour" is no course of days.
    expect(between('The treatment takes 30 minutes.', 'Done properly and without rushing, the treatment takes at least an hour.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('A course of treatment takes 6 to 8 weeks.', 'Done properly and without rushing, the treatment takes at least an hour.')).toEqual([]);
    // A part of a length given before, and an assessment visit, are no session of their own.
    expect(between('Each session lasts about 45 minutes.', 'The 3D scan itself takes about ten minutes of that time.')).toEqual([]);
    expect(between('Each session lasts about 10 minutes.', 'Your assessment appointment lasts about 45 minutes.')).toEqual([]);
  });

  it('compares complication rates per measure: revisions with revisions, never with infections', () => {
    expect(between('Nationwide, fewer than 1% of patients ever need a second operation.', 'Published series report revision rates of roughly 5 to 15 percent.')).toEqual([
      'range complication-rate/revision: a.md:1 vs b.md:1',
    ]);
    expect(between('Fewer than 1 in 100 keyhole operations need to be converted to an open incision.', 'About 5 to 10 percent of keyhole operations are converted to open surgery.')).toEqual([
      'range complication-rate/conversion: a.md:1 vs b.md:1',
    ]);
    expect(between('Nationwide, fewer than 1% of patients ever need a second operation.', 'The infection rate is about 5%.')).toEqual([]);
    expect(between('The infection rate is under 2%.', 'The infection rate is about 1.5%.')).toEqual([]);
  });

  it('reads a side effect that opens a sentence as what "…, and can last" for months, as it did for "…, and usually lasts"', () => {
    expect(between('Relief lasts a few hours.', 'A lighter patch of skin is uncommon, more noticeable on darker skin, and can last for months.')).toEqual([]);
    expect(between('Relief lasts a few hours.', 'Relief is rapid and can last for months.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
  });

  it('reads a side effect named by the label a line opens with as what lasts, not the relief', () => {
    expect(between('Relief lasts from a few weeks up to about 3 months.', 'Temporary increase in soreness: uncommon, usually lasting less than a day.')).toEqual([]);
    expect(between('Relief lasts from a few weeks up to about 3 months.', 'Relief: usually lasting less than a day.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
  });

  it('counts a share of people with a condition as a success rate, however long the condition is to name', () => {
    expect(between('More than 90% of our patients feel better.', 'Roughly 60 to 70 percent of people with mild to moderate knee arthritis report a meaningful improvement.')).toEqual([
      'range efficacy-rate/success: a.md:1 vs b.md:1',
    ]);
  });

  it('reads "relief for 18 to 24 months" as how long relief lasts, and relief for a complaint as nothing of the kind', () => {
    expect(between('Patients enjoy relief for 18 to 24 months.', 'Relief typically lasts six to twelve months.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    expect(between('Most feel relief for knee pain within 2 weeks.', 'Relief typically lasts six to twelve months.')).toEqual([]);
  });

  it('reads what fades after stopping as how long the benefit lasts, not as when it begins', () => {
    expect(between('The improvement stays for 12 to 18 months.', 'Within three months of stopping, most of the improvement had faded.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
  });

  it('reads a session\'s length in an aside: "the procedure itself, which takes 60 to 90 minutes"', () => {
    expect(between('The procedure takes under 45 minutes.', 'Plan on three hours, including the procedure itself — which takes 60 to 90 minutes — and a rest.')).toEqual([
      'range session-length: a.md:1 vs b.md:1',
    ]);
    expect(between('The procedure takes under 45 minutes.', 'The procedure itself, which takes 60 to 90 minutes, is quick.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
  });

  it('reads "no downtime" as a recovery within the day, unless it is hedged to "little to no" or quoted as wrong', () => {
    expect(between('There is no downtime, so you can go straight back to work.', 'Most patients need five to seven days off work.')).toEqual(['range recovery-time: a.md:1 vs b.md:1']);
    expect(between('Zero downtime.', 'Most patients are back at work the very next day.')).toEqual([]);
    expect(between('There is little to no downtime.', 'Most patients need five to seven days off work.')).toEqual([]);
    expect(between('But "no downtime" isn\'t quite accurate.', 'Most patients need five to seven days off work.')).toEqual([]);
    // A named offering of the clinic's is a variant of its own: "Our Express Glow peel" is not the subject's deeper peel.
    expect(between('Our Express Glow glycolic peel is a light treatment with zero downtime.', 'Most patients need five to seven days off work.')).toEqual([]);
  });

  it('reads course, session, recovery and session-count figures in wordings from many subjects', () => {
    expect(between('A course of isotretinoin usually lasts 16 to 24 weeks.', 'The standard course is 8 weeks.')).toEqual(['range course-length: a.md:1 vs b.md:1']);
    expect(between('Oral iron is usually prescribed for three months.', 'The standard course is 4 weeks.')).toEqual(['range course-length: a.md:1 vs b.md:1']);
    expect(between('The operation generally takes between 1.5 and 3 hours.', 'The procedure takes about 30 minutes.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('In-chair whitening is done in a single 90-minute visit.', 'Each session lasts about 30 minutes.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('Recovery after liposuction usually takes about two weeks.', 'Most patients are back at work in 2 days.')).toEqual(['range recovery-time: a.md:1 vs b.md:1']);
    expect(between('You should notice hair thinning after two or three sessions.', 'Visible results after 8 to 12 sessions.')).toEqual(['range results-after-sessions: a.md:1 vs b.md:1']);
    expect(between('A course of four to six light peels works best.', 'Most patients need just one session.')).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
    // A bare "recovery" is no recovery time: "Bed rest for more than 2 days tends to slow recovery".
    expect(between('Bed rest for more than 2 days tends to slow recovery.', 'Most patients are back at work in 2 weeks.')).toEqual([]);
    // A group set apart: "a different story", "a longer course".
    expect(between('Larger veins are a different story: they may need six or more sessions.', 'Most patients need two sessions.')).toEqual([]);
    expect(between('People with chronic pain may need a longer course of 12 sessions.', 'Most patients need six sessions.')).toEqual([]);
  });

  it('reads outcomes in their own words: resolved, eased, happy with, no longer meeting the criteria', () => {
    expect(between('EMDR resolves PTSD in more than 90% of people who complete it.', 'It works for about 50% of people.')).toEqual(['range efficacy-rate/success: a.md:1 vs b.md:1']);
    expect(between('96% of clients said they were happy with their results.', 'Only 60% of clients are satisfied.')).toEqual(['range efficacy-rate/satisfaction: a.md:1 vs b.md:1']);
    expect(between('About 55% of participants no longer met criteria for PTSD.', 'The remission rate is over 90%.')).toEqual(['range efficacy-rate/remission: a.md:1 vs b.md:1']);
  });

  it('reads side effects, pain and lasting relief in more wordings, and a forum handle as no words at all', () => {
    expect(between('There are no side effects.', 'Dry lips, nosebleeds and dry skin are almost universal.')).toEqual(['polarity side-effect: a.md:1 vs b.md:1']);
    expect(between('It causes no nosebleeds.', 'Dry lips, nosebleeds and dry skin are almost universal.')).toEqual(['polarity side-effect/nosebleeds: a.md:1 vs b.md:1']);
    expect(between('At normal doses, it does not cause any side effects.', 'Some users experience a temporary shedding phase.')).toEqual(['polarity side-effect: a.md:1 vs b.md:1']);
    expect(between('Cupping isn\'t painful.', 'Honestly, it can be quite painful.')).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
    expect(between('Laser hair removal stings.', 'The treatment is painless.')).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
    // A patient pain-free the next day is relief, not a painless procedure.
    expect(between('My neighbour was pain-free the next day.', 'Honestly, it can be quite painful.')).toEqual([]);
    expect(between('Gains persisted for at least 12 months.', 'Relief lasts about 2 weeks.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    // "itchy_eyes_ellen" is a forum handle: it lists no itching.
    expect(between('There are no side effects.', 'Keep a symptom diary, suggested itchy_eyes_ellen.')).toEqual([]);
  });

  it('sets aside what the writer distrusts: "Anyone who tells you…", "…, which I\'d be wary of"', () => {
    expect(between('Anyone who tells you HIFU is painless is selling something.', 'Honestly, it can be quite painful.')).toEqual([]);
    expect(between('The label promises "results in 3 days", which I\'d be wary of.', 'Most people notice a difference after 6 weeks.')).toEqual([]);
  });

  it('sets apart a later figure that clashes with an earlier one in its own sentence', () => {
    // The later "2 years" and "2 hours" are set apart: only the first figure is compared.
    expect(between('Results last about 6 months, and knee results can last 2 years.', 'Relief lasts about 6 months.')).toEqual([]);
    expect(between('A session takes 30 minutes, and a full-body session takes 2 hours.', 'A session takes about 30 minutes.')).toEqual([]);
    expect(between('Results last about 6 months, and knee results can last 2 years.', 'Relief lasts 2 years.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
  });

  it('reads "within the hour" and "within the first month" as within one, and an upper bound as plausible only if its end is', () => {
    expect(between('Most clients feel the difference within the first month.', 'Most notice a difference after 3 months.')).toEqual(['range onset: a.md:1 vs b.md:1']);
    // "within the week" ends past a session's plausible day: no session length.
    expect(between('Each session is booked within the week.', 'Each session lasts 30 minutes.')).toEqual([]);
  });

  it('reads "works right away" as an onset', () => {
    expect(between('Shockwave works right away.', 'Most people notice a difference 6 to 12 weeks after their final session.')).toEqual(['range onset: a.md:1 vs b.md:1']);
  });

  it('hears "not a comfortable treatment" say that it hurts', () => {
    expect(between('The treatment is completely painless.', "Honestly, it's not a comfortable treatment.")).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
    expect(between('The treatment is completely painless.', 'It is not uncomfortable.')).toEqual([]);
  });
});

describe('when results show, in the words writers use for it', () => {
  it('reads "not until" a time as that time, and "week five" or "the fourth to sixth week" as points in time', () => {
    expect(between('Most patients feel better after 2 weeks.', "Improvement generally doesn't appear until the fourth to sixth week of daily treatment.")).toEqual([
      'range onset: a.md:1 vs b.md:1',
    ]);
    expect(between('You will see results within 7 days.', "Most people don't see results until week eight.")).toEqual(['range onset: a.md:1 vs b.md:1']);
    expect(between('You will see results within 7 days.', 'Most people notice results by the second week.')).toEqual([]);
  });

  it('reads "relief is immediate" as an onset, and what benefit "takes three to four weeks … to show up"', () => {
    expect(between("Relief is immediate, and you'll feel the difference before you get up.", 'Meaningful benefit usually takes three to four weeks of regular treatment to show up.')).toEqual([
      'range onset: a.md:1 vs b.md:1',
    ]);
    // When a sham arm was counted is no onset.
    expect(between("Relief is immediate, and you'll feel the difference before you get up.", 'In one trial, 35% of people in the sham group still reported feeling better at four weeks.')).toEqual([]);
  });

  it('reads what is denied before a time, or for the first weeks, as an onset no sooner than it', () => {
    expect(between('Most people notice improvement within two to three weeks of the first dose.', "Don't expect visible improvement before two to three months.")).toEqual([
      'range onset: a.md:1 vs b.md:1',
    ]);
    expect(between('Patients feel steadier within the first week.', 'Patients should expect no real change for the first four to six weeks.')).toEqual(['range onset: a.md:1 vs b.md:1']);
    // No sooner than four weeks is not at four to six weeks: a later onset agrees with it.
    expect(between('Most people see results after 8 to 12 weeks.', 'Patients should expect no real change for the first four to six weeks.')).toEqual([]);
    // A denial after the trigger denies the figure, not the onset.
    expect(between('Most people see results within a week.', 'Results do not show within two months.')).toEqual([]);
  });

  it('reads a use only where the status names it, not where a new predicate after "and" does, and a program counted in sessions', () => {
    expect(between('The goggles are FDA-cleared for diagnosing vestibular disorders.', 'The goggles have not received FDA clearance and are labeled for research and training use only.')).toEqual([
      'exclusive regulatory-status: a.md:1 vs b.md:1',
    ]);
    expect(between('Most patients need six to eight sessions.', 'The standard program is 16 to 20 sessions.')).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
  });

  it('reads a past decade as an earlier period, and the discharge sheet as no discharge', () => {
    expect(between('You go home the same day.', 'In the 1980s, patients typically stayed in the hospital for three to four days.')).toEqual([]);
    expect(between('You go home the same day.', 'Patients typically stayed in the hospital for three to four days.')).toEqual(['range hospital-stay: a.md:1 vs b.md:1']);
    expect(between('Recurrence is below 5%.', 'Before phenol became standard in the 1970s, surgeons cut out the whole nail root, and recurrence was 50%.')).toEqual([]);
    expect(between('Recurrence is below 5%.', 'Surgeons cut out the whole nail root, and recurrence was 50%.')).toEqual(['range complication-rate/recurrence: a.md:1 vs b.md:1']);
    expect(between('You go home the same day.', 'Expect blood in the urine for one to two weeks, according to the discharge sheet.')).toEqual([]);
  });

  it('reads healing, rest and the visit in the words clinics use, and a study\'s length as none of them (round 30)', () => {
    expect(between('The toe fully heals in 7–10 days for most people.', 'Complete healing usually takes 4–6 weeks.')).toEqual(['range recovery-time@full: a.md:1 vs b.md:1']);
    expect(between('Most patients are back to work in 2 days.', 'The toe fully heals in 7–10 days for most people.')).toEqual([]);
    expect(between("There's no downtime: most patients return to work the next day.", 'Expect 2–3 days off your feet after the procedure.')).toEqual(['range recovery-time: a.md:1 vs b.md:1']);
    expect(between('Cholesterol drops within 7–10 days of starting.', 'It takes 6–8 weeks before changes show on a lipid panel.')).toEqual(['range onset: a.md:1 vs b.md:1']);
    expect(between('Cholesterol drops within 7–10 days of starting.', 'Most clinical trials lasting about 3 months reported the clearest results at the final measurement.')).toEqual([]);
    expect(between('Results show within 7–10 days.', 'In a 12-week study, results appeared in most participants.')).toEqual([]);
    // The whole visit is a stage of its own, as the procedure inside it is not.
    expect(between('Please plan to be with us for 3 to 5 hours.', 'Appointments typically last 8 to 10 hours from check-in to the final bandage.')).toEqual(['range session-length@visit: a.md:1 vs b.md:1']);
    expect(between('Plan to be with us for about two hours in total.', 'The procedure itself usually takes 45 to 60 minutes per leg.')).toEqual([]);
  });

  it('reads a treatment still investigational as approved for nothing yet, for the use its opening names (round 30)', () => {
    expect(between('FMT is an FDA-approved treatment for IBS.', 'For IBS, FMT remains investigational and is offered only within a clinical trial.')).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
    expect(between('FMT is FDA-approved for recurrent C. diff.', 'For IBS, FMT remains investigational and is offered only within a clinical trial.')).toEqual([]);
    expect(between('The device is FDA approved.', 'Patients need to understand this, said lead investigator Dr. Miriam Osei.')).toEqual([]);
    expect(between('The device is FDA approved.', 'Most health plans do not cover it, because they still class it as investigational.')).toEqual([]);
  });

  it("reads a sibling model's figures, and one battery size's, as theirs (round 30)", () => {
    const tundrix = (text: string): string => `---\nsubject: tundrix-p1500\n---\n${text}\n`;
    const pair = (a: string, b: string): string[] => auditMarkdown({ 'a.md': tundrix(a), 'b.md': tundrix(b) }).contradictions.map(describeContradiction);
    expect(pair('It recharges in 1.5 hours.', 'The Tundrix P900, our compact model, recharges in about 2 hours.')).toEqual([]);
    expect(pair('It recharges in 1.5 hours.', 'The Tundrix P1500 recharges in about 3 hours.')).toEqual(['range charge-time: a.md:4 vs b.md:4']);
    expect(pair('The compact 2.0Ah pack charges in about 25 minutes.', 'The 5.0Ah pack takes 2 hours to charge.')).toEqual([]);
    expect(pair('The compact 2.0Ah pack charges in about 25 minutes.', 'The 2 Ah pack takes 2 hours to charge.')).toEqual(['range charge-time@2ah-pack: a.md:4 vs b.md:4']);
    const price = "id: brush\ntopics:\n  price:\n    compare: range\n    unit: '$'\nrules:\n  - { id: price, severity: info, topic: price, requireValue: true, message: 'Price {value}.', match: [{ phrase: costs }] }\n";
    const orvella = (text: string): string => `---\nsubject: orvella-s3\n---\n${text}\n`;
    expect(auditMarkdown({ 'a.md': orvella('The S3 costs $129.'), 'b.md': orvella('The Orvella S1, the entry model, costs $79.') }, price).contradictions).toEqual([]);
    expect(auditMarkdown({ 'a.md': orvella('The S3 costs $129.'), 'b.md': orvella('The Orvella S3 costs $149.') }, price).contradictions.map(describeContradiction)).toEqual([
      'range price: a.md:4 vs b.md:4',
    ]);
  });

  it('keeps a relief that does not last until a time denied', () => {
    expect(between('Relief lasts 4 to 6 weeks.', 'Relief does not last until week six.')).toEqual([]);
  });

  it('does not read what happens in "the first month" or before "day one" as the onset', () => {
    expect(between('When will I see results? Transplanted hair sheds in the first month.', 'New growth appears after 3 to 4 months.')).toEqual([]);
  });
});

describe('figures about someone else', () => {
  it('reads how long people had their complaint as whom a figure counts, and a sentence that calls itself a subgroup as one', () => {
    const claims = auditMarkdown({ 'a.md': 'One trial did report that patients whose neck pain had lasted more than ten years needed as many as ten sessions, but that was a small subgroup.\n' }).claims;
    expect(claims.map((claim) => claim.key)).toEqual(['sessions-needed@patients-whose-neck-pain']);
  });

  it('sets apart what a few of the people do, and keeps one\'s own figure when it is said to be normal', () => {
    expect(between('Most clients feel more energetic within 24 hours.', 'A few clients take a week or two to notice a change.')).toEqual([]);
    expect(between('Most patients are back to normal activities within 24 hours.', "I was off work for a week and a half, and my surgeon told me that's a normal recovery time.")).toEqual([
      'range recovery-time: a.md:1 vs b.md:1',
    ]);
  });

  it('reads a session length that "typically runs", pain that "stung", and soreness a treatment reduces as no side effect', () => {
    expect(between('The in-office procedure takes about 20 minutes.', 'In the office, a balloon sinuplasty typically runs 60 to 90 minutes.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('The injection is painless.', "I'll be honest: it stung going in.")).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
    expect(between('Cold plunging is completely safe for everyone.', 'Short plunges after exercise do reduce next-day muscle soreness.')).toEqual([]);
  });

  it('reads a share of responders as whom the figure counts: "half of responders relapsed" is no response rate', () => {
    expect(between('Between 58 and 68 percent of patients respond to treatment.', 'About half of responders relapsed within twelve months.')).toEqual([]);
  });

  it("reads one person's or animal's course as theirs, and what he or she says as a claim", () => {
    expect(between('Most owners see firmer stools within 3 days.', 'His stools firmed up around week three.')).toEqual([]);
    expect(between('Dogs lost an average of 8% of their body weight.', 'She lost about 4% of her body weight over two months.')).toEqual([]);
    expect(between('The results last 12 months.', 'My neighbour had the older cream. Hers lasts about 3 months.')).toEqual([]);
    expect(between('Most patients feel better within 3 days.', 'He says most patients feel better after 6 to 8 weeks.')).toEqual(['range onset: a.md:1 vs b.md:1']);
  });

  it('sets a first visit named in a label apart from regular sessions', () => {
    expect(
      between('- **Your first visit:** the mapping appointment takes around 90 minutes.\n- **Daily treatments:** each regular session lasts about 19 minutes.', 'Each session lasts about 20 minutes.'),
    ).toEqual([]);
  });

  const general = 'About 54 percent of people using the device improved.';

  it('leaves out sham arms and comparison groups named in the sentence', () => {
    expect(between(general, 'In the sham arms of several trials, roughly 30 percent of people also improved.')).toEqual([]);
    expect(between(general, 'The study also had a comparison group that listened to white noise, and about 35 percent of them improved.')).toEqual([]);
  });

  it('sets apart a group a clause describes, even behind a bound like "more than ten years"', () => {
    expect(between(general, 'People whose tinnitus had lasted more than ten years did worse, with only about 30 percent improving.')).toEqual([]);
  });

  it('reads another business\'s advertised figure as theirs', () => {
    expect(between(general, 'One clinic I called while writing this article advertised a 95 percent success rate.')).toEqual([]);
  });
});

describe('what a status is for', () => {
  it('reads the use past "the treatment of" and stops at a verb or a length of time', () => {
    expect(
      between(
        'Shockwave devices for this purpose have been FDA-approved for the treatment of chronic plantar fasciitis in adults for more than two decades.',
        'Clinics that offer it for plantar fasciitis are using it off-label.',
      ),
    ).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
  });
});

describe('statuses and side effects in the seventh round', () => {
  it('reads "Nor is it entirely free of side effects" as admitting them', () => {
    expect(between('There are no side effects.', 'Nor is it entirely free of side effects. Temporary dizziness affects roughly one in ten people.')).toEqual([
      'polarity side-effect: a.md:1 vs b.md:1',
    ]);
  });

  it('keeps a hedge after a spaced dash off the denial before it', () => {
    expect(between('Decompression is painless, with no side effects and no downtime — many patients go straight back to work.', 'Some patients experience mild muscle soreness afterwards.')).toEqual([
      'polarity side-effect: a.md:1 vs b.md:1',
    ]);
  });

  it('reads no status in whether one is needed, or in a quoted term being defined', () => {
    expect(between('It is FDA approved.', 'Dietary supplements do not need FDA approval before they are sold.')).toEqual([]);
    expect(between('It is not FDA cleared.', '## "FDA cleared" doesn\'t mean what you think')).toEqual([]);
  });

  it('reads the use of a status after "to", before "is what", and past a possessive or emphasis', () => {
    expect(between('Ortho-k lenses are FDA approved to slow myopia in children.', 'Using ortho-k to *slow* myopia progression in children is off-label.')).toEqual([
      'exclusive regulatory-status: a.md:1 vs b.md:1',
    ]);
    expect(between('Temporarily correcting nearsightedness is what the lenses are FDA approved for.', 'No ortho-k lens is FDA approved for slowing myopia progression.')).toEqual([]);
    expect(between("It's FDA approved for kids' myopia.", 'It is not FDA approved for myopia.')).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
  });

  it('reads a product named after "for" as no use: a status "for the VeloSculpt Pro" meets one for any use', () => {
    expect(between('VeloSculpt Pro is FDA-cleared for toning the abdomen.', 'The maker has never obtained FDA clearance for the VeloSculpt Pro.')).toEqual([
      'exclusive regulatory-status: a.md:1 vs b.md:1',
    ]);
    expect(between('It is FDA approved for toning the abdomen.', 'It is not FDA approved for Parkinson\'s disease.')).toEqual([]);
  });

  it('takes nothing from the columns of a comparison table that are not the subject\'s', () => {
    const table = '---\nsubject: ortho-k\n---\n| | Ortho-k | MiSight |\n|---|---|---|\n| Status | FDA approved for correction | Off-label for myopia |\n';
    const report = auditMarkdown({ 'a.md': table, 'b.md': '---\nsubject: ortho-k\n---\nIt is FDA approved for correction.\n' });
    const statuses = report.claims.filter((claim) => claim.topic === 'regulatory-status');
    expect(statuses.map((claim) => `${claim.path.split('/').pop()}:${claim.span.start.line} ${claim.value.type === 'category' ? claim.value.category : ''}`)).toEqual(['a.md:6 approved', 'b.md:4 approved']);
  });

  it('reads a row label with the cell that answers it: "| FDA approved | No |" denies, as "FDA approved: No" does', () => {
    const statuses = (text: string): string[] =>
      auditMarkdown({ 'a.md': `---\nsubject: ortho-k\n---\n${text}` }).claims.map((claim) => `${claim.key} ${claim.polarity}`);
    expect(statuses('| Feature | Ortho-k |\n|---|---|\n| FDA approved | No |\n| Side effects | None |\n')).toEqual(['regulatory-status negated', 'side-effect negated']);
    expect(statuses('FDA approved: No.\n\nSide effects: None reported.\n')).toEqual(['regulatory-status negated', 'side-effect negated']);
    expect(statuses('| Feature | Ortho-k |\n|---|---|\n| FDA approved | Yes |\n')).toEqual(['regulatory-status affirmed']);
    // No column is the subject's: the label's claim cannot be given to anyone.
    expect(statuses('| | Lens A | Lens B |\n|---|---|---|\n| FDA approved | No | Yes |\n')).toEqual([]);
  });

  it('takes the other columns of a comparison table as the alternatives the article weighs, in its sentences and sections', () => {
    const table = '| | Fat freezing | Laser lipolysis (e.g., SculptLight) | Injectable (deoxycholic acid) |\n|---|---|---|---|\n| Session | 35 minutes | 25 minutes | 15 minutes |\n\n';
    const article = `---\nsubject: fat-freezing\n---\n${table}## Injectables\n\nThey cause notable swelling and bruising for several days.\n\n## Medication\n\nDeoxycholic acid injections help about 80% of patients, and they cause swelling.\n`;
    const report = auditMarkdown({ 'a.md': article, 'b.md': '---\nsubject: fat-freezing\n---\nNo side effects. About 50% of patients improve.\n' });
    expect(report.contradictions.map(describeContradiction)).toEqual([]);
    // Without the table, the same words are the subject's.
    const plain = auditMarkdown({ 'a.md': article.replace(table, ''), 'b.md': '---\nsubject: fat-freezing\n---\nNo side effects. About 50% of patients improve.\n' });
    expect(plain.contradictions.length).toBeGreaterThan(0);
  });

  it('reads a section its heading sets aside for others as theirs, and a quoted slogan called "wording" as a mention', () => {
    const article = '---\nsubject: glp-1-patch\n---\nNo GLP-1 patch has been approved by the FDA.\n\nNuvora did not answer questions about the "FDA-approved formula" wording on its website.\n\n## The real drugs, for comparison\n\n- **Ozempic** is FDA approved to treat type 2 diabetes.\n- Side effects are common: nausea and vomiting.\n';
    const report = auditMarkdown({ 'a.md': article, 'b.md': '---\nsubject: glp-1-patch\n---\nThe patch has no side effects.\n' });
    expect(report.contradictions.map(describeContradiction)).toEqual([]);
    expect(report.claims.map((claim) => `${claim.key} ${claim.span.start.line}`)).toEqual(['regulatory-status 4', 'side-effect 4']);
  });

  it('takes the rows of a table of treatments as alternatives when one row is the subject', () => {
    const article = '---\nsubject: dry-needling\n---\n| Treatment | Cost per visit |\n|---|---|\n| Dry needling | $90 |\n| Acupuncture | $80 |\n\nA traditional acupuncture appointment usually runs 45 to 60 minutes.\n';
    const report = auditMarkdown({ 'a.md': article, 'b.md': '---\nsubject: dry-needling\n---\nA typical dry needling session takes 15 to 20 minutes.\n' });
    expect(report.contradictions.map(describeContradiction)).toEqual([]);
  });

  it('reports two claims on one line against one passage once', () => {
    expect(between('Side effects: None reported. 100% natural, 100% safe.', 'A few users notice mild redness.')).toEqual(['polarity side-effect: a.md:1 vs b.md:1']);
    expect(auditMarkdown({ 'a.md': 'Side effects: None reported. 100% natural, 100% safe.\n\nA few users notice mild redness.\n' }).contradictions).toHaveLength(1);
  });

  it('reads a figure added to another as part of it, and sellers\' advertised figures as theirs', () => {
    expect(between('Each session takes about 10 minutes.', 'How long is each session? About 40 minutes on the table, plus 10 minutes of ice afterwards.')).toEqual([
      'range session-length: a.md:1 vs b.md:1',
    ]);
    expect(between('About 45% of patients improve.', 'Clinic websites commonly advertise success rates of "up to 90%".')).toEqual([]);
  });
});

describe('things set apart from the subject', () => {
  it('reads a paragraph that opens "X is a different product" as about X, not the paragraph before', () => {
    const report = auditMarkdown({
      'a.md': '---\nsubject: compounded-semaglutide\n---\nWegovy, the brand-name injection, is FDA-approved for weight management.\n\nCompounded semaglutide is a different product. It is not FDA-approved.\n',
      'b.md': '---\nsubject: compounded-semaglutide\n---\nOur compounded semaglutide is FDA-approved.\n',
    });
    expect(report.contradictions.map(describeContradiction)).toEqual(['exclusive regulatory-status: a.md:6 vs b.md:4']);
  });

  it('keeps the earlier paragraph when it is the article\'s own ("Our product")', () => {
    const report = auditMarkdown({
      'a.md': 'Our serum is FDA approved.\n\nCheap knock-offs are something else. They are not FDA approved.\n',
      'b.md': 'The serum is not FDA approved.\n',
    });
    expect(report.contradictions.map(describeContradiction)).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
  });

  it('reads "The only X that is approved … is Y" as about Y, unless it names the subject', () => {
    const only = 'The only contact lens that is FDA approved for myopia control is MiSight.';
    const denial = '---\nsubject: ortho-k\n---\nNo ortho-k lens is FDA approved for myopia control.\n';
    expect(auditMarkdown({ 'a.md': `---\nsubject: ortho-k\n---\n${only}\n`, 'b.md': denial }).contradictions).toEqual([]);
  });

  it('takes no claims from a list of what to look for', () => {
    expect(between('- Compounded hormones are not FDA approved.', '## What to look for\n\n- FDA-approved products\n- a review at 3 months')).toEqual([]);
  });

  it('reads "No (off-label)" in a table cell as an answer, with the row label\'s use', () => {
    const table = '| | Status |\n|---|---|\n| FDA approved for myopia control? | No (off-label) |\n';
    expect(between(table, 'It is FDA approved for myopia control.')).toEqual(['exclusive regulatory-status: a.md:3 vs b.md:1']);
    expect(between(table, 'It is FDA approved for correcting nearsightedness.')).toEqual([]);
  });

  it('reads another service\'s advertised promise as theirs', () => {
    expect(between('Side effects include bloating.', 'One subscription service advertises "relief in days and zero side effects" on its landing page.')).toEqual([]);
  });
});

describe('durations without end', () => {
  it('reads "permanent", "for life" and "for good" as lasting longer than any finite figure', () => {
    expect(between('LashLuxe results are permanent.', 'Results fade once you stop, within a few months.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    expect(between('Results last for life.', 'Most people regain the weight within 1 to 2 years of stopping.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    const report = auditMarkdown({ 'a.md': 'The improvement stays with you for good.\n' });
    expect(report.claims.map((claim) => (claim.value.type === 'interval' ? claim.value.text : ''))).toEqual(['for good']);
  });

  it('reads a fact sheet\'s "Results: Permanent" as a duration without end', () => {
    expect(between('**Results:** Permanent — treated veins never come back.', 'Relief lasts 6 to 12 months.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
  });

  it('reads a denied "permanent" as an end: against "permanent", not against a figure of months or years', () => {
    expect(between('Results are permanent.', 'So I never tell anyone their result is permanent.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    expect(between('Results last forever.', "The results aren't permanent.")).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    expect(between('The effects do not last forever.', 'Relief lasts 6 to 12 months.')).toEqual([]);
    expect(between('Results are not permanent.', 'Results last up to 10 years.')).toEqual([]);
  });

  it('shows a figure at or past the "permanent" mark as the figure, not as "permanent"', () => {
    const messages = (a: string, b: string): string[] => auditMarkdown({ 'a.md': `${a}\n`, 'b.md': `${b}\n` }).contradictions.map((contradiction) => contradiction.message);
    expect(messages('Results last 60+ years.', 'Results last about 6 months.')).toEqual([expect.stringMatching(/≈ 6 months and ≥ 60 years do not overlap/)]);
    expect(messages('Results are permanent.', 'Results last about 6 months.')).toEqual([expect.stringMatching(/≈ 6 months and permanent do not overlap/)]);
    expect(messages('Results last less than 20 years.', 'Results are permanent.')).toEqual([expect.stringMatching(/< 20 years and permanent do not overlap/)]);
  });

  it('does not read a kind of thing or harm as a duration', () => {
    expect(between('Permanent makeup lasts 2 to 3 years.', 'Results last 2 to 3 years.')).toEqual([]);
    expect(between('In rare cases the damage is permanent.', 'Relief lasts 3 months.')).toEqual([]);
  });

  it('reads what fades as relief only when it is the relief that fades', () => {
    expect(between("You'll see the ink fade within 7 days.", 'Once the ink is gone, the results are permanent.')).toEqual([]);
    expect(between('The benefits, if any, tend to fade within a few hours.', 'One dose lasts all day.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
  });
});

describe('figures in other units and other sets, from the eighth round', () => {
  const evRules = `id: ev
topics:
  driving-range:
    compare: range
    unit: ''
    unitWords: [miles, mi]
    measures:
      rated: [range, miles]
  warranty:
    compare: range
    unit: s
    measures:
      battery: [warranty]
rules:
  - id: range-claim
    severity: info
    topic: driving-range
    requireValue: true
    message: 'Range {value}.'
    match:
      - phrase: range
      - phrase: rated at
  - id: warranty-claim
    severity: info
    topic: warranty
    requireValue: true
    message: 'Warranty {value}.'
    match:
      - phrase: warranty
`;

  it('takes a plain figure for a topic only when it is followed by one of the topic\'s unit words', () => {
    const report = auditMarkdown({ 'a.md': 'The EPA range is 310 miles.\n', 'b.md': 'The charger is rated at 150 kW, and the range is 265 mi.\n' }, evRules);
    expect(report.claims.map((claim) => (claim.value.type === 'interval' ? claim.value.text : ''))).toEqual(['310', '265']);
  });

  it('reads "5 years or 60,000 miles" as two figures, not 5 to 60,000 years', () => {
    const report = auditMarkdown({ 'a.md': 'The battery warranty covers 8 years.\n', 'b.md': 'The battery warranty covers 5 years or 60,000 miles.\n' }, evRules);
    expect(report.contradictions.map(describeContradiction)).toEqual(['range warranty/battery: a.md:1 vs b.md:1']);
    expect(report.claims.filter((claim) => claim.topic === 'warranty').map((claim) => (claim.value.type === 'interval' ? claim.value.text : ''))).toEqual(['8 years', '5 years']);
  });

  it('reads what owners save on their bills as a result, and a saving on the price as a promotion', () => {
    const rules =
      'id: battery\ntopics:\n  bill-savings:\n    compare: range\n    unit: "%"\nrules:\n  - id: savings\n    severity: info\n    topic: bill-savings\n    requireValue: true\n    message: Savings {value}.\n    match:\n      - phrase: save\n';
    const savings = (text: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => (claim.value.type === 'interval' ? claim.value.text : ''));
    expect(savings('Owners typically save 60 to 80% on their electricity bills.')).toEqual(['60 to 80%']);
    expect(savings('Save 15% on installation this spring.')).toEqual([]);
  });

  it("reads a discount's percentage when the rule is about the discount, not as a price cut", () => {
    const rules =
      'id: policy\ntopics:\n  no-claims-discount:\n    compare: range\n    unit: "%"\nrules:\n  - id: ncd\n    severity: info\n    topic: no-claims-discount\n    requireValue: true\n    message: Discount {value}.\n    match:\n      - phrase: no-claims discount\n';
    const read = (text: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => (claim.value.type === 'interval' ? claim.value.text : ''));
    expect(read('You can earn a no-claims discount of up to 60% after five claim-free years.')).toEqual(['up to 60%']);
    expect(read('It comes with a 45% no-claims discount.')).toEqual(['45%']);
  });

  it("reads a refund window after 'if you change your mind' as the refund window, a lead time as no duration, and 'the old PW30' as another model", () => {
    const rules =
      "id: washer\ncomparators: [PW30]\ntopics:\n  refund-window:\n    compare: range\n    unit: s\n  warranty:\n    compare: range\n    unit: s\n  partner-days:\n    compare: range\n    unit: s\nrules:\n  - { id: refund, severity: info, topic: refund-window, requireValue: true, message: 'Refund {value}.', match: [{ phrase: money back }, { phrase: refund }] }\n  - { id: warranty, severity: info, topic: warranty, requireValue: true, message: 'Warranty {value}.', match: [{ phrase: warranty }] }\n  - { id: partner, severity: info, topic: partner-days, requireValue: true, message: 'Partner days {value}.', match: [{ phrase: partner resorts }] }\n";
    const keys = (text: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => `${claim.key} ${claim.value.type === 'interval' ? claim.value.text : ''}`);
    expect(keys('If you change your mind, you can get your money back within a month of buying.')).toEqual(['refund-window within a month']);
    expect(keys("If you're not satisfied, ask for a refund within 30 days.")).toEqual(['refund-window within 30 days']);
    expect(keys('If the box is opened, a refund takes 14 days.')).toEqual(['refund-window@if-box-opened 14 days']);
    expect(keys('Partner resorts may ask you to book a day ahead.')).toEqual([]);
    expect(keys('Partner resorts give you 3 days.')).toEqual(['partner-days 3 days']);
    for (const earlier of ['The old PW30 only had a 1-year warranty.', 'My previous PW30 had a 1-year warranty.']) expect(keys(earlier), earlier).toEqual([]);
  });

  it("reads a notice period as no session length, but as the figure of a rule about notice", () => {
    const rules =
      "id: studio\ntopics:\n  session-length:\n    compare: range\n    unit: s\n  notice:\n    compare: range\n    unit: s\nrules:\n  - { id: length, severity: info, topic: session-length, requireValue: true, message: 'Length {value}.', match: [{ phrase: session }] }\n  - { id: notice, severity: info, topic: notice, requireValue: true, message: 'Notice {value}.', match: [{ phrase: notice }] }\n";
    const keys = (text: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => `${claim.key} ${claim.value.type === 'interval' ? claim.value.text : ''}`);
    expect(keys("Cancellations need 24 hours' notice, or the session is charged.")).toEqual(['notice 24 hours']);
    expect(keys('A session may be moved with a notice period of 48 hours.')).toEqual(['notice 48 hours']);
    expect(keys('A session runs for 90 minutes.')).toEqual(['session-length 90 minutes']);
  });

  it('reads no "in * sessions" in a single in-office session', () => {
    const keys = (text: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }).claims.filter((claim) => claim.topic === 'sessions-needed').map((claim) => `${claim.key} ${claim.value.type === 'interval' ? claim.value.text : ''}`);
    expect(keys('A single in-office session is $150, and you pay as you go.')).toEqual([]);
    expect(keys('Most spider veins clear in two to three sessions.')).toEqual(['sessions-needed two to three']);
  });

  it('compares the lower ends of figures on a topic of floors, and reads a figure with none as no claim', () => {
    const rules = (floors: string): string =>
      `id: club\ntopics:\n  youngest:\n    compare: range\n    unit: ''\n${floors}rules:\n  - { id: age, severity: info, topic: youngest, requireValue: true, message: 'Age {value}.', match: [{ phrase: for kids }] }\n`;
    const documents = { 'a.md': 'The club is for kids ages 6 to 17.\n', 'b.md': 'The club is for kids 8 and up.\n', 'c.md': 'The club is for kids under 12.\n' };
    // As ranges, 6–17, 8 and up and under 12 all overlap.
    expect(auditMarkdown(documents, rules('')).contradictions).toEqual([]);
    const floored = auditMarkdown(documents, rules('    floors: true\n'));
    expect(floored.contradictions.map(describeContradiction)).toEqual(['range youngest: a.md:1 vs b.md:1']);
    expect(floored.claims.map((claim) => claim.path)).toEqual(['a.md', 'b.md']);
  });

  it('keys the time of a procedure on both sides or several levels apart from one done once', () => {
    const keys = (text: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }).claims.filter((claim) => claim.topic === 'session-length').map((claim) => claim.key);
    expect(keys('Bilateral implantation, where both ears are done in one session, can take four hours or more.')).toEqual(['session-length@several-sites']);
    expect(keys('Multi-level procedures, in which two or three vertebrae are treated in one session, can take 90 minutes or longer.')).toEqual(['session-length@several-sites']);
    expect(keys('When both knees are replaced, the operation takes about three hours.')).toEqual(['session-length@several-sites']);
    expect(keys('The procedure usually takes about an hour.')).toEqual(['session-length']);
    // A side effect of treating both eyes is still the treatment's: only figures are keyed apart.
    expect(auditMarkdown({ 'a.md': 'Treating both eyes at once carries a small risk of infection.\n' }).claims.map((claim) => claim.key)).toEqual(['side-effect/infection']);
    // Its length told after "and", with what it is done under in between.
    expect(keys('The operation is performed under general anesthesia and usually takes two to three hours.')).toEqual(['session-length']);
  });

  it("keys a sibling tier of the subject's brand by its tier word, whichever tier word it is", () => {
    const rules = "id: cover\ntopics:\n  premium:\n    compare: range\n    unit: '$'\nrules:\n  - { id: premium, severity: info, topic: premium, requireValue: true, message: 'Premium {value}.', match: [{ phrase: costs }] }\n";
    const keys = (text: string): string[] => auditMarkdown({ 'a.md': `---\nsubject: ferncastle-home-cover\n---\n${text}\n` }, rules).claims.map((claim) => claim.key);
    expect(keys('Ferncastle Premier, the top tier, costs $640 a year.')).toEqual(['premium@premier']);
    expect(keys('Ferncastle Deluxe costs $720 a year.')).toEqual(['premium@deluxe']);
    expect(keys('Ferncastle Home Cover costs $468 a year.')).toEqual(['premium']);
  });

  it('keys a figure or a yes-or-no of an earlier season or year, and a figure in a mode other than the standard one', () => {
    const rules =
      "id: pass\ntopics:\n  price:\n    compare: range\n    unit: '$'\n  run-time:\n    compare: range\n    unit: s\n  blackout-dates:\n    compare: polarity\nrules:\n  - { id: price, severity: info, topic: price, requireValue: true, message: 'Price {value}.', match: [{ phrase: cost }, { phrase: costs }] }\n  - { id: run, severity: info, topic: run-time, requireValue: true, message: 'Runs {value}.', match: [{ phrase: runs for }, { phrase: between charges }] }\n  - { id: blackout, severity: info, topic: blackout-dates, message: 'Blackout dates.', match: [{ phrase: blackout dates }] }\n";
    const keys = (text: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => claim.key);
    expect(keys('Last season the same pass cost $799, so prices went up.')).toEqual(['price@last-season']);
    expect(keys('Before 2023, the Summit Pass had blackout dates.')).toEqual(['blackout-dates@before-2023']);
    // Any verb in the past, regular or not; a present one is no period of then.
    expect(keys('Until 2023, the Summit Pass carried blackout dates.')).toEqual(['blackout-dates@before-2023']);
    expect(keys('Before 2023, it ran 50 minutes between charges.')).toEqual(['run-time@before-2023']);
    expect(keys('Before 2023, passes need blackout dates.')).toEqual(['blackout-dates']);
    expect(keys('**mo_stores:** Back in 2022 the pass cost $699, so this is an improvement.')).toEqual(['price@back-in-2022']);
    expect(keys('The pass used to cost $699.')).toEqual(['price@earlier']);
    // After a colon, or "In" a year with a price in the past; not a price today, nor a share of that year's study.
    expect(keys('The pass has been around for a while: back in 2019, it cost $499.')).toEqual(['price@back-in-2019']);
    expect(keys('In 2019 the pass cost $499.')).toEqual(['price@in-2019']);
    expect(keys('In 2019, the same pass cost $499.')).toEqual(['price@in-2019']);
    expect(keys('In 2026 the pass costs $899.')).toEqual(['price']);
    expect(keys('The Summit Pass has blackout dates.')).toEqual(['blackout-dates']);
    expect(keys('In Eco mode, it runs for 50 minutes.')).toEqual(['run-time@eco-mode']);
    expect(keys('It runs for 35 minutes on the Boost setting.')).toEqual(['run-time@boost-setting']);
    expect(keys('In our tests it runs for 95 minutes in standard mode.')).toEqual(['run-time']);
    // A condition the sentence opens with is a case of its own, as a mode is.
    expect(keys('In very cold weather, it runs for around 30 minutes.')).toEqual(['run-time@in-cold-weather']);
    expect(keys('In hot climates it runs for 40 minutes.')).toEqual(['run-time@in-hot-climates']);
    // …or after the figure, in its clause.
    expect(keys('It runs for 50 minutes in cold weather.')).toEqual(['run-time@in-cold-weather']);
    expect(keys('Support says it runs for about 60 minutes in water below 15 °C, so plan around it.')).toEqual(['run-time@in-the-cold']);
    expect(keys('It runs for 95 minutes, below what the box says.')).toEqual(['run-time']);
    // What someone wants is no figure of the subject's.
    expect(keys('- Anyone who wants a month between charges.')).toEqual([]);
    expect(keys('It lasts a week between charges.')).toEqual(['run-time']);
    // Some of a forum's members are no group with a price of its own; students are.
    expect(keys('Several members say it costs $5.99 a month.')).toEqual(['price']);
    expect(keys('Students pay less: it costs them $3.99 a month.')).toEqual(['price@students']);
    // "Back in" a year wherever it stands, and the year of an opening "when", with a verb in the past; not past a turn to now.
    expect(keys('When I first visited back in 2021, the pass cost $65.')).toEqual(['price@back-in-2021']);
    expect(keys('The pass cost $65 back in 2021.')).toEqual(['price@back-in-2021']);
    expect(keys('When I signed up in 2022, the pass cost $79.')).toEqual(['price@in-2022']);
    expect(keys('Back in 2021 it was cheaper; today the pass costs $89.')).toEqual(['price']);
  });

  it("keys a named session of the writer's apart, and an offer by its own words, not another thing's discount", () => {
    const rules =
      "id: studio\ntopics:\n  float-price:\n    compare: range\n    unit: '$'\n  session-length:\n    compare: range\n    unit: s\nrules:\n  - { id: price, severity: info, topic: float-price, requireValue: true, message: 'Price {value}.', match: [{ phrase: cost }, { phrase: is just }, { phrase: costs }] }\n  - { id: length, severity: info, topic: session-length, requireValue: true, message: 'Length {value}.', match: [{ phrase: runs for }] }\n";
    const keys = (text: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => claim.key);
    expect(keys('Our Deep Drift session runs for two hours.')).toEqual(['session-length@deep-drift']);
    expect(keys('Memberships cost $69 a month and include one float plus 20% off extra floats.')).toEqual(['float-price']);
    expect(keys('Your first float with us is just $49.')).toEqual(['float-price@promotion']);
    expect(keys('Use code CALM20 and a float costs $49.')).toEqual(['float-price@promotion']);
  });

  it('reads a "can" that grants a limit as no hedge, and "the first and last few minutes" as no duration of relief', () => {
    const rules =
      "id: pets\ntopics:\n  pets-per-policy:\n    compare: range\n    unit: ''\n    unitWords: [pets]\n    limits: true\nrules:\n  - { id: pets, severity: info, topic: pets-per-policy, requireValue: true, message: 'Pets {value}.', match: [{ phrase: cover }] }\n";
    const hedged = (text: string): boolean[] => auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => claim.hedged);
    expect(hedged('You can cover up to three pets on one policy.')).toEqual([false]);
    expect(hedged('It may cover up to three pets.')).toEqual([true]);
    const relief = (text: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }).claims.filter((claim) => claim.topic === 'relief-duration').map((claim) => claim.key);
    expect(relief('Soft music plays for the first and last few minutes, then silence.')).toEqual([]);
    expect(relief('Relief can last a few months.')).toEqual(['relief-duration']);
  });

  it('takes "pounds" as the unit of a topic that counts in pounds, and a required category as a claim', () => {
    const rules =
      "id: studio\ntopics:\n  salt:\n    compare: range\n    unit: ''\n    unitWords: [pounds]\n  commitment:\n    compare: exclusive\n    categories: [annual, monthly]\nrules:\n  - { id: salt, severity: info, topic: salt, requireValue: true, message: 'Salt {value}.', match: [{ phrase: Epsom salt }] }\n  - { id: annual, severity: info, topic: commitment, category: annual, message: 'Annual.', match: [{ phrase: 12-month commitment }] }\n";
    const claims = (text: string): string[] =>
      auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => `${claim.key} ${claim.value.type === 'interval' ? claim.value.text : claim.value.type === 'category' ? claim.value.category : claim.polarity}`);
    expect(claims('Every suite holds about 1,000 pounds of Epsom salt.')).toEqual(['salt about 1,000']);
    expect(claims('Memberships require a 12-month commitment.')).toEqual(['commitment annual']);
    // That a status is not required says nothing of whether it has it.
    expect(claims("Day passes don't need a 12-month commitment.")).toEqual([]);
  });

  it('reads "within 30 days" as a window of 30 days on a topic of windows, and as an upper limit elsewhere', () => {
    const rules = (windows: boolean): string =>
      `id: refunds\ntopics:\n  refund-window:\n    compare: range\n    unit: s\n    windows: ${windows}\nrules:\n  - { id: refund, severity: info, topic: refund-window, requireValue: true, message: 'Refund {value}.', match: [{ phrase: refund }] }\n`;
    const pair = { 'a.md': 'Get a full refund within 30 days of your first session.\n', 'b.md': 'Refunds are only given within 14 days.\n' };
    expect(auditMarkdown(pair, rules(true)).contradictions.map(describeContradiction)).toEqual(['range refund-window: a.md:1 vs b.md:1']);
    expect(auditMarkdown(pair, rules(false)).contradictions).toEqual([]);
  });

  it('reads "up to 6,000 square feet" as the limit itself on a topic of limits, and as any figure up to it elsewhere', () => {
    const rules = (limits: boolean): string =>
      `id: wifi\ntopics:\n  coverage:\n    compare: range\n    unit: ''\n    unitWords: [square feet]\n    limits: ${limits}\nrules:\n  - { id: coverage, severity: info, topic: coverage, requireValue: true, message: 'Coverage {value}.', match: [{ phrase: covers }, { phrase: coverage }], examples: { match: [{ text: 'It covers up to 2,000 square feet.', value: 'up to 2,000' }] } }\n`;
    const pair = { 'a.md': 'Coverage of up to 6,000 square feet with the three-pack.\n', 'b.md': 'In our test home the coverage was 4,500 square feet.\n' };
    expect(auditMarkdown(pair, rules(true)).contradictions.map(describeContradiction)).toEqual(['range coverage: a.md:1 vs b.md:1']);
    expect(auditMarkdown(pair, rules(false)).contradictions).toEqual([]);
    // A unit's figure "on its own" is that unit's, not natural recovery.
    expect(auditMarkdown({ 'a.md': 'Each node covers up to 2,000 square feet on its own.\n' }, rules(true)).claims.map((claim) => claim.value.type === 'interval' && claim.value.min)).toEqual([2000]);
  });

  it('sets apart a figure for a condition the sentence names before or after it, and reads "4 ms" as a time', () => {
    const rules =
      'id: solar\ntopics:\n  payback:\n    compare: range\n    unit: s\n  latency:\n    compare: range\n    unit: s\nrules:\n  - { id: payback, severity: info, topic: payback, requireValue: true, message: \'Payback {value}.\', match: [{ phrase: payback }] }\n  - { id: latency, severity: info, topic: latency, requireValue: true, message: \'Latency {value}.\', match: [{ phrase: latency }] }\n';
    const pairs = (a: string, b: string): string[] => auditMarkdown({ 'a.md': `${a}\n`, 'b.md': `${b}\n` }, rules).contradictions.map(describeContradiction);
    expect(pairs('Payback takes 7 to 9 years.', 'If your roof faces east or west, payback can stretch to 11 years.')).toEqual([]);
    expect(pairs('Payback takes 7 to 9 years.', 'Payback can stretch to 11 years if your roof faces east or west.')).toEqual([]);
    expect(pairs('Payback takes 7 to 9 years.', 'Payback takes about 11 years.')).toEqual(['range payback: a.md:1 vs b.md:1']);
    expect(pairs('Latency of about 4 ms on the backhaul band.', 'Latency: 20 milliseconds.')).toEqual(['range latency: a.md:1 vs b.md:1']);
  });

  it("reads an owner's own case explained by what was unusual about it as theirs, and an early-booking price as an offer", () => {
    const rules =
      'id: install\ntopics:\n  install-time:\n    compare: range\n    unit: s\n  price:\n    compare: range\n    unit: $\nrules:\n  - { id: install, severity: info, topic: install-time, requireValue: true, message: \'Install {value}.\', match: [{ phrase: install }, { phrase: setup }] }\n  - { id: price, severity: info, topic: price, requireValue: true, message: \'Price {value}.\', match: [{ phrase: pay }, { phrase: price }] }\n';
    const pairs = (a: string, b: string): string[] => auditMarkdown({ 'a.md': `${a}\n`, 'b.md': `${b}\n` }, rules).contradictions.map(describeContradiction);
    expect(pairs('Installation takes two days.', 'My install took four days because it rained on day two.')).toEqual([]);
    expect(pairs('Installation takes two days.', 'The Helio 1, which this package replaces, needed five days to install.')).toEqual([]);
    expect(pairs('Setup takes 10 minutes.', 'Setup took me about an hour because I had to reset my modem twice.')).toEqual([]);
    // Without a reason, an owner's own figure is evidence against the maker's.
    expect(pairs('Setup takes 10 minutes.', 'Setup took me about an hour.')).toEqual(['range install-time: a.md:1 vs b.md:1']);
    expect(pairs('The price is $59 per trip.', 'Book before 31 March and pay $49 per trip instead of the regular $59.')).toEqual([]);
  });

  it('gives a figure both a user rule and a built-in rule reach to the user\'s rule', () => {
    const rules = 'id: battery\ntopics:\n  degradation:\n    compare: range\n    unit: "%"\nrules:\n  - id: loss\n    severity: info\n    topic: degradation\n    requireValue: true\n    message: Loss {value}.\n    match:\n      - phrase: capacity per year\n';
    const folder = auditMarkdown({ 'a.md': 'It loses less than 1% of its capacity per year, and patients improve.\n' }, rules);
    expect(folder.claims.map((claim) => claim.topic)).toEqual(['degradation']);
  });
});

describe('subgroups and differences', () => {
  it('sets apart a sentence that opens with whom it is about', () => {
    expect(between('Approval takes 24 hours.', 'For self-employed applicants, approval can take 2 to 3 weeks.', )).toEqual([]);
    expect(between('Success rates are 60%.', 'For most patients, success rates are 90%.')).toEqual(['range efficacy-rate/success: a.md:1 vs b.md:1']);
  });

  it('reads percentage points and "30% less" as differences, not rates', () => {
    expect(between('About 60% of patients improve.', 'Our rates are often 0.5 to 0.9 percentage points below the big banks.')).toEqual([]);
    expect(between('About 60% of patients improve.', 'Patients reported 30% less pain.')).toEqual([]);
  });

  it('reads what a homepage says as the seller\'s words', () => {
    expect(between('There are side effects, such as nausea.', 'The homepage says there are "no side effects".')).toEqual([]);
  });
});

describe('absolute safety', () => {
  it('reads "completely safe", "100% safe" and "zero risk" as denying every side effect', () => {
    expect(between('Safety: completely safe for everyone.', 'Reported side effects include eye strain and headaches.')).toEqual(['polarity side-effect: a.md:1 vs b.md:1']);
    expect(between('100% natural, 100% safe.', 'Some users notice mild redness where the patch sits.')).toEqual(['polarity side-effect: a.md:1 vs b.md:1']);
    expect(between('No treatment is completely safe.', 'Reported side effects include eye strain and headaches.')).toEqual([]);
  });
});

describe('other people\'s stories', () => {
  it('takes no figures from a friend\'s or relative\'s experience', () => {
    expect(between('Number of sessions: three, for most patients.', 'My friend Dana, who had heel pain for five years, needed five sessions instead of three.')).toEqual([]);
    expect(between('Session length: 60 minutes.', 'A friend of mine went to a different place, and her sessions there were only 45 minutes.')).toEqual([]);
    // One's own experience still counts.
    expect(between('Session length: 60 minutes.', 'Each of my sessions lasted two hours.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
  });
});

describe('tables of a subject\'s variants', () => {
  const table = '| Dose | Typical chair time | Price |\n|---|---|---|\n| 250 mg | 1.5–2 hrs | $395 |\n| 750 mg | 3.5–5 hrs | $850 |\n';

  it('reads a value cell with its row label and its column header, placed at the cell', () => {
    const report = auditMarkdown({ 'a.md': table, 'b.md': 'Most sessions are done in 30 mins, so chair time is short.\n' });
    expect(report.contradictions.map(describeContradiction)).toEqual(['range session-length: a.md:3 vs b.md:1']);
    // The 750 mg row clashes with the first and is set apart, as a later figure in one paragraph is.
    expect(report.claims.filter((claim) => claim.path.endsWith('a.md')).map((claim) => `${claim.span.start.line}:${claim.span.start.column}`)).toEqual(['3:12']);
  });

  it('does not compare the rows with each other, nor read a table whose rows may be other treatments', () => {
    expect(auditMarkdown({ 'a.md': table }).contradictions).toEqual([]);
    const treatments = '| Treatment | Chair time | Price |\n|---|---|---|\n| Cortisone | 10 mins | $90 |\n| PRP | 45 mins | $800 |\n';
    expect(auditMarkdown({ 'a.md': treatments }).claims).toEqual([]);
  });
});

describe('sessions before results show', () => {
  it('compares counts of sessions before results, not a success rate counted after some sessions', () => {
    expect(between('Visible results after just one session!', 'Most clients notice a difference after 8 to 12 sessions.')).toEqual(['range results-after-sessions: a.md:1 vs b.md:1']);
    expect(between('Visible results after just one session!', 'About 55% showed a visible improvement after three sessions.')).toEqual([]);
    expect(between('Visible results after just one session!', "You'll see full results after six sessions.")).toEqual([]);
  });
});

describe('twelfth round: how health articles word counts, courses, recovery and pain', () => {
  it('reads the count a course, a protocol or a series of whatever the treatment is called gives', () => {
    expect(between('A standard course is 10 injections.', 'At the clinic, a standard course is 28 daily injections.')).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
    expect(between('Your plan: a course of four sessions.', "The manufacturer's treatment protocol calls for six to eight sessions.")).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
    expect(between('For best results, most clients need a series of four to six peels.', 'Number of treatments: Usually a single peel.')).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
    // A harder group's count is theirs.
    expect(between('Most patients need just three sessions.', 'Patients with severe chronic Lyme disease may need 20 or more sessions.')).toEqual([]);
  });

  it('reads how long a treatment takes, a course lasts and recovery runs in fact-sheet wording', () => {
    expect(between('Each treatment: just 30 minutes.', 'Each session was 45 minutes on the table.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('A full course lasts three to five years.', 'The standard course is 12 to 18 months.')).toEqual(['range course-length: a.md:1 vs b.md:1']);
    expect(between('Minimal downtime, with most clients back at work the very next day.', 'Downtime: 7–10 days of redness, tightness and visible peeling.')).toEqual([
      'range recovery-time: a.md:1 vs b.md:1',
    ]);
  });

  it('reads when benefit is felt, and not what a warning or natural recovery says', () => {
    expect(between('Most patients notice improvement within two to three weeks.', 'It takes at least six months before you feel anything.')).toEqual(['range onset: a.md:1 vs b.md:1']);
    expect(between('It takes at least six months before you feel anything.', 'Anyone promising results in a couple of weeks is selling something.')).toEqual([]);
    expect(between('Most people notice a difference in two to three weeks.', 'There is no comparison group; many tendon injuries improve on their own over a month.')).toEqual([]);
  });

  it('reads pain and success in the words patients use, and a label as no measure over the words after it', () => {
    expect(between('The peel is painless.', 'And it burned like fire for about two minutes.')).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
    expect(between("It's completely safe, with no side effects.", 'The only side effect I had was redness at the injection site.')).toEqual(['polarity side-effect: a.md:1 vs b.md:1']);
    expect(between('More than 90% of our patients report reduced pain within four weeks.', 'The data show 60 to 70 percent of patients reported less pain.')).toEqual([
      'range efficacy-rate/success: a.md:1 vs b.md:1',
    ]);
    expect(between("- **Effective:** 93% of our clients say they're satisfied with their results.", 'Acne scar improvement: 40–60% in published studies.')).toEqual([]);
    // "drop users" are people who use drops, not a drop in a figure that sets a group apart.
    expect(between('More than 85% of patients report significant symptom improvement.', '50 to 60 percent of drop users reported meaningful improvement in their symptoms.')).toEqual([
      'range efficacy-rate/success: a.md:1 vs b.md:1',
    ]);
  });

  it("reads the writer's own clause as theirs, and another clause after it as a claim", () => {
    expect(between('Most protocols call for four to six sessions.', 'My PT told me to expect 4 sessions, and I was done after three.')).toEqual([]);
    expect(between('Most protocols call for four to six sessions.', 'I love this clinic, and most patients need just two sessions.')).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
  });

  it('sets aside a section that compares the subject with others', () => {
    const sheet = '## How it compares with other peel depths\n\n- **Deep peels (phenol):** downtime of 2–3 weeks.\n';
    expect(between('Downtime: 7–10 days of redness.', sheet)).toEqual([]);
  });
});

describe('thirteenth round: pain, effect sizes, counts and side effects in more wordings', () => {
  it('reads pain said of the treatment, and none felt', () => {
    expect(between('The procedure is completely painless.', "I'm not going to sugarcoat it: the treatment hurt.")).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
    expect(between('Babies feel no pain during the laser procedure.', "It hurts, there's no way around that.")).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
  });

  it('reads a change a compound names, or one measured against placebo, as an effect size', () => {
    expect(between('Clinical studies show an average sweat reduction of 82%.', 'The average sweat reduction at twelve months was 55 to 60 percent.')).toEqual([
      'range efficacy-rate/sweat-reduction: a.md:1 vs b.md:1',
    ]);
    expect(between('It lowered the combined rate of cardiac events by 18 percent compared with placebo.', 'The trial found a 30 percent reduction in cardiac events.')).toEqual([
      'range efficacy-rate/cardiac-reduction: a.md:1 vs b.md:1',
    ]);
  });

  it('reads counts "in a single session", "in two to three sessions" and of a protocol, and no year as a count', () => {
    expect(between('Most patients achieve their results in a single session.', 'Most patients need two sessions.')).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
    expect(between('It typically clears treated veins in two to three sessions.', 'Most patients need 4 to 6 treatments.')).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
    expect(between('A full protocol is four weekly applications.', 'Typical course: 8 to 10 applications.')).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
    expect(between('A full course is 20 infusions.', 'She says she did a full course in 2021.')).toEqual([]);
  });

  it('reads how long results hold, when an effect is noticeable, better sleep reported, and recovery the same day', () => {
    expect(between('The results are permanent.', 'Results usually hold for about 12 to 18 months.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    expect(between('Most people feel a difference within 24 hours.', 'Time to noticeable effect: 2 to 3 weeks.')).toEqual(['range onset: a.md:1 vs b.md:1']);
    expect(between('Ear seeds improve sleep in 85–90% of users.', '38 percent of participants reported meaningfully better sleep.')).toEqual(['range efficacy-rate/success: a.md:1 vs b.md:1']);
    expect(between('You can go back to work the same day.', 'Recovery takes 7 to 10 days.')).toEqual(['range recovery-time: a.md:1 vs b.md:1']);
  });

  it('reads kidney damage and low calcium as side effects, and a list of uses or care for a complaint as none', () => {
    expect(between('Chelation has no side effects.', 'EDTA infusions can cause dangerously low blood calcium as well as kidney damage.')).toEqual(['polarity side-effect: a.md:1 vs b.md:1']);
    expect(between('There are no side effects whatsoever.', '- **Common uses:** Stress, sleep, cravings, nausea, mild pain')).toEqual([]);
    expect(between('It can cause insomnia.', "I don't want anyone skipping proven care for insomnia.")).toEqual([]);
  });
});

describe('conditions and doubted promises', () => {
  it('reads whom a treatment does not suit as a condition, not a side effect', () => {
    expect(between("At-home ketamine isn't right for people with uncontrolled high blood pressure.", 'Side effects include raised blood pressure.')).toEqual([]);
  });

  it('reads promises the article tells readers to doubt as claiming nothing', () => {
    expect(between('Treat promises of "zero side effects" with healthy skepticism.', 'Side effects include bruising.')).toEqual([]);
  });
});

describe('a product rule set, from the tenth round', () => {
  const rules = `id: battery
comparators: [Parlio]
topics:
  price:
    compare: range
    unit: '$'
    measures:
      monthly: [a month]
      annual: [annual plan]
  sodium:
    compare: polarity
    terms:
      sodium: [sodium]
  capacity:
    compare: range
    unit: ''
    unitWords: [kWh]
  cycles:
    compare: range
    unit: ''
    unitWords: [full cycles, grain]
  noise:
    compare: range
    unit: ''
    measures:
      noise: [dB]
  savings:
    compare: range
    unit: '%'
  warranty:
    compare: range
    unit: s
  daily-time:
    compare: range
    unit: s
  accreditation:
    compare: exclusive
    categories: [accredited]
  offline:
    compare: polarity
  refills:
    compare: polarity
  contract:
    compare: polarity
rules:
  - { id: capacity, severity: info, topic: capacity, requireValue: true, message: 'Capacity {value}.', match: [{ phrase: stores }, { phrase: capacity }, { phrase: hold }] }
  - { id: cycles, severity: info, topic: cycles, requireValue: true, message: 'Cycles {value}.', match: [{ phrase: rated }] }
  - { id: noise, severity: info, topic: noise, requireValue: true, message: 'Noise {value}.', match: [{ phrase: measured }] }
  - { id: savings, severity: info, topic: savings, requireValue: true, message: 'Savings {value}.', match: [{ phrase: save }, { phrase: savings }] }
  - { id: warranty, severity: info, topic: warranty, requireValue: true, message: 'Warranty {value}.', match: [{ phrase: warranty }] }
  - { id: daily, severity: info, topic: daily-time, requireValue: true, message: 'Daily {value}.', match: [{ phrase: a day }] }
  - { id: accredited, severity: info, topic: accreditation, category: accredited, message: 'Accredited.', match: [{ phrase: accredited }] }
  - { id: price, severity: info, topic: price, requireValue: true, message: 'Price {value}.', match: [{ phrase: costs }, { phrase: pay }, { phrase: for }, { phrase: is }] }
  - { id: no-sodium, severity: info, topic: sodium, polarity: negated, message: 'No sodium.', match: [{ phrase: no sodium }] }
  - { id: sodium, severity: info, topic: sodium, message: 'Sodium.', match: [{ phrase: adds sodium }] }
  - { id: offline, severity: info, topic: offline, assertsOwnNegation: true, message: 'Offline.', match: [{ phrase: work without wi-fi }] }
  - { id: refills, severity: info, topic: refills, message: 'Refills.', match: [{ phrase: works without refills }] }
  - { id: contract, severity: info, topic: contract, message: 'Contract.', match: [{ phrase: no-contract }, { phrase: annual contract }, { phrase: contract }] }
`;
  const pairs = (a: string, b: string): string[] => auditMarkdown({ 'a.md': `${a}\n`, 'b.md': `${b}\n` }, rules).contradictions.map(describeContradiction);
  const values = (text: string): string[] =>
    auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => `${claim.key} ${claim.value.type === 'interval' ? claim.value.text : claim.polarity}`);

  it('sets apart things a participle describes and the case an opening "if" names', () => {
    expect(pairs('Owners typically save 60 to 80% on their electricity bills.', 'Homes heated entirely by electricity see smaller savings, closer to 25%.')).toEqual([]);
    expect(pairs('It stores 13.5 kWh.', 'If you pair two units, usable capacity doubles to 27 kWh.')).toEqual([]);
  });

  it('reads units joined by a hyphen or of two words, and no count in "at one metre"', () => {
    expect(values('Rated for 8,000 full cycles.')).toEqual(['cycles 8,000']);
    expect(values('It is rated at a 40,000-grain load.')).toEqual(['cycles 40,000']);
    expect(values('We measured 31 dB at one metre.')).toEqual(['noise/noise 31']);
  });

  it('carries a denial past an aside, and reads "lifetime" as a term without end', () => {
    expect(pairs('It stores 13.5 kWh.', 'It will not, as one forum post claimed, hold 20 kWh.')).toEqual([]);
    expect(pairs('Lifetime warranty on the tank and valve.', 'The valve has a 5-year warranty.')).toEqual(['range warranty: a.md:1 vs b.md:1']);
  });

  it("keeps the article's reply after a reported claim, and reads a label in quotes as the seller's", () => {
    expect(values('The website banner says "lifetime," but the paperwork gives a 5-year warranty.')).toEqual(['warranty 5-year']);
    expect(values('Lingora calls its completion certificate "accredited," but no employer had heard of it.')).toEqual([]);
  });

  it("sets an earlier model's figures apart, and the writer's own routine", () => {
    expect(pairs('It stores 13.5 kWh.', 'The first-generation VoltNest Home 10 offered just 9.5 kWh of usable capacity.')).toEqual([]);
    expect(pairs('It stores 13.5 kWh.', 'The AquaMellow 30K, which this model replaces, had a 9.5 kWh capacity.')).toEqual([]);
    expect(pairs('Ten minutes a day is all it takes.', 'After three months at about 20 minutes a day, I can order food.')).toEqual([]);
    expect(pairs('Ten minutes a day is all it takes.', 'The planner schedules 30 to 45 minutes a day.')).toEqual(['range daily-time: a.md:1 vs b.md:1']);
  });

  it("keeps what follows a comparator about it, and reads a plan or a group's price as theirs", () => {
    expect(pairs('Its certificate is not accredited.', 'Parlio costs more, $14.99 a month, but its certificate is accredited.')).toEqual([]);
    expect(pairs('Lingora Plus costs $9.99 a month.', 'Parlio costs more, $14.99 a month, but its certificate is accredited.')).toEqual([]);
    expect(pairs('Lingora Plus costs $9.99 a month.', 'The Family plan covers six people for $17.99 a month.')).toEqual([]);
    expect(pairs('Lingora Plus costs $9.99 a month.', 'Students with a school email pay $6.99 a month.')).toEqual([]);
    expect(pairs('Lingora Plus costs $9.99 a month.', 'Lingora Plus is $12.99 a month.')).toEqual(['range price/monthly: a.md:1 vs b.md:1']);
  });

  it("compares an offer's price only with other offers, never with the list price", () => {
    expect(pairs('Lingora Plus costs $12.99 a month.', 'For a limited time, Lingora Plus is $7.99 a month (regular price $12.99).')).toEqual([]);
    expect(pairs('Lingora Plus costs $12.99 a month.', 'New customers get 40% off their first month, which works out to $7.79 a month.')).toEqual([]);
    expect(pairs('Lingora Plus costs $12.99 a month.', 'In the spring sale it sold for $7.99 a month.')).toEqual([]);
    expect(pairs('At the launch price of $7.99 a month, it is a bargain.', 'Use code HELLO at checkout and it costs $4.99 a month.')).toEqual(['range price/monthly@promotion: a.md:1 vs b.md:1']);
    // The list price beside an offer, and a price in a clause of its own after one, are the product's.
    expect(pairs('Lingora Plus costs $9.99 a month.', 'For a limited time, Lingora Plus is $7.99 a month (regular price $12.99).')).toEqual(['range price/monthly: a.md:1 vs b.md:1']);
    expect(pairs('Lingora Plus costs $9.99 a month.', 'Introductory lessons are free, and Lingora Plus costs $12.99 a month.')).toEqual(['range price/monthly: a.md:1 vs b.md:1']);
  });

  it("reads a rival's figure set against the subject's, an earlier period's, and a previous product's as theirs", () => {
    expect(values('It cost us 12% of our savings, against 18% for Harborline and 31% for Nimbus Shield.')).toEqual(['savings 12%']);
    expect(pairs('The warranty is 5 years.', 'Before 2022, the warranty was 2 years; we extended it since.')).toEqual([]);
    expect(pairs('The warranty is 5 years.', 'For perspective, my old Rossetti Duo had a 2-year warranty.')).toEqual([]);
  });

  it('keeps the reply after a refuted rumour, and reads the column that names every word of the subject', () => {
    expect(pairs('It is not accredited.', 'That rumour is wrong: it is accredited.')).toEqual(['exclusive accreditation: a.md:1 vs b.md:1']);
    const table = '---\nsubject: tunnelfox-vpn\n---\n| | Tunnelfox VPN | Harborline VPN |\n|---|---|---|\n| Warranty | 5 years | 2 years |\n';
    const report = auditMarkdown({ 'a.md': table, 'b.md': '---\nsubject: tunnelfox-vpn\n---\nThe warranty is 2 years.\n' }, rules);
    expect(report.contradictions.map(describeContradiction)).toEqual(['range warranty: a.md:6 vs b.md:4']);
  });

  it('reads a match that asserts its own negation as affirmed when its rule says so, denied only from outside', () => {
    expect(values('The Arden works without Wi-Fi.')).toEqual(['offline affirmed']);
    expect(pairs('The Arden works without Wi-Fi.', 'The Arden does not work without Wi-Fi.')).toEqual(['polarity offline: a.md:1 vs b.md:1']);
    // Without the key, the phrase's own "without" denies the match.
    expect(values('It works without refills.')).toEqual(['refills negated']);
    // So does a compound's "no-" the phrase takes in, as the same words apart do.
    expect(values('All plans have the same no-contract terms.')).toEqual(['contract negated']);
    expect(pairs('All plans have the same no-contract terms.', 'There is no annual contract.')).toEqual([]);
  });

  it("reads a list item's label and a heading as naming the topic, not asserting it", () => {
    expect(values('- Contract: no annual contract; cancel anytime')).toEqual(['contract negated']);
    expect(values('- Contract: yes, an annual contract')).toEqual(['contract affirmed']);
    expect(values('## Contract and fees')).toEqual([]);
    // A heading that denies still says something.
    expect(values('## No-contract plans only')).toEqual(['contract negated']);
  });

  it('reads rumours and what reviewers or forums claim as theirs', () => {
    expect(values("There's a rumour on some forums that it measured 90 dB.")).toEqual([]);
    expect(values('Some reviewers claim it measured 90 dB.')).toEqual([]);
    expect(values('Rumours that it measured 90 dB are false.')).toEqual([]);
    expect(values('Despite rumours, we measured 58 dB.')).toEqual(['noise/noise 58']);
    expect(values('Someone on Reddit claimed it measured 90 dB, which is nonsense.')).toEqual([]);
    expect(values('A forum post insisted it measured 90 dB.')).toEqual([]);
    expect(values('Some owners claim it measured 90 dB.')).toEqual([]);
  });

  it("keeps a comparator's figure set beside it after a comma, and the relative clause after its predicate", () => {
    expect(values('Parlio was quieter, at 49 dB, and we measured 58 dB on ours.')).toEqual(['noise/noise 58']);
    expect(values('Parlio is the one to buy on a budget, whose warranty is only 1 year.')).toEqual([]);
    expect(values('Its warranty is only 1 year.')).toEqual(['warranty 1 year']);
  });

  it("reads a first period's price and a named card tier's as their own, and no figure in an answer's condition", () => {
    expect(values('It costs $95 a month ($0 first month).')).toEqual(['price/monthly $95', 'price/monthly@promotion $0']);
    expect(values('It costs $95 a month, and the fee is waived the first month.')).toEqual(['price/monthly $95']);
    expect(pairs('It costs $9.99 a month.', 'The Horizon Elite card costs $39.99 a month.')).toEqual([]);
    expect(values('## Is it worth it?\n\nIf you spend at least $400 a month, yes.')).toEqual([]);
  });

  it('reads no measure across a condition of its own, and no denial in a case an opening "if" names', () => {
    expect(values('Offline packs cost $4.99 each, and if you cancel an annual plan early there is a fee.')).not.toContain('price/annual $4.99');
    expect(pairs('Every salt-based softener adds sodium to softened water.', 'If you switch to potassium chloride pellets, no sodium is added at all.')).toEqual([]);
    expect(pairs('Every salt-based softener adds sodium to softened water.', 'It adds no sodium at all.')).toEqual(['polarity sodium/sodium: a.md:1 vs b.md:1']);
  });

  it('reads what a meeting, a side effect or a continuing improvement lasts as no relief and no onset', () => {
    expect(between('Results last 10 to 15 years.', 'Consultations are free and last 20 minutes.')).toEqual([]);
    expect(between('Results last 10 to 15 years.', 'Redness and bumps usually fade within hours, occasionally lasting a day or two.')).toEqual([]);
    expect(between('Most people see results the same day.', 'Vision can keep improving for 4–6 weeks before it settles.')).toEqual([]);
    // Results for life are how long they last, not when they start.
    expect(between('## One operation, results for life', 'Most people see results within 4 to 6 weeks.')).toEqual([]);
  });

  it('reads an older technique and a forum poster\'s relative as theirs, and a named side effect\'s denial as that one only', () => {
    expect(between('Most people are back at work within a week.', 'Older extracapsular surgery could keep people off work for a month or more.')).toEqual([]);
    expect(between('Veneers typically last 10 to 15 years.', 'molar_mike: My cousin says veneers only last five years.')).toEqual([]);
    expect(between('There is no risk of an allergic reaction.', 'Some people get a headache or a metallic taste.')).toEqual([]);
    expect(between('There is no risk of an allergic reaction.', 'Serious allergic reactions are rare, but they can happen.')).toEqual(['polarity side-effect/allergic-reaction: a.md:1 vs b.md:1']);
    expect(between('Nausea is common in the first week.', 'Take the tablets on schedule, not when you already feel sick.')).toEqual([]);
  });

  it('reads a placement, an operation "over in" minutes, a desk job and a wait before anyone notices', () => {
    expect(between('The procedure typically lasts 20 to 30 minutes.', 'Placement takes under 15 minutes.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('The operation usually takes 20 to 30 minutes.', 'The operation itself is over in about 10 minutes.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('Most people are back at work within 2 days.', 'Most patients can return to a desk job after about two weeks.')).toEqual(['range recovery-time: a.md:1 vs b.md:1']);
    expect(between('Most clients feel better within hours.', 'It takes two to three weeks before anyone notices a real difference.')).toEqual(['range onset: a.md:1 vs b.md:1']);
    // The writer's own wait is theirs.
    expect(between('Most clients feel better within hours.', 'It was two or three days before I noticed a difference.')).toEqual([]);
    expect(between('Most people are back to full duty within two weeks.', 'It was nearly two months before my boss let me back on full duty.')).toEqual([]);
  });

  it('reads a hospital stay of its own, apart from recovery, and "same-day discharge" as no night in hospital', () => {
    expect(between('Same-day discharge: most patients go home the same day as their surgery.', 'Typical hospital stay: 2–4 days.')).toEqual(['range hospital-stay: a.md:1 vs b.md:1']);
    expect(between('Most patients go home the same day.', 'Most people are back at work after 4–6 weeks.')).toEqual([]);
    // The writer's own numbers, and a promise others make in quotes, are not the article's.
    expect(between('Typical hospital stay: 2–4 days.', 'Mine: surgery was about three hours, and I was discharged the same afternoon.')).toEqual([]);
    expect(between('Typical hospital stay: 2–4 days.', 'The "same-day discharge" some clinics advertise is really for a minority.')).toEqual([]);
  });

  it('reads clearance rates and a series of treatments; trials are where a figure was measured, not a group', () => {
    expect(between('Our laser clears fungus in 95% of patients.', 'In the better-quality trials, complete clearance rates fall between 30% and 60%.')).toEqual(['range efficacy-rate/success: a.md:1 vs b.md:1']);
    expect(between('One treatment is all you need.', 'Providers usually suggest a series of four to six monthly treatments.')).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
    expect(between('Most protocols involve 3 to 4 sessions.', 'The first-generation lasers sometimes required sessions of up to an hour per foot, and 8 sessions.')).toEqual([]);
  });

  it('reads no denial of what a condition names, and no relief in a step of the session', () => {
    expect(between('Side effects include drowsiness.', "Don't drive or use machinery if you feel drowsy.")).toEqual([]);
    expect(between('Side effects include drowsiness.', 'It does not cause drowsiness.')).toEqual(['polarity side-effect/drowsiness: a.md:1 vs b.md:1']);
    expect(between('Results last for years.', 'A standard body cycle lasts 35 minutes.')).toEqual([]);
    expect(between('Relief lasts two weeks.', 'The benefits of a deep-tissue massage may last 48 hours or so.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    expect(between('It has no side effects.', 'Vaginal estrogen is available for dryness.')).toEqual([]);
  });

  it("reads one person's luck as no denial for everyone, and one person's side effect as showing it happens", () => {
    expect(between('Side effects include dizziness.', 'I have never felt dizzy after a session.')).toEqual([]);
    expect(between('Side effects include dizziness.', 'My friend had no side effects at all.')).toEqual([]);
    expect(between('Side effects include bruising.', 'No bruising for me.')).toEqual([]);
    expect(between('It causes no bruising.', 'I had bruising as a side effect for a week.')).toEqual(['polarity side-effect/bruising: a.md:1 vs b.md:1']);
    // What the writer was told is not their own case.
    expect(between('Side effects include dizziness.', 'I was told it never causes dizziness.')).toEqual(['polarity side-effect/dizziness: a.md:1 vs b.md:1']);
    // Hearsay after a poster's byline is still hearsay; an offering of the writer's named in quotes is its own thing.
    expect(between('Results usually last 6 to 12 months.', 'petal_and_pine wrote: My coworker swears filler is permanent and never goes away.')).toEqual([]);
    expect(between('Results usually last 6 to 12 months.', 'Our "lip flip" with a muscle relaxer is $180 and lasts about 8 to 12 weeks.')).toEqual([]);
    // What they were warned of, told after the fact, is still their own luck.
    expect(between('Some people feel extra soreness after a session.', "I didn't get any of the soreness they warned me about.")).toEqual([]);
  });

  it('reads a span of something else as no onset, a visit or last spring as no relief, and some stubborn hairs as a few of them', () => {
    expect(between('Results show almost immediately.', 'Wearing compression stockings for one to three weeks afterward may improve results.')).toEqual([]);
    expect(between('Results show almost immediately.', 'Most clinics massage the area for a couple of minutes afterwards, which may improve results.')).toEqual([]);
    // Waiting for results is how soon they come.
    expect(between('Results show almost immediately.', 'You may need to wait for 4 to 6 weeks to see results.')).toEqual(['range onset: a.md:1 vs b.md:1']);
    expect(between('Results are permanent.', 'Plan for your whole visit on surgery day to last 2 to 3 hours.')).toEqual([]);
    expect(between('Relief lasts 6 months.', 'Mine (upper molar, last spring) was about 75 minutes of actual work.')).toEqual([]);
    expect(between('Most areas need 15 to 30 sessions.', 'Some stubborn hairs need two or three treatments.')).toEqual([]);
    expect(between('Most areas need 15 to 30 sessions.', 'Most people need two or three treatments.')).toEqual(['range sessions-needed: a.md:1 vs b.md:1']);
    // A quantity is no group: "some redness … for a few hours to a day", "a few hours".
    expect(between('Downtime is about a week.', 'Expect some redness and mild swelling for a few hours to a day, then back to work.')).toEqual(['range recovery-time: a.md:1 vs b.md:1']);
  });

  it("reads another variant, a denied intent, a whole visit and a relative's hearsay as none of the subject's claims", () => {
    expect(between('A standard session lasts between 19 and 37 minutes.', 'A newer form called theta-burst stimulation delivers a session in about three minutes.')).toEqual([]);
    expect(between('Seizure is rare: about 1 in 30,000 sessions.', "Unlike ECT, it isn't designed to trigger a seizure.")).toEqual([]);
    expect(between('Seizure is rare: about 1 in 30,000 sessions.', 'It does not cause seizures.')).toEqual(['polarity side-effect/seizure: a.md:1 vs b.md:1']);
    expect(between('The injection itself usually takes a few minutes.', 'Your visit lasts about 40 minutes, covering assessment, the scan and the injection.')).toEqual([]);
    expect(between('The laser procedure itself takes less than a minute.', 'The laser release itself usually takes 10 to 15 minutes.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('Our laser is FDA-cleared for resurfacing.', 'My sister says it\'s not even FDA approved.')).toEqual([]);
    expect(between('Manual workers need six to eight weeks before going back to full duties.', 'Most people are back at work within a week.')).toEqual(['range recovery-time: a.md:1 vs b.md:1']);
    expect(between('Expect the operation itself to take 45 to 90 minutes.', 'The operation takes about 15 minutes.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    // A phrase runs into an aside but not out of one: no "work within" here, and "itself … takes" there.
    expect(between('Most people need six to eight weeks off work.', 'Patients return to full duty — even heavy manual work — within one week.')).toEqual(['range recovery-time: a.md:1 vs b.md:1']);
    expect(between('The procedure takes under 45 minutes.', 'It covers check-in, the procedure itself — which takes 60 to 90 mins — and a rest.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
  });
});

describe('round 18 readings', () => {
  it('reads a lead time, the finished result, a comparative group and a drip "done in" an hour', () => {
    expect(between('The operation itself takes 30 to 45 minutes.', 'Arrive 90 minutes before your scheduled surgery time.')).toEqual([]);
    expect(between('Most people plan on 10 to 14 days before returning to work.', 'Most people are back at work in 2 days.')).toEqual(['range recovery-time: a.md:1 vs b.md:1']);
    expect(between('Results show within two weeks.', 'By your six-week review you are looking at the finished result.')).toEqual([]);
    expect(between('A full face treatment usually takes 60 to 90 minutes.', 'Smaller areas, such as the brow, can often be done in 30 minutes or less.')).toEqual([]);
    expect(between('A NAD+ infusion lasts 2 to 4 hours.', 'Our NAD+ drip is done in 45 minutes to an hour.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('Relief commonly lasts six weeks to three months.', 'Mine lasted about four months, which my physio said was on the long side of normal.')).toEqual([]);
  });

  it('reads each use in a list of uses, and a table row whose label names what else the figure is of', () => {
    expect(between('Prolotherapy is an FDA-approved treatment for knee osteoarthritis and chronic back pain.', 'Injecting it into joints for pain is off-label.')).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
    expect(between('It is an FDA-approved formula.', 'Lash serums are sold as cosmetics, and none is FDA approved to grow lashes.')).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
    // Some things of a kind: their status is not the subject's.
    expect(between('No device is FDA approved to cure nail fungus.', 'Several lasers are FDA cleared for a temporary increase in clear nail.')).toEqual([]);
    expect(between('Relief lasts 6 to 12 months.', 'Each freeze lasts 10 to 20 seconds.')).toEqual([]);
    // A list of uses past its commas, and "those conditions" pointing back to the uses the sentence opens with.
    const offLabel = 'For PTSD and generalized anxiety disorder, it has not been cleared by the FDA; using it for those conditions is off-label.';
    expect(between('It is FDA approved for depression, generalized anxiety and PTSD.', offLabel)).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
    expect(between('It is FDA-cleared for major depressive disorder and obsessive-compulsive disorder.', offLabel)).toEqual([]);
    // Two statuses in a paragraph: the one whose sentence names the subject is the subject's.
    const paragraph = auditMarkdown({
      'a.md': '---\nsubject: prolotherapy\n---\n\nProlotherapy is an FDA-approved treatment for knee pain.\n',
      'b.md': '---\nsubject: prolotherapy\n---\n\nDextrose itself is an FDA-approved drug, but only as an intravenous fluid. Injecting it for knee pain is off-label: prolotherapy is not approved for that.\n',
    });
    expect(paragraph.contradictions.map(describeContradiction)).toEqual(['exclusive regulatory-status: a.md:5 vs b.md:5']);
    const table = '| When | How long |\n| --- | --- |\n| Relief from the local anaesthetic | Wearing off after 2–6 hours |\n';
    expect(auditMarkdown({ 'a.md': 'Relief commonly lasts six weeks to three months.\n', 'b.md': table }).contradictions).toEqual([]);
  });

  it("reads a condition the title says the subject treats as no side effect anywhere in the article", () => {
    const article = (title: string): string[] =>
      auditMarkdown({
        'a.md': `---\ntitle: "${title}"\n---\n\nIt isn't enough on its own for severe cystic acne.\n`,
        'b.md': 'Many at-home acne masks carry a risk of breakouts.\n',
      }).contradictions.map(describeContradiction);
    expect(article('LED Light Therapy for Acne at a Skin Clinic')).toEqual([]);
    expect(article('LED Light Therapy at a Skin Clinic')).toEqual(['polarity side-effect/acne: a.md:5 vs b.md:1']);
  });
});

describe('forum threads', () => {
  const thread = (post: string): string[] =>
    auditMarkdown({ 'a.md': 'Acne flares and infection are common.\n', 'b.md': `Has anyone had it done?\n\n**wren_k** wrote:\n\n${post}\n` }).contradictions.map(describeContradiction);

  it("reads a poster's bare list of what they did not get as their own luck, and a reply's quotation as no new claim", () => {
    expect(thread('Zero breakouts, zero infection, no dark spots. Healed like a dream.')).toEqual([]);
    expect(thread('kat_88: No infection, and I followed the aftercare to the letter.')).toEqual([]);
    expect(auditMarkdown({ 'a.md': 'Infection is common.\n', 'b.md': '**pebbledash** wrote: No bleeding, no infection.\n' }).contradictions).toEqual([]);
    // Outside a post, the same words deny it for everyone.
    expect(between('Acne flares and infection are common.', 'Zero breakouts, zero infection, no dark spots.')).not.toEqual([]);
    const quoted = auditMarkdown({
      'a.md': 'Our laser is FDA-cleared for resurfacing.\n',
      'b.md': 'Someone on a forum said it\'s not even FDA approved, which is nonsense.\n\n> it\'s not even FDA approved\n\nIt is cleared, in fact.\n',
    });
    expect(quoted.contradictions).toEqual([]);
    // The quotation may open with the quoted poster's handle; words nobody said before still claim what they say.
    const reply = (earlier: string): number[] =>
      auditMarkdown({
        'a.md': 'Home devices last for years.\n',
        'b.md': `**mirela.s** wrote:\n\n${earlier}\n\n**tidepool** wrote:\n\n> mirela.s: only lasted about five months\n\nSame here.\n`,
      })
        .claims.filter((claim) => claim.path.endsWith('b.md'))
        .map((claim) => claim.span.start.line);
    expect(reply("I'd spent more on Botox, which only lasted about five months in my palms.")).not.toContain(7);
    expect(reply('Botox was pricey.')).toContain(7);
  });
});

describe("round 22's readings", () => {
  it('reads a session that marks a time ("after a session") as no session length, and "hands-on" as no "one session"', () => {
    expect(between('Each session lasts about 45 minutes.', 'Expect a mild ache for a day or two after a hands-on session.')).toEqual([]);
    expect(between('Each session lasts about 45 minutes.', 'Any ache after a session fades within a day.')).toEqual([]);
    // The session still measures when nothing stands between it and its figure: "each session lasts two hours" does.
    expect(between('Each session lasts about 45 minutes.', 'After that, each session takes about 2 hours.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
  });

  it('reads whether insurance covers the treatment, and leaves a case, a trend or a "may" out', () => {
    expect(between('Most major insurance plans cover the surgery.', 'The surgery is not covered by insurance.')).toEqual(['polarity insurance-coverage: a.md:1 vs b.md:1']);
    expect(between('Most major insurers now cover it.', 'Insurers may cover it when tests show the lids block vision, but cosmetic work is not covered by insurance.')).toEqual([]);
    expect(between('Insurers increasingly cover it.', 'It is not covered by insurance.')).toEqual([]);
    expect(between('If your insurance covers it, you pay only the co-pay.', 'It is not covered by insurance.')).toEqual([]);
  });

  it('reads a sting the treatment causes against a promise of none', () => {
    expect(between('Rinse without any stinging.', 'A mild stinging sensation is normal the first few times.')).toEqual(['polarity side-effect/stinging: a.md:1 vs b.md:1']);
    expect(between('The injection is completely painless.', 'The injection itself stung, and my elbow was sore for days.')).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
  });

  it("takes back a row label's finding when its cell denies it, and a reply's quotation of words already flagged", () => {
    const findingLines = (text: string): number[] =>
      auditMarkdown({ 'a.md': text })
        .findings.filter((finding) => finding.ruleId === 'regulatory/approval-claim')
        .map((finding) => finding.span.start.line);
    // A row's cell that says "No" denies its label; "Yes" leaves the finding.
    expect(findingLines('| | Ours |\n| --- | --- |\n| FDA approved | No |\n')).toEqual([]);
    expect(findingLines('| | Ours |\n| --- | --- |\n| FDA approved | Yes |\n')).toEqual([3]);
    const thread = '**kestrel** wrote:\n\nThe device is FDA approved for home use.\n\n**tide_pool** wrote:\n\n> The device is FDA approved for home use.\n\nNot for me.\n';
    expect(findingLines(thread)).toEqual([3]);
  });

  it('reads "no risk of rejection" as a denial of the rejection only, and a quoted selling point as a pitch', () => {
    expect(between('There is no risk of rejection, since it is your own blood.', 'Mild swelling is a common side effect.')).toEqual([]);
    expect(between('There is no risk of side effects.', 'Mild swelling is a common side effect.')).toEqual(['polarity side-effect: a.md:1 vs b.md:1']);
    expect(between('There is no risk of infection.', 'Infection is a rare side effect.')).toEqual(['polarity side-effect/infection: a.md:1 vs b.md:1']);
    expect(between('One selling point you will see everywhere is "no dry eye."', 'Dry eye is a common side effect.')).toEqual([]);
    expect(between('The clinic says there is no dry eye.', 'Dry eye is a common side effect.')).toEqual(['polarity side-effect/dry-eyes: a.md:1 vs b.md:1']);
  });

  it('reads what a treatment "gave me" as a side effect that happens', () => {
    expect(between('It will not cause diarrhea.', 'Glycinate gave me diarrhea for the first week.')).toEqual(['polarity side-effect/diarrhea: a.md:1 vs b.md:1']);
    expect(between('It will not cause diarrhea.', 'Glycinate gave me my sleep back.')).toEqual([]);
  });

  it('reads how long an improvement takes to build up as when it is complete, not when it first shows', () => {
    expect(between('Results show within 2 weeks.', 'Scar improvement builds over 3 to 6 months.')).toEqual([]);
    expect(between('Results show within 2 weeks.', 'Scar improvement shows after 3 to 6 months.')).toEqual(['range onset: a.md:1 vs b.md:1']);
  });
});

describe("round 23's readings", () => {
  it("reads one family's insurance as no statement of coverage", () => {
    expect(between('Most major insurers cover it.', "Our insurance didn't cover it, but it was FSA-eligible.")).toEqual([]);
    expect(between('Most major insurers cover it.', 'It is not covered by insurance.')).toEqual(['polarity insurance-coverage: a.md:1 vs b.md:1']);
  });

  it('reads the weeks an improvement builds between, or the full effect named before its figure, as the full result', () => {
    expect(between('Results show within 2 weeks.', 'Most of the improvement builds between 6 and 12 weeks after the final session.')).toEqual([]);
    expect(between('Results show within 2 weeks.', 'Results build gradually: the full effect is usually reached around 12 weeks.')).toEqual([]);
    expect(between('Results show within 2 weeks.', 'Results show after about 12 weeks.')).toEqual(['range onset: a.md:1 vs b.md:1']);
  });

  it('reads the share of people given a fake treatment as the sham arm', () => {
    const sham = 'In sham-controlled studies, where patients receive a fake treatment that makes the same noise, roughly 30 to 40 percent also improve.';
    expect(between('About 75% of patients improve.', sham)).toEqual([]);
    expect(between('About 75% of patients improve.', 'In studies, roughly 30 to 40 percent of patients improve.')).toEqual(['range efficacy-rate/success: a.md:1 vs b.md:1']);
  });

  it('reads the people a study was of as a subgroup, and how long a treatment "runs" or cases "finish in" as its course', () => {
    const general = 'It usually takes 4 to 6 weeks before most people notice a difference.';
    expect(between(general, 'In one small dermatology study of people with rosacea, improvements took closer to eight weeks.')).toEqual([]);
    expect(between(general, 'Improvements took closer to eight weeks.')).toEqual(['range onset: a.md:1 vs b.md:1']);
    expect(between('Most teen cases finish in 12 to 18 months.', 'Teen aligner treatment usually runs two and a half to three years.')).toEqual(['range course-length: a.md:1 vs b.md:1']);
  });

  it("reads a comparator's clause past an aside that describes it, and 'the benefit' after it as the comparator's", () => {
    const subject = '---\nsubject: heel-shockwave\n---\n';
    const steroid = 'Steroid injections, usually given with a local anaesthetic, often bring relief within days, but the benefit commonly wears off within a couple of months.';
    expect(between(`${subject}Relief lasts about a year.`, `${subject}${steroid}`)).toEqual([]);
    expect(between(`${subject}Relief lasts about a year.`, `${subject}The benefit commonly wears off within a couple of months.`)).toEqual(['range relief-duration: a.md:4 vs b.md:4']);
  });

  it('reads the blood level, the scan, local anaesthesia, a referral and a licence in the words of round 33', () => {
    // How long levels in the blood take to plateau is no onset of the effect.
    const plateau = 'Blood levels rise quickly and plateau after about a week of daily use.';
    const steady = 'It takes around three to four weeks of daily use for levels in the blood to reach a steady state.';
    expect(between(plateau, steady)).toEqual(['range blood-levels: a.md:1 vs b.md:1']);
    expect(between('Any effect on tiredness tends to appear only after two to three months of daily use.', steady)).toEqual([]);
    // A scan's own minutes, and the whole appointment around it.
    expect(between('The scan takes around 6 to 8 minutes.', 'The scan itself takes 20 to 30 minutes.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(between('The scan itself takes 20 to 30 minutes.', 'Allow about 45 to 60 minutes for the whole appointment, including changing and the scan.')).toEqual([]);
    expect(between('It is performed under local anaesthesia only; you remain awake throughout.', 'The procedure is performed under general anaesthesia.')).toEqual(['polarity general-anaesthesia: a.md:1 vs b.md:1']);
    expect(between('No referral needed: you can book a consultation directly.', "You'll need a referral from your GP before booking.")).toEqual(['polarity referral: a.md:1 vs b.md:1']);
    expect(between('It is a licensed medicine for heart failure.', 'It is not licensed as a medicine for any condition.')).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
    // One capsule's effect is no bottle's supply.
    expect(between('The calm from one capsule typically lasts 8 to 10 hours.', 'A single dose typically wears off within two to three hours.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    expect(between('Most vision insurance plans cover it.', "It's not covered by medical or vision insurance in most cases.")).toEqual(['polarity insurance-coverage: a.md:1 vs b.md:1']);
    // A symptom affecting one's work is no side effect affecting a share of people.
    expect(between('It has no side effects.', 'Tell the school if reading fatigue is affecting their work.')).toEqual([]);
    expect(between('It has no side effects.', 'Fatigue affects about one in ten people in the first week.')).toEqual(['polarity side-effect: a.md:1 vs b.md:1']);
  });

  it("reads a roundup's other entries as rivals, and waterproof, a foreign transaction fee and a hard credit check", () => {
    const subject = '---\nsubject: Cobbleway Pulse 3 portable speaker\n---\n';
    const roundup = `${subject}## 1. Cobbleway Pulse 3: best overall\n\nA dependable all-rounder.\n\n## 2. Brightwave Go: best battery\n\n- Rated IP67 waterproof\n`;
    expect(between(`${subject}The Pulse 3 is not waterproof.`, roundup)).toEqual([]);
    // Title Case section headings make no roundup: "## Side Effects" and "## Battery Life" are sections, not rivals.
    const keys = (text: string): string[] => auditMarkdown({ 'a.md': text }).claims.map((claim) => claim.key);
    expect(keys('---\nsubject: ketamine infusion therapy\n---\n## Ketamine Infusion Therapy\n\nIt helps.\n\n## Side Effects\n\nSide effects include nausea.\n')).toEqual(['side-effect/nausea']);
    expect(keys('---\nsubject: Quillon Ring 2 smart ring\n---\n## Quillon Ring 2\n\nA fine ring.\n\n## Battery Life\n\nThe battery lasts up to 7 days per charge.\n')).toEqual(['battery-runtime']);
    expect(keys('---\nsubject: Quillon Ring 2 smart ring\n---\n## 1. Quillon Ring 2: best overall\n\nA fine ring.\n\n## 2. Battery Life: best in its class\n\nThe battery lasts up to 7 days per charge.\n')).toEqual(['battery-runtime']);
    // The same list item under the subject's own entry is its claim.
    expect(between(`${subject}The Pulse 3 is not waterproof.`, `${subject}## 1. Cobbleway Pulse 3: best overall\n\n- Rated IP67 waterproof\n`)).toEqual(['polarity waterproof: a.md:4 vs b.md:6']);
    expect(between('The speaker is water-resistant, not waterproof.', 'It comes with a waterproof pouch, but the charging dock is not waterproof.')).toEqual([]);
    expect(between('No foreign transaction fees when you shop abroad.', 'It charges a 3% fee on purchases made abroad.')).toEqual(['polarity foreign-transaction-fee: a.md:1 vs b.md:1']);
    expect(between('No foreign transaction fees when you shop abroad.', 'ATM withdrawals abroad cost a flat $3 fee.')).toEqual([]);
    expect(between("The issuer doesn't run a hard credit check.", 'Applying triggers a hard inquiry on your credit report.')).toEqual(['polarity hard-credit-check: a.md:1 vs b.md:1']);
    expect(between('Checking your rate will not trigger a hard inquiry.', 'Applying triggers a hard inquiry on your credit report.')).toEqual([]);
    // Checking one's rate is a topic of its own: a soft inquiry against "a hard credit inquiry even just to show you
    // your rates", but not against a soft check followed by the application's hard one.
    const hardCheck = 'Ashbury runs a hard credit inquiry even just to show you your rates, unlike most competitors, which use a soft pull.';
    expect(between('Checking your rate uses a soft credit inquiry.', hardCheck)).toEqual(['polarity rate-check-inquiry: a.md:1 vs b.md:1']);
    expect(between('Checking your rate uses a soft credit inquiry.', 'Checking your rate is a soft pull; applying triggers a hard inquiry.')).toEqual([]);
  });

  it('counts past one describing word to the unit, takes "10% off parts" for a rule that names it, and keys members after a colon', () => {
    const rules =
      "id: shop\ntopics:\n  mechanics:\n    compare: range\n    unit: ''\n    unitWords: [mechanics]\n  parts-discount:\n    compare: range\n    unit: '%'\n    relativeTolerance: 0\nrules:\n  - { id: mechanics, severity: info, topic: mechanics, requireValue: true, message: 'Mechanics {value}.', match: [{ phrase: employs }] }\n  - { id: discount, severity: info, topic: parts-discount, requireValue: true, message: 'Discount {value}.', match: [{ phrase: off parts }] }\n";
    const claims = (text: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => `${claim.key} ${claim.value.type === 'interval' ? claim.value.text : ''}`);
    expect(claims('The shop employs four full-time mechanics.')).toEqual(['mechanics four']);
    // A word that changes the count, or is a unit of its own, is no description.
    expect(claims('The shop employs 2 more mechanics than last year.')).toEqual([]);
    expect(claims('Members of the riders club get 10% off parts.')).toEqual(['parts-discount@members 10%']);
    expect(claims('The loyalty scheme is generous: club members get 20% off parts.')).toEqual(['parts-discount@members 20%']);
  });

  it('counts people for a topic that counts in them, and reads a lesson as a session and a free trial as no relief (round 34)', () => {
    const rules =
      "id: swim\ntopics:\n  class-size:\n    compare: range\n    unit: ''\n    unitWords: [children]\nrules:\n  - { id: class-size, severity: info, topic: class-size, requireValue: true, message: 'Class size {value}.', match: [{ phrase: holds }] }\n";
    const keys = (text: string, own?: string): string[] => auditMarkdown({ 'a.md': `${text}\n` }, own).claims.map((claim) => `${claim.key} ${claim.value.type === 'interval' ? claim.value.text : ''}`);
    expect(keys('Each class holds six children.', rules)).toEqual(['class-size six']);
    expect(keys('Each group lesson lasts 30 minutes.')).toEqual(['session-length 30 minutes']);
    expect(keys('The free trial of Premium lasts 30 days.')).toEqual(['free-trial 30 days']);
    expect(keys('It has been open for more than a decade, and it remains the first name parents mention.')).toEqual([]);
    // A rate for a first period only is an offer, and so is new families' first term.
    expect(keys('New borrowers get 6.99% APR for the first six months.')).toEqual(['apr@promotion 6.99%']);
    const price = "id: school\ntopics:\n  term-price:\n    compare: range\n    unit: '$'\nrules:\n  - { id: term-price, severity: info, topic: term-price, requireValue: true, message: 'Term {value}.', match: [{ phrase: term }] }\n";
    expect(keys('New families get their first term for $150 as an introductory offer.', price)).toEqual(['term-price@promotion $150']);
    expect(keys('Students get a term for $150.', price)).toEqual(['term-price@students $150']);
  });

  it('reads named fees, a contract, installation time, a warranty transfer and a founding year (round 36)', () => {
    expect(between('There is no annual fee, and no late fees either.', 'The card carries a $95 annual fee.')).toEqual(['polarity fee/annual: a.md:1 vs b.md:1']);
    expect(between('Quillmark does not charge an origination fee.', 'Quillmark charges an origination fee of 1% to 5%.')).toEqual(['polarity fee/origination: a.md:1 vs b.md:1']);
    // Each fee is its own; a fee is charged only with a figure or a verb; an offer, "any" and a rival charge none.
    expect(between('There is no annual fee on this card.', 'Pay late and a $29 late fee applies.')).toEqual([]);
    expect(between('There is no annual fee on this card.', 'Compare annual fees before you choose a card.')).toEqual([]);
    expect(between('There is no annual fee on this card.', 'The $95 annual fee is waived for the first year.')).toEqual([]);
    expect(between('There is no annual fee on this card.', 'Many cards charge an annual fee of $95 or more.')).toEqual([]);
    expect(between('There is no cancellation fee.', 'Ask the gym whether there is any cancellation fee.')).toEqual([]);
    // A row label and its cell say it together: "| Late fee | Up to $40 |".
    expect(between('Paywren never charges late fees.', '| Fee | Amount |\n|---|---|\n| Late fee | Up to $40 |')).toEqual(['polarity fee/late: a.md:1 vs b.md:3']);
    // A sibling version's fee is that version's.
    const card = '---\nsubject: Wayfarer Horizon Visa\n---\n';
    expect(between(`${card}The Wayfarer Horizon Visa has no annual fee.`, `${card}If you want unlimited lounge access, the Horizon Elite version includes it, but at a $395 annual fee.`)).toEqual([]);
    expect(between('No contract. Cancel anytime.', 'Memberships require a 12-month commitment, billed monthly.')).toEqual(['polarity contract/contract: a.md:1 vs b.md:1']);
    expect(between('Contract: no annual contract; cancel anytime.', 'All plans share the same no-contract terms.')).toEqual([]);
    expect(between('No contract. Cancel anytime.', 'A $500 deposit is due when you sign your contract.')).toEqual([]);
    expect(between('No contract. Cancel anytime.', 'Members who prepay for a year may lock in current pricing.')).toEqual([]);
    expect(between('Most installations are completed in a single day.', 'Expect installation to take two to three days.')).toEqual(['range installation-time: a.md:1 vs b.md:1']);
    expect(between('Most installations are completed in a single day.', 'Split the cost into four installments over six weeks.')).toEqual([]);
    expect(between('The warranty can be transferred once to the next owner.', 'The warranty is non-transferable.')).toEqual(['polarity warranty-transfer: a.md:1 vs b.md:1']);
    expect(between('We have been family-owned since 1998.', 'The company was founded in 2009 by two brothers.')).toEqual(['range founded: a.md:1 vs b.md:1']);
    expect(between('The company was founded in 2009.', 'The company was founded in 2009 by two brothers.')).toEqual([]);
  });

  it('reads the side effects, the discharge and the stretches of time of round 36 as what they are', () => {
    expect(between('It is not associated with hypoglycemia.', 'Inositol can trigger low blood sugar episodes.')).toEqual(['polarity side-effect/low-blood-sugar: a.md:1 vs b.md:1']);
    expect(between('Halotherapy cannot trigger an asthma attack.', 'Some people with asthma have experienced coughing and bronchospasm during sessions.')).toEqual([
      'polarity side-effect/asthma-attack: a.md:1 vs b.md:1',
    ]);
    expect(between('Ablation does not cause menopause.', 'My doctor warned me that ablation would likely bring on menopause a few years early.')).toEqual([
      'polarity side-effect/early-menopause: a.md:1 vs b.md:1',
    ]);
    // Safe for a group is whom it suits, not a denial of every side effect.
    expect(between('The staff told us it is perfectly safe for people with high blood pressure.', 'Salt aerosol can irritate the airways.')).toEqual([]);
    // A discharge that lasts weeks is a symptom, not leaving hospital; a stretch of years looked back on is no onset.
    expect(between('You go home the same day.', 'Expect a watery discharge that can last a few weeks.')).toEqual([]);
    expect(between('It has become one of the more visible names in travel insurance over the past few years.', 'Benefits kick in after 12 hours.')).toEqual([]);
    // Nor is what the subject is not to be confused with.
    expect(between("We don't bill insurance.", "Don't confuse it with concierge medicine, which also bills insurance.")).toEqual([]);
  });

  it('reads an interaction with another medicine against a denial of all, but not a question or what is no medicine', () => {
    expect(between('CBD does not cause drowsiness, and there are no known drug interactions.', 'It also interacts with blood thinners.')).toEqual(['polarity interaction: a.md:1 vs b.md:1']);
    expect(between('There are no known drug interactions.', 'Ask your pharmacist about interactions before you start.')).toEqual([]);
    expect(between('There is no known interaction with grapefruit.', 'It can interact with blood thinners such as warfarin.')).toEqual([]);
  });

  it('reads the words of round 37: an ATM fee, a cooling-off period, a founding, and no pain or warranty where none is claimed', () => {
    expect(between('Pennyfern never charges ATM fees on any withdrawal.', '| Fee | Amount |\n|---|---|\n| Out-of-network ATM withdrawals | $2.50 per withdrawal |')).toEqual([
      'polarity fee/atm: a.md:1 vs b.md:3',
    ]);
    expect(between('Cooling-off period: 30 days', 'One thing to know is that the cooling-off period is 14 days.')).toEqual(['range refund-window: a.md:1 vs b.md:1']);
    // The buyer's statutory right beside a shop's own policy is no window of the product's.
    expect(between('Every order comes with a 30-day returns policy.', 'On top of that you keep your 14-day statutory cooling-off period.')).toEqual([]);
    expect(between('The charity was founded in 2006.', 'It has offered guides since its founding in 2010.')).toEqual(['range founded: a.md:1 vs b.md:1']);
    expect(between('A quick, painless liquid is brushed on.', 'Children with painful sores in the mouth should not have it.')).toEqual([]);
    expect(between('The machine has a two-year warranty.', 'Labor is covered for only 12 months, so out-of-warranty repairs could add up.')).toEqual([]);
    // A relative clause that denies the verb its term is the object of denies the term.
    expect(between('Side effects can include nausea.', 'Reviews argue over nausea, which the drug does not cause.')).toEqual(['polarity side-effect/nausea: a.md:1 vs b.md:1']);
    expect(between('There is no nausea at all.', 'Reviews argue over nausea, which the drug does not cause.')).toEqual([]);
  });

  it('reads the rivals an article names beside a brand, and a one-word name only where the article writes it as one', () => {
    const keys = (text: string): string[] => auditMarkdown({ 'a.md': text }).claims.map((claim) => `${claim.key} ${claim.polarity}`);
    // A roundup entry for the subject may hold a section word ("Build"); a rival's entry of one word is a rival.
    const card = '---\nsubject: Mosswood Build secured credit card\n---\n';
    expect(keys(`${card}## Mosswood Build Secured Card\n\nIt has no annual fee.\n\n## Larkspur Secured\n\nThe Larkspur Secured card charges a $35 annual fee.\n`)).toEqual(['fee/annual negated']);
    const policy = '---\nsubject: Otterbrook car insurance\n---\n';
    expect(keys(`${policy}## Otterbrook\n\nThere is no cancellation fee.\n\n## Brightlane\n\nBrightlane charges a $50 cancellation fee.\n\n| Insurer | Fee |\n|---|---|\n| Brightlane | $50 |\n`)).toEqual([
      'fee/cancellation negated',
    ]);
    // Prose that writes the subject's brand names its rivals beside it.
    const hsa = '---\nsubject: Harborlight HSA\n---\n';
    expect(keys(`${hsa}Two popular options are Harborlight and Copperline.\n\nHarborlight has no monthly fee.\n\nCopperline's HSA charges a $2.50 monthly fee.\n`)).toEqual(['fee/monthly negated']);
    // The subject's own brand less a category word is the subject: "the old Tunnelfox app" names no other product.
    const vpn = '---\nsubject: tunnelfox-vpn\n---\n';
    expect(between(`${vpn}Someone asked about the old Tunnelfox app.\n\nTunnelfox refunds within 30 days.`, `${vpn}Tunnelfox refunds within 14 days.`)).toEqual(['range refund-window: a.md:6 vs b.md:4']);
    // What the subject and a rival both do is the subject's too.
    expect(between(`${vpn}We tested Tunnelfox and Harborline for a month.\n\nTunnelfox and Harborline both refund within 30 days.`, `${vpn}Tunnelfox refunds within 14 days.`)).toEqual([
      'range refund-window: a.md:6 vs b.md:4',
    ]);
    expect(between(`${vpn}We tested Tunnelfox and Harborline for a month.\n\nHarborline refunds within 30 days.`, `${vpn}Tunnelfox refunds within 14 days.`)).toEqual([]);
    // A one-word heading the article never writes inside a sentence is a section, not a rival.
    const ring = '---\nsubject: Quillon Ring 2 smart ring\n---\n';
    expect(keys(`${ring}## Quillon Ring 2\n\nA fine ring.\n\n## Compatibility\n\nThe battery lasts up to 7 days per charge.\n`)).toEqual(['battery-runtime affirmed']);
  });

  it('reads a rival from a "vs" heading, from "up against" and from a name called a rival', () => {
    const drill = '---\nsubject: Torvik DX20 Pro drill\n---\n';
    const runtimes = (text: string): string[] => auditMarkdown({ 'a.md': `${drill}${text}` }).claims.filter((claim) => claim.topic === 'battery-runtime').map((claim) => claim.key);
    const rival = 'The Makora RD18 runs for 50 minutes per charge.\n';
    // Nothing names the Makora as another product: its figure is read as the subject's.
    const tested = 'We spent a week with the Torvik DX20 Pro.\n\n';
    expect(runtimes(`# Torvik DX20 Pro review\n\n${tested}${rival}`)).toEqual(['battery-runtime']);
    expect(runtimes(`# Torvik DX20 Pro vs Makora RD18\n\n${tested}${rival}`)).toEqual([]);
    expect(runtimes(`We tested the Torvik DX20 Pro, which puts it up against the Makora RD18.\n\n${rival}`)).toEqual([]);
    expect(runtimes(`We tested the Torvik DX20 Pro and its closest rival, the Makora RD18.\n\n${rival}`)).toEqual([]);
  });
});
