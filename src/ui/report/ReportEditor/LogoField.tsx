/**
 * The logo drawn at the top of the cover: chosen as a file, checked by its own bytes, then
 * named by a text alternative before it is stored. A file that fails a check changes nothing.
 */
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ReportLogo } from '../../../core';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { focusWhenShown } from '../../components/moveFocus';
import { t } from '../../i18n/translate';
import { type ChosenLogo, logoWithAlt, readLogoFile } from './logoFile';

const FILE_ID = 'report-logo';
const ALT_ID = 'report-logo-alt';

const dataUrl = (logo: ChosenLogo) => `data:${logo.mediaType};base64,${logo.data}`;

export function LogoField({
  logo,
  onChange,
}: {
  /** The stored logo, or null when the cover has none. */
  logo: ReportLogo | null;
  /** Stores the logo (or removes it, with null): saved at once. */
  onChange: (logo: ReportLogo | null) => void;
}) {
  const [chosen, setChosen] = useState<ChosenLogo | null>(null);
  const [alt, setAlt] = useState('');
  // Kept whole in state so the summary is focused when errors appear, not on every keystroke.
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const errorOf = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;

  const choose = async (file: File | undefined) => {
    setChosen(null);
    setErrors([]);
    if (!file) return;
    const read = await readLogoFile(file);
    if ('error' in read) {
      setErrors([{ href: `#${FILE_ID}`, text: read.error }]);
      return;
    }
    setChosen(read.logo);
    setAlt('');
  };

  const use = (event: Event) => {
    event.preventDefault();
    if (!chosen) return;
    const made = logoWithAlt(chosen, alt);
    if ('error' in made) {
      setErrors([{ href: `#${made.field === 'alt' ? ALT_ID : FILE_ID}`, text: made.error }]);
      return;
    }
    onChange(made.logo);
    setChosen(null);
    setAlt('');
    setErrors([]);
    if (fileInput.current) fileInput.current.value = '';
  };

  const cancel = () => {
    setChosen(null);
    setErrors([]);
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  };

  const remove = () => {
    onChange(null);
    // The button goes with the logo: the keyboard is taken to where another can be chosen.
    focusWhenShown(() => document.getElementById(FILE_ID));
  };

  return (
    <div class="ca-logo">
      <ErrorSummary errors={errors} />
      {logo && <StoredLogo logo={logo} onRemove={remove} />}
      <FileInput inputRef={fileInput} error={errorOf(FILE_ID)} onChoose={choose} />
      {chosen && (
        <form class="ca-logo__alt" noValidate onSubmit={use}>
          <img
            class="ca-logo__image"
            src={dataUrl(chosen)}
            alt={t('reportScreen', 'The logo chosen, not yet used')}
          />
          <AltInput value={alt} error={errorOf(ALT_ID)} onInput={setAlt} />
          <div class="govuk-button-group">
            <button type="submit" class="govuk-button">
              {t('reportScreen', 'Use this logo')}
            </button>
            <button type="button" class="govuk-button govuk-button--secondary" onClick={cancel}>
              {t('reportScreen', 'Cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function StoredLogo({ logo, onRemove }: { logo: ReportLogo; onRemove: () => void }) {
  return (
    <div class="ca-logo__stored">
      <img class="ca-logo__image" src={dataUrl(logo)} alt={logo.alt} />
      <p class="govuk-body-s">
        {t('reportScreen', 'The cover’s logo, read out as “{alt}” ({width} × {height} pixels).', {
          alt: logo.alt,
          width: logo.width,
          height: logo.height,
        })}
      </p>
      <button type="button" class="govuk-button govuk-button--warning" onClick={onRemove}>
        {t('reportScreen', 'Remove the logo')}
      </button>
    </div>
  );
}

function FileInput({
  inputRef,
  error,
  onChoose,
}: {
  inputRef: RefObject<HTMLInputElement>;
  error: string | undefined;
  onChoose: (file: File | undefined) => void;
}) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={FILE_ID}>
        {t('reportScreen', 'Logo for the cover (optional)')}
      </label>
      <div class="govuk-hint" id={`${FILE_ID}-hint`}>
        {t(
          'reportScreen',
          'A PNG or JPEG image of at most 512 KB. It is drawn at the top of the cover.',
        )}
      </div>
      {error && (
        <p class="govuk-error-message" id={`${FILE_ID}-error`}>
          <span class="govuk-visually-hidden">{t('reportScreen', 'Error:')}</span> {error}
        </p>
      )}
      <input
        ref={inputRef}
        class={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={FILE_ID}
        type="file"
        accept="image/png,image/jpeg"
        aria-describedby={`${FILE_ID}-hint${error ? ` ${FILE_ID}-error` : ''}`}
        onChange={(e) => void onChoose((e.target as HTMLInputElement).files?.[0])}
      />
    </div>
  );
}

function AltInput({
  value,
  error,
  onInput,
}: {
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-label--s" for={ALT_ID}>
        {t('reportScreen', 'Text alternative for the logo')}
      </label>
      <div class="govuk-hint" id={`${ALT_ID}-hint`}>
        {t(
          'reportScreen',
          'Read out in place of the image, for example the organisation’s name: “HM Inspectorate of Probation”.',
        )}
      </div>
      {error && (
        <p class="govuk-error-message" id={`${ALT_ID}-error`}>
          <span class="govuk-visually-hidden">{t('reportScreen', 'Error:')}</span> {error}
        </p>
      )}
      <input
        autoComplete="off"
        class={`govuk-input govuk-!-width-two-thirds${error ? ' govuk-input--error' : ''}`}
        id={ALT_ID}
        type="text"
        value={value}
        aria-describedby={`${ALT_ID}-hint${error ? ` ${ALT_ID}-error` : ''}`}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
    </div>
  );
}
