/**
 * The report's core, for src/core/index.ts. Imported as `./report` because the lint pattern
 * that keeps core from importing src/report (`**\/report/*`) also matches `./report/<file>`.
 */
export * from './buildReport';
export * from './checkReportFigures';
export * from './combinedSummary';
export * from './exportFileName';
export * from './newsRelease';
export * from './newsReleaseDraft';
export * from './personalDataInText';
export * from './publishedFiguresChapter';
export * from './reportDocument';
export * from './reportDraft';
export * from './reportTemplates';
export * from './suggestKeyFindings';
