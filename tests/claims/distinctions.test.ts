import { describe, expect, it } from 'vitest';
import { auditMarkdown, describeContradiction } from '../helpers.js';

describe('statuses told apart in one paragraph', () => {
  const cleared = 'The custom device a dentist fits is FDA-cleared for sleep apnea.';
  const notCleared = 'The boil-and-bite version sold online is not FDA-cleared for sleep apnea.';

  it('reads an approval and a denial in one paragraph as a distinction, not a contradiction', () => {
    const report = auditMarkdown({ 'a.md': `${cleared} ${notCleared}\n`, 'b.md': 'It is FDA-cleared for sleep apnea.\n' });
    expect(report.contradictions).toEqual([]);
    // The findings on the passage stay for the editor.
    expect(report.findings.filter((finding) => finding.ruleId === 'regulatory/approval-claim').length).toBeGreaterThan(0);
  });

  it('reads a bare status beside the same status for a named use as a label for it', () => {
    const report = auditMarkdown({
      'a.md': '- **FDA-approved protocol.** Our treatment is FDA approved for age-related low testosterone.\n',
      'b.md': 'No testosterone product is FDA approved for women.\n',
    });
    expect(report.contradictions).toEqual([]);
  });

  it('keeps the side of a distinction that names the subject', () => {
    const report = auditMarkdown({
      'a.md': '---\nsubject: follicore-serum\n---\nOur FDA-approved formula works.\n',
      'b.md': '---\nsubject: follicore-serum\n---\nFollicore is not FDA approved. Only two drugs, minoxidil and finasteride, are FDA approved.\n',
    });
    expect(report.contradictions.map(describeContradiction)).toEqual(['exclusive regulatory-status: a.md:4 vs b.md:4']);
  });

  it('tells the clauses of one sentence apart by which names the subject', () => {
    const report = auditMarkdown({
      'a.md': '---\nsubject: quitpath-app\n---\nThe FDA-cleared app guides you.\n',
      'b.md': '---\nsubject: quitpath-app\n---\nThe nicotine patches in the kit are FDA approved, but the app itself has not been cleared by the FDA.\n',
    });
    expect(report.contradictions.map(describeContradiction)).toEqual(['exclusive regulatory-status: a.md:4 vs b.md:4']);
  });

  it('gives a status that names no use the use of an agreeing status before it in its paragraph', () => {
    const report = auditMarkdown({
      'a.md': 'The filler is FDA approved for lip augmentation.\n',
      'b.md': 'No filler is FDA approved for the under-eye hollows. Injectors use these products off-label there.\n',
    });
    expect(report.contradictions).toEqual([]);
    // Without the use before it, an off-label use is any use.
    const bare = auditMarkdown({ 'a.md': 'The filler is FDA approved for lip augmentation.\n', 'b.md': 'Injectors use these products off-label.\n' });
    expect(bare.contradictions.map(describeContradiction)).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
  });

  it('still reports the same two statuses in different paragraphs', () => {
    const report = auditMarkdown({ 'a.md': `${cleared}\n\n${notCleared}\n` });
    expect(report.contradictions.map(describeContradiction)).toEqual(['exclusive regulatory-status: a.md:1 vs a.md:3']);
  });
});

describe('figures told apart in one paragraph', () => {
  const lips = 'Lip filler results last 6 to 9 months.';
  const cheeks = 'Cheek results last longer, typically 12 to 24 months.';

  it('reads a later clashing figure in the paragraph as about something set apart', () => {
    const report = auditMarkdown({ 'a.md': `${lips} ${cheeks}\n` });
    expect(report.contradictions).toEqual([]);
  });

  it('keeps the first figure of the paragraph in comparisons with other articles', () => {
    const report = auditMarkdown({ 'a.md': `${lips} ${cheeks}\n`, 'b.md': 'Filler results last about 18 months.\n' });
    // 18 months meets the general 6–9 months, not the set-apart 12–24 months it would agree with.
    expect(report.contradictions.map(describeContradiction)).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
  });

  it('still reports the same two figures in different paragraphs', () => {
    const report = auditMarkdown({ 'a.md': `${lips}\n\n${cheeks}\n` });
    expect(report.contradictions.map(describeContradiction)).toEqual(['range relief-duration: a.md:1 vs a.md:3']);
  });
});
