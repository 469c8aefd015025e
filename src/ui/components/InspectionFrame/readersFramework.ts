/**
 * A framework in the reader's language: its Welsh where it has Welsh and the reader reads Welsh,
 * its English otherwise. The ratings stay English, as the findings compare and store them as
 * values. Kept per framework object, so a screen that memoises on the framework is given the
 * same object until the framework or the language changes.
 */
import { type Framework, type Language, localiseFramework } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { currentLanguage } from '../../i18n/translate';

const shown = new WeakMap<Framework, { language: Language; framework: Framework }>();

export function readersFramework(framework: Framework): Framework {
  const language = currentLanguage();
  const kept = shown.get(framework);
  if (kept?.language === language) return kept.framework;
  const localised = localiseFramework(framework, language, { keepRatings: true });
  shown.set(framework, { language, framework: localised });
  return localised;
}

const records = new WeakMap<FrameworkRecord, { language: Language; record: FrameworkRecord }>();

/** The stored version with its framework in the reader's language (its hash is the stored one's). */
export function readersRecord(record: FrameworkRecord): FrameworkRecord {
  const language = currentLanguage();
  const kept = records.get(record);
  if (kept?.language === language) return kept.record;
  const framework = readersFramework(record.framework);
  const localised = framework === record.framework ? record : { ...record, framework };
  records.set(record, { language, record: localised });
  return localised;
}
