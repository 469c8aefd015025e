/**
 * Every built-in framework file validates, and its place in the folder matches its identity. Its
 * wording tells an inspector what to look for, never what the source report found (SPEC §9), and
 * every scored question says what each side of its answer means, the right way round.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Framework, loadFramework, type Question, type Scale } from '../../src/core';
import { builtInFrameworkFiles } from '../fixtures/builtInFrameworkFiles';

const files = builtInFrameworkFiles();

function load(path: string): Framework {
  const result = loadFramework(readFileSync(path, 'utf8'));
  if (result.status !== 'ok') throw new Error(`${path} is not a valid framework`);
  return result.value;
}

const frameworks = files.map((file) => ({ ...file, framework: load(file.path) }));

/** Numeric order of versions like 1.0.10 and 1.0.9. */
function versionOrder(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * The newest version of each built-in framework: what new inspections use. A published version
 * never changes, so an older one keeps its wording; the newest must meet today's rules.
 */
const newest = [...new Set(frameworks.map((f) => f.id))].map(
  (id) =>
    frameworks.filter((f) => f.id === id).sort((a, b) => versionOrder(b.version, a.version))[0]!,
);

type Wording = { where: string; text: string };

/**
 * Everything an inspector reads while judging a case: guidance, prompts, descriptions of
 * sections, standards and answer options, and the glossary. The framework's own description and
 * status note describe the source and its sample, not what to look for, so they are left out.
 */
function wordingOf(framework: Framework): Wording[] {
  const out: Wording[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text !== undefined) out.push({ where, text });
  };
  const item = (where: string, entry: { guidance?: string; prompts?: string[] }) => {
    add(`${where} guidance`, entry.guidance);
    for (const [i, prompt] of (entry.prompts ?? []).entries())
      add(`${where} prompts[${i}]`, prompt);
  };
  for (const scale of framework.scales) {
    for (const option of scale.options)
      add(`scale ${scale.id}.${option.value}`, option.description);
  }
  for (const field of framework.profile) item(`profile ${field.id}`, field);
  for (const section of framework.sections) {
    add(`section ${section.id}`, section.description);
    for (const standard of section.standards) {
      add(`standard ${standard.id}`, standard.description);
      for (const question of standard.questions) item(`question ${question.id}`, question);
    }
  }
  for (const entry of framework.glossary ?? []) add(`glossary ${entry.term}`, entry.definition);
  return out;
}

const NUMBER = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;

/**
 * How reports state what they found: figures, proportions in words, and the inspectors' own
 * verdicts. Legitimate guidance needs none of these to say what to look for.
 */
const FINDING_PATTERNS: RegExp[] = [
  /\b\d[\d.]*\s?%|\bper ?cent\b/i,
  /\b\d[\d,]* (?:out )?of (?:the )?\d[\d,]*\b/i,
  new RegExp(
    String.raw`\bin (?:only )?${NUMBER} (?:of the )?(?:inspected )?(?:cases|instances|occasions)\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b${NUMBER} (?:children and young people|children|young people) (?:had|were)\b`,
    'i',
  ),
  new RegExp(String.raw`\bthe ${NUMBER} cases\b`, 'i'),
  /\b(?:one|two|three|four|five|six|seven|eight|nine)-(?:half|halves|thirds?|quarters?|fifths?|sixths?|tenths?)\b/i,
  /\b(?:a|one) (?:third|quarter|fifth|sixth) of\b/i,
  /\b(?:over|nearly|almost|about|around|just under|under|less than|more than|fewer than) (?:a )?half\b/i,
  /\bhalf (?:of (?:the )?(?:cases|children|young people|supervision plans|plans)|were|had)\b/i,
  new RegExp(
    String.raw`\bonly (?:${NUMBER}|a few|a minority|a small number|half|about half)\b`,
    'i',
  ),
  /\bmajority\b/i,
  /\b(?:in most|for the most part)\b/i,
  /\bmost (?:of (?:the )?)?(?:cases|plans|care plans|supervision plans|children|young people|care leavers|local authorities|authorities|social workers|YOTs|life stories)\b/i,
  /\b(?:very )?few (?:of (?:the )?)?(?:cases|plans|supervision plans|risk management plans|reports|instances|professionals|children|young people|assessments)\b/i,
  /\bin (?:a small number of|a number of|too many|many of the|many|some of these|some of the|some|all but one of the) (?:positive |good |less positive )?(?:cases|instances|examples)\b/i,
  /\b(?:we|inspectors) (?:also |sometimes |often )?(?:found|saw|judged|identified|did not find|were told|were surprised)\b/i,
  /\b(?:the inspection|the report) (?:found|identified|confirmed)\b/i,
  /\b(?:was|were) (?:also )?judged\b/i,
  /\bevidence was (?:also )?seen\b/i,
  /\b(?:was|were|had) (?:often|rarely|frequently|generally|mainly|commonly|sometimes|very rarely|not always|not consistently)\b/i,
  /\b(?:was|were|did|had)(?: also)? not (?:appear to be )?(?:consistently|routinely|always)\b/i,
  /\b(?:often|frequently|sometimes|rarely) (?:found|seen|failed|fell|ran|described|expressed|reported|focused|did not|poorly)\b/i,
  /\b(?:many|some|most|all|few) (?:looked after )?(?:children|young people|care leavers|local authorities|authorities|personal advisors)\b(?: and care leavers)? (?:told|had|were|did|managed|used)\b/i,
  /\bin (?:some|a number of|many|most) (?:local )?authorities\b/i,
  /\b(?:a )?(?:small|significant) number of\b/i,
  /\b(?:little|strong|good) evidence\b|\bthere was (?:also )?(?:no |some )?evidence\b/i,
  /\b(?:on the whole|in the main|not unusual|told us|all except one)\b/i,
  /\bin the (?:inspection )?sample\b/i,
];

/** Each wording that states a finding, with the first pattern it matches. */
function findingsStated(framework: Framework): string[] {
  return wordingOf(framework).flatMap(({ where, text }) => {
    const match = FINDING_PATTERNS.map((pattern) => pattern.exec(text)).find((m) => m !== null);
    return match ? [`${where}: “${match[0]}”`] : [];
  });
}

/** Scored: the scale has a positive option, so a report states the share of positive answers. */
function isScored(scale: Scale): boolean {
  return scale.options.some((option) => option.meaning === 'positive');
}

/**
 * An adverse question asks whether something bad happened: its scale's first option ("Yes") is
 * the negative answer and another is positive. Ordered scales (a 0–4 score) start at one end of
 * the scale instead, so they are not adverse.
 */
function isAdverse(scale: Scale): boolean {
  return scale.ordered !== true && scale.options[0]?.meaning === 'negative' && isScored(scale);
}

const NEGATION = /\b(?:not|no|never|neither|nor|without)\b|n't\b/i;

/** What is wrong with the finding wording of each question, in words. */
function polarityProblems(framework: Framework): string[] {
  const scales = new Map(framework.scales.map((scale) => [scale.id, scale]));
  const questions: Question[] = framework.sections.flatMap((section) =>
    section.standards.flatMap((standard) => standard.questions),
  );
  return questions.flatMap((question) => {
    const scale = question.scale === undefined ? undefined : scales.get(question.scale);
    if (!scale) return [];
    const finding = question.finding;
    if (!isScored(scale)) {
      // Wording on a scale with no positive option is never used: either the scale should say
      // which answer is good, or the question is a neutral fact and needs no wording.
      return finding ? [`${question.id}: finding wording on a scale with no positive option`] : [];
    }
    if (!finding) return [`${question.id}: scored, but has no finding wording`];
    if (finding.positive.trim() === finding.negative.trim()) {
      return [`${question.id}: positive and negative wording are the same`];
    }
    if (!isAdverse(scale)) return [];
    const problems: string[] = [];
    if (NEGATION.test(finding.negative)) {
      problems.push(`${question.id}: adverse, but the negative wording denies the event`);
    }
    if (!NEGATION.test(finding.positive)) {
      problems.push(`${question.id}: adverse, but the positive wording does not deny the event`);
    }
    return problems;
  });
}

describe('built-in frameworks', () => {
  it.each(files)(
    '$path is a valid framework filed under its id and version',
    ({ id, version, path }) => {
      const result = loadFramework(readFileSync(path, 'utf8'));
      expect(result.status === 'invalid' ? result.errors : []).toEqual([]);
      if (result.status === 'ok') {
        expect(result.value.id).toBe(id);
        expect(result.value.version).toBe(version);
      }
    },
  );

  it.each(newest)('$path says what to look for, never what the source found', ({ framework }) => {
    expect(findingsStated(framework)).toEqual([]);
  });

  it.each(newest)(
    '$path gives every scored question finding wording, the right way round',
    ({ framework }) => {
      expect(polarityProblems(framework)).toEqual([]);
    },
  );
});

describe('the wording checks', () => {
  const lac = newest.find((f) => f.id === 'hmip-lac-placed-away-2012')!.framework;

  /** A copy of the 2012 framework with one question changed. */
  function withQuestion(id: string, change: (question: Question) => void): Framework {
    const copy = structuredClone(lac);
    for (const section of copy.sections) {
      for (const standard of section.standards) {
        for (const question of standard.questions) if (question.id === id) change(question);
      }
    }
    return copy;
  }

  it('catch guidance that quotes what the report found', () => {
    const quoting = withQuestion('victim-safety', (question) => {
      question.guidance =
        'Report §3.18: "Case managers had given sufficient attention to the safety of victims or potential victims in only 60% of cases."';
    });
    expect(findingsStated(quoting)).toEqual(['question victim-safety guidance: “60%”']);
    const fraction = withQuestion('victim-of-crime', (question) => {
      question.guidance =
        'Report §2.7: "in one-fifth of cases children and young people had themselves been victims of crime".';
    });
    expect(findingsStated(fraction)).toEqual(['question victim-of-crime guidance: “one-fifth”']);
  });

  it('catch an adverse question with no wording, or with its wording the wrong way round', () => {
    const missing = withQuestion('victim-of-crime', (question) => {
      delete question.finding;
    });
    expect(polarityProblems(missing)).toEqual([
      'victim-of-crime: scored, but has no finding wording',
    ]);
    const swapped = withQuestion('victim-of-crime', (question) => {
      question.finding = {
        positive: 'the child had been a victim of crime during YOT supervision',
        negative: 'the child had not been a victim of crime during YOT supervision',
      };
    });
    expect(polarityProblems(swapped)).toEqual([
      'victim-of-crime: adverse, but the negative wording denies the event',
      'victim-of-crime: adverse, but the positive wording does not deny the event',
    ]);
  });
});
