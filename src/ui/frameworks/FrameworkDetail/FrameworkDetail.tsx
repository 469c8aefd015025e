import { useMemo, useState } from 'preact/hooks';
import {
  type Framework,
  localiseFramework,
  plural,
  pluralForm,
  summariseFramework,
} from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { getFramework } from '../../../db/frameworks/frameworkStore';
import { Loading } from '../../components/Loading';
import { SummaryRow } from '../../components/SummaryRow';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { currentLanguage } from '../../i18n/translate';
import { STATUS_LABELS, STATUS_TAGS } from '../Frameworks/frameworkStatus';
import { downloadJson } from './downloadJson';
import { FrameworkActions } from './FrameworkActions';
import { FrameworkDocument } from './FrameworkDocument';
import { FrameworkVersions, PublishedBanner } from './FrameworkVersions';
import { Paragraphs } from './Paragraphs';
import { PublishedFiguresPart } from './PublishedFiguresPart';
import { WorkbookDownload } from './WorkbookDownload';
import './FrameworkDetail.css';

const QUANTIFIER_WORDS: Record<Framework['quantifiers'], string> = {
  fractions: 'Fractions, as inspectorates in England and Wales write them (“nearly two-thirds”)',
  bands: 'Bands, as Scottish inspectorates write them (“most”, “the majority”, “few”)',
};

/** What a reader must keep in mind about a framework that is not published as it stands. */
function statusWarning(framework: Framework): string | undefined {
  const seeNote = framework.statusNote ? ' See the status note below.' : '';
  if (framework.status === 'draft')
    return `A draft: its wording may change, and may not match the published source.${seeNote}`;
  if (framework.status === 'reconstructed')
    return `Reconstructed from a published report rather than taken from the inspectorate’s own tool.${seeNote}`;
  return undefined;
}

function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en-GB'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/** Only web addresses become links: a file could hold `javascript:` or worse. */
function webAddress(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

function BackLink() {
  return (
    <a href="/frameworks" class="govuk-back-link ca-no-print">
      Back to frameworks
    </a>
  );
}

function NotFound({ frameworkKey }: { frameworkKey: string }) {
  usePageTitle('Framework not found');
  return (
    <>
      <BackLink />
      <h1 class="govuk-heading-l">Framework not found</h1>
      <p class="govuk-body">
        There is no framework “{frameworkKey}” on this device. If you followed a link from another
        device, import the framework file here first.
      </p>
      <p class="govuk-body">
        Go to the{' '}
        <a class="govuk-link" href="/frameworks">
          framework library
        </a>{' '}
        or{' '}
        <a class="govuk-link" href="/frameworks/import">
          import a framework
        </a>
        .
      </p>
    </>
  );
}

function FrameworkPage({ record }: { record: FrameworkRecord }) {
  const stored = record.framework;
  // Read in the reader's language where the framework has it; its files are the stored framework.
  const language = currentLanguage();
  const framework = useMemo(() => localiseFramework(stored, language), [stored, language]);
  // The published figures' import is the page's one form: its errors mark the title, GOV.UK style.
  const [figuresRefused, setFiguresRefused] = useState(false);
  usePageTitle(framework.title, figuresRefused);
  const counts = summariseFramework(framework);
  const url = webAddress(framework.source.url);
  const warning = statusWarning(framework);
  return (
    <>
      <BackLink />
      <PublishedBanner record={record} />
      <span class="govuk-caption-l">Framework, version {framework.version}</span>
      <h1 class="govuk-heading-l">{framework.title}</h1>
      <p class="govuk-body">
        <strong class={`govuk-tag ${STATUS_TAGS[framework.status]}`}>
          {STATUS_LABELS[framework.status]}
        </strong>{' '}
        <span class="govuk-body-s">
          {record.builtIn ? 'Built in' : `Imported on ${formatDate(record.addedAt)}`}
        </span>
      </p>
      {warning && <WarningText>{warning}</WarningText>}
      {framework.description && <Paragraphs text={framework.description} />}
      <div class="govuk-button-group ca-no-print">
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => downloadJson(`${stored.id}-${stored.version}.json`, stored)}
        >
          Export as JSON
        </button>
        <WorkbookDownload framework={stored} />
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => window.print()}
        >
          Print
        </button>
      </div>
      <dl class="govuk-summary-list">
        <SummaryRow label="Version">{framework.version}</SummaryRow>
        <SummaryRow
          label={pluralForm(framework.publishers.length, { one: 'Publisher', other: 'Publishers' })}
        >
          {framework.publishers.join(', ')}
        </SummaryRow>
        <SummaryRow label="Year">{framework.year}</SummaryRow>
        <SummaryRow label="Source">
          <span class="ca-prose">{framework.source.citation}</span>
          {framework.source.url !== undefined && (
            <>
              <br />
              {url ? (
                <a class="govuk-link ca-framework__url" href={url} rel="noreferrer noopener">
                  {url}
                </a>
              ) : (
                <span class="ca-framework__url">{framework.source.url}</span>
              )}
            </>
          )}
        </SummaryRow>
        {framework.statusNote && (
          <SummaryRow label="Status note">
            <Paragraphs text={framework.statusNote} className="govuk-body-s" />
          </SummaryRow>
        )}
        <SummaryRow label="Licence">{framework.licence}</SummaryRow>
        <SummaryRow label="Language">{languageName(framework.language)}</SummaryRow>
        <SummaryRow label="Proportions in words">
          {QUANTIFIER_WORDS[framework.quantifiers]}
        </SummaryRow>
        <SummaryRow label="Contains">
          {plural(counts.sections, 'section')}, {plural(counts.standards, 'standard')},{' '}
          {plural(counts.questions, 'question')} ({counts.keyQuestions} key),{' '}
          {plural(counts.profileFields, 'profile field')}
        </SummaryRow>
        <SummaryRow label="Identifier">
          <code class="ca-code">{record.key}</code>
        </SummaryRow>
      </dl>
      <FrameworkVersions record={record} />
      <PublishedFiguresPart framework={stored} onRefused={setFiguresRefused} />
      <FrameworkActions record={record} />
      <FrameworkDocument framework={framework} />
    </>
  );
}

/**
 * A framework version in full, to read (or print) before fieldwork: `/frameworks/:frameworkKey`
 * where the key is `id@version`. The router decodes the address.
 */
export default function FrameworkDetail({ frameworkKey }: { frameworkKey: string }) {
  const record = useLive(() => getFramework(frameworkKey), [frameworkKey]);
  if (record.status === 'loading') {
    return <Loading what="Loading the framework" />;
  }
  if (record.status === 'failed') {
    return (
      <>
        <h1 class="govuk-heading-l">The framework could not be read</h1>
        <p class="govuk-body">
          It could not be read from this device's storage. Reload the page to try again.
        </p>
      </>
    );
  }
  return record.value ? (
    <FrameworkPage record={record.value} />
  ) : (
    <NotFound frameworkKey={frameworkKey} />
  );
}
