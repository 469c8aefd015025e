/**
 * What `case-audit report` draws its report from, read from an inspection file as the app's
 * report worker reads it from the device: the inspection, its pinned framework, the cases the
 * findings count, the lead's report text (an empty draft when none is written) and the sentence
 * on moderation from the second readings the file carries.
 */
import {
  countsInFindings,
  emptyReportDraft,
  heldForSecondReader,
  type InspectionFileContents,
  type ModeratedReadings,
  moderationFigures,
  moderationSentence,
  readingValues,
} from '../core';
import type { ReportSource } from '../report/reportModel';
import { countedCasesInFile } from './findingsInputs';

/** The moderation sentence for the methodology, as the app words it; null when none is recorded. */
function moderationText(contents: InspectionFileContents): string | null {
  const caseById = new Map(contents.cases.map((c) => [c.id, c]));
  const readings: ModeratedReadings[] = contents.moderation
    .filter((record) => !heldForSecondReader(record))
    .map((record) => {
      const kase = caseById.get(record.caseId);
      return {
        caseId: record.caseId,
        place: kase,
        status: record.data.status,
        // The copy kept at the first decision, else the case's answers now.
        first: readingValues(record.data.firstReading ?? kase?.answers ?? {}),
        second: readingValues(record.data.secondReading),
        decisions: record.data.decisions,
      };
    });
  if (readings.length === 0) return null;
  const casesInSample = contents.cases.filter((c) => countsInFindings(c)).length;
  return moderationSentence(moderationFigures(contents.framework, readings, casesInSample));
}

export function reportSourceOf(contents: InspectionFileContents): ReportSource {
  const text = moderationText(contents);
  return {
    inspection: contents.inspection,
    framework: contents.framework,
    cases: countedCasesInFile(contents),
    draft: contents.report ?? emptyReportDraft(),
    moderation: text === null ? null : { text },
  };
}
