import { useMemo, useState } from 'preact/hooks';
import {
  type Framework,
  LANGUAGE_TAGS,
  localiseFramework,
  summariseFramework,
} from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { getFramework } from '../../../db/frameworks/frameworkStore';
import { Loading } from '../../components/Loading';
import { SummaryRow } from '../../components/SummaryRow';
import { WarningText } from '../../components/WarningText';
import { useLive } from '../../hooks/useLive';
import { usePageTitle } from '../../hooks/usePageTitle';
import { currentLanguage, formatDate, t, tx } from '../../i18n/translate';
import { STATUS_TAGS, statusLabel } from '../Frameworks/frameworkStatus';
import { downloadJson } from './downloadJson';
import { FrameworkActions } from './FrameworkActions';
import { FrameworkDocument } from './FrameworkDocument';
import { FrameworkVersions, PublishedBanner } from './FrameworkVersions';
import { Paragraphs } from './Paragraphs';
import { PublishedFiguresPart } from './PublishedFiguresPart';
import { WorkbookDownload } from './WorkbookDownload';
import './FrameworkDetail.css';

function quantifierWords(quantifiers: Framework['quantifiers']): string {
  return quantifiers === 'fractions'
    ? t(
        'frameworks',
        'Fractions, as inspectorates in England and Wales write them (“nearly two-thirds”)',
      )
    : t(
        'frameworks',
        'Bands, as Scottish inspectorates write them (“most”, “the majority”, “few”)',
      );
}

/** What a reader must keep in mind about a framework that is not published as it stands. */
function statusWarning(framework: Framework): string | undefined {
  const note = framework.statusNote ? 'yes' : 'no';
  if (framework.status === 'draft')
    return t(
      'frameworks',
      'A draft: its wording may change, and may not match the published source.{note, select, yes { See the status note below.} other {}}',
      { note },
    );
  if (framework.status === 'reconstructed')
    return t(
      'frameworks',
      'Reconstructed from a published report rather than taken from the inspectorate’s own tool.{note, select, yes { See the status note below.} other {}}',
      { note },
    );
  return undefined;
}

function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([LANGUAGE_TAGS[currentLanguage()]], { type: 'language' }).of(
      tag,
    );
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

function BackLink() {
  return (
    <a href="/frameworks" class="govuk-back-link ca-no-print">
      {t('frameworks', 'Back to frameworks')}
    </a>
  );
}

function NotFound({ frameworkKey }: { frameworkKey: string }) {
  usePageTitle(t('frameworks', 'Framework not found'));
  return (
    <>
      <BackLink />
      <h1 class="govuk-heading-l">{t('frameworks', 'Framework not found')}</h1>
      <p class="govuk-body">
        {t(
          'frameworks',
          'There is no framework “{key}” on this device. If you followed a link from another device, import the framework file here first.',
          { key: frameworkKey },
        )}
      </p>
      <p class="govuk-body">
        {tx(
          'frameworks',
          'Go to the <library>framework library</library> or <import>import a framework</import>.',
          {
            library: (chunks: string[]) => (
              <a class="govuk-link" href="/frameworks">
                {chunks}
              </a>
            ),
            import: (chunks: string[]) => (
              <a class="govuk-link" href="/frameworks/import">
                {chunks}
              </a>
            ),
          },
        )}
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
      <span class="govuk-caption-l">
        {t('frameworks', 'Framework, version {version}', { version: framework.version })}
      </span>
      <h1 class="govuk-heading-l">{framework.title}</h1>
      <p class="govuk-body">
        <strong class={`govuk-tag ${STATUS_TAGS[framework.status]}`}>
          {statusLabel(framework.status)}
        </strong>{' '}
        <span class="govuk-body-s">
          {record.builtIn
            ? t('frameworks', 'Built in')
            : t('frameworks', 'Imported on {date}', { date: formatDate(record.addedAt) })}
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
          {t('frameworks', 'Export as JSON')}
        </button>
        <WorkbookDownload framework={stored} />
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          onClick={() => window.print()}
        >
          {t('frameworks', 'Print')}
        </button>
      </div>
      <dl class="govuk-summary-list">
        <SummaryRow label={t('frameworks', 'Version')}>{framework.version}</SummaryRow>
        <SummaryRow
          label={t('frameworks', '{count, plural, one {Publisher} other {Publishers}}', {
            count: framework.publishers.length,
          })}
        >
          {framework.publishers.join(', ')}
        </SummaryRow>
        <SummaryRow label={t('frameworks', 'Year')}>{framework.year}</SummaryRow>
        <SummaryRow label={t('frameworks', 'Source')}>
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
          <SummaryRow label={t('frameworks', 'Status note')}>
            <Paragraphs text={framework.statusNote} className="govuk-body-s" />
          </SummaryRow>
        )}
        <SummaryRow label={t('frameworks', 'Licence')}>{framework.licence}</SummaryRow>
        <SummaryRow label={t('frameworks', 'Language')}>
          {languageName(framework.language)}
        </SummaryRow>
        <SummaryRow label={t('frameworks', 'Proportions in words')}>
          {quantifierWords(framework.quantifiers)}
        </SummaryRow>
        <SummaryRow label={t('frameworks', 'Contains')}>
          {t(
            'frameworks',
            '{sections, plural, one {# section} other {# sections}}, {standards, plural, one {# standard} other {# standards}}, {questions, plural, one {# question} other {# questions}} ({key} key), {profileFields, plural, one {# profile field} other {# profile fields}}',
            {
              sections: counts.sections,
              standards: counts.standards,
              questions: counts.questions,
              key: counts.keyQuestions,
              profileFields: counts.profileFields,
            },
          )}
        </SummaryRow>
        <SummaryRow label={t('frameworks', 'Identifier')}>
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
    return <Loading what={t('frameworks', 'Loading the framework')} />;
  }
  if (record.status === 'failed') {
    return (
      <>
        <h1 class="govuk-heading-l">{t('frameworks', 'The framework could not be read')}</h1>
        <p class="govuk-body">
          {t(
            'frameworks',
            'It could not be read from this device’s storage. Reload the page to try again.',
          )}
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
