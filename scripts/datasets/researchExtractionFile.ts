/**
 * The synthetic research extraction as a whole-inspection file, the kind the app's "Open a Case
 * Audit file" imports: the built-in framework yjb-case-file-2010 read from the repository, the
 * cases with their answers (no history: the records were never edited), and the checksum.
 * Node only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildInspectionFile,
  type Framework,
  type InspectionFile,
  loadFramework,
} from '../../src/core';
import {
  type ResearchExtraction,
  type ResearchExtractionOptions,
  researchExtraction,
} from './researchExtraction';

const FRAMEWORK_PATH = fileURLToPath(
  new URL('../../audit-frameworks/yjb-case-file-2010/1.0.1.json', import.meta.url),
);

let cached: Framework | null = null;

/** The built-in framework yjb-case-file-2010 1.0.1, as the app ships it. */
export function yjbFramework(): Framework {
  if (cached) return cached;
  const loaded = loadFramework(readFileSync(FRAMEWORK_PATH, 'utf8'));
  if (loaded.status !== 'ok') throw new Error(JSON.stringify(loaded.errors));
  cached = loaded.value;
  return cached;
}

/** The extraction on the built-in framework. */
export function yjbExtraction(options: ResearchExtractionOptions = {}): ResearchExtraction {
  return researchExtraction(yjbFramework(), options);
}

function sha256(text: string): Promise<string> {
  return Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));
}

/** The extraction as an inspection file. */
export function researchExtractionFile(
  options: ResearchExtractionOptions = {},
): Promise<InspectionFile> {
  const { framework, inspection, cases } = yjbExtraction(options);
  return buildInspectionFile(
    {
      framework,
      inspection,
      cases: cases.map((kase) => ({ ...kase, answers: { ...kase.answers }, history: [] })),
      report: null,
      moderation: [],
    },
    { exportedAt: inspection.updatedAt, appVersion: 'generated' },
    sha256,
  );
}
