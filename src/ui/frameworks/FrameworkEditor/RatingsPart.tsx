/**
 * How findings become ratings: the percentage bands a key question is placed in, rounding, the
 * standard's rule, and the overall rating's points bands.
 */
import type { ComponentChildren } from 'preact';
import { type Framework, inserted, moved, replaced, without } from '../../../core';
import { t } from '../../i18n/translate';
import { EditableList, ListHeading } from './EditableList';
import { editorPart } from './EditorFrame';
import { partLabel } from './editorLinks';
import { Check, NumberInput, Radios, TextInput } from './fields';
import { withKey } from './optionalKey';
import type { DraftEditor } from './useDraftEditor';

type Rating = NonNullable<Framework['rating']>;
type PointsBand = NonNullable<Rating['overall']>['bands'][number];

const START: Rating = {
  bands: [{ label: '', minPercent: 0, maxPercent: 100, rating: '', points: 0 }],
  rounding: 'half-up',
  standardRule: 'lowest-key-question',
};

export default editorPart(() => partLabel('ratings'), 'ratings', Ratings);

function Ratings({ editor }: { editor: DraftEditor }) {
  const { framework, edit } = editor;
  const rating = framework.rating;
  const setRating = (next: Rating | undefined, immediate = false) =>
    edit((f) => withKey(f, 'rating', next), immediate);
  return (
    <>
      <Check
        path="rating"
        label={t('frameworkEditor', 'This framework rates standards from its findings')}
        checked={rating !== undefined}
        onChange={(on) => setRating(on ? START : undefined, true)}
      />
      {rating && <RatingFields rating={rating} setRating={setRating} />}
    </>
  );
}

function RatingFields({
  rating,
  setRating,
}: {
  rating: Rating;
  setRating: (r: Rating, immediate?: boolean) => void;
}) {
  return (
    <>
      <BandList
        path="rating.bands"
        list="fw-rating-bands"
        heading={t('frameworkEditor', 'Bands for a key question’s percentage')}
        legend={(number) => t('frameworkEditor', 'Band {number}', { number })}
        name={(number) => t('frameworkEditor', 'band {number}', { number })}
        bands={rating.bands}
        setBands={(bands, immediate) => setRating({ ...rating, bands }, immediate)}
        blank={{ label: '', minPercent: 0, maxPercent: 100, rating: '', points: 0 }}
        addLabel={t('frameworkEditor', 'Add a band')}
        fields={(band, path, set) => (
          <>
            <TextInput
              path={`${path}.label`}
              label={t('frameworkEditor', 'Label')}
              hint={t('frameworkEditor', 'For example: Large majority')}
              value={band.label}
              onChange={(v) => set({ label: v ?? '' })}
            />
            <NumberInput
              path={`${path}.minPercent`}
              label={t('frameworkEditor', 'From (per cent, included)')}
              value={band.minPercent}
              onChange={(v) => set({ minPercent: v ?? 0 })}
            />
            <NumberInput
              path={`${path}.maxPercent`}
              label={t(
                'frameworkEditor',
                'To (per cent, not included; the last band includes 100)',
              )}
              value={band.maxPercent}
              onChange={(v) => set({ maxPercent: v ?? 0 })}
            />
            <TextInput
              path={`${path}.rating`}
              label={t('frameworkEditor', 'Rating')}
              value={band.rating}
              onChange={(v) => set({ rating: v ?? '' })}
            />
            <NumberInput
              path={`${path}.points`}
              label={t('frameworkEditor', 'Points')}
              value={band.points}
              onChange={(v) => set({ points: v ?? 0 })}
            />
          </>
        )}
      />
      <Radios
        path="rating.rounding"
        legend={t('frameworkEditor', 'Rounding')}
        value={rating.rounding}
        items={[
          {
            value: 'half-up',
            label: t('frameworkEditor', 'The whole percentage, rounded half up, as printed'),
          },
          { value: 'none', label: t('frameworkEditor', 'The exact proportion') },
        ]}
        onChange={(v) =>
          setRating({ ...rating, rounding: v === 'none' ? 'none' : 'half-up' }, true)
        }
      />
      <Radios
        path="rating.standardRule"
        legend={t('frameworkEditor', 'A standard’s rating')}
        value={rating.standardRule}
        items={[
          {
            value: 'lowest-key-question',
            label: t('frameworkEditor', 'The band of its lowest key question'),
          },
          { value: 'none', label: t('frameworkEditor', 'Not rated from the findings') },
        ]}
        onChange={(v) =>
          setRating(
            { ...rating, standardRule: v === 'none' ? 'none' : 'lowest-key-question' },
            true,
          )
        }
      />
      <Overall rating={rating} setRating={setRating} />
    </>
  );
}

function Overall({
  rating,
  setRating,
}: {
  rating: Rating;
  setRating: (r: Rating, immediate?: boolean) => void;
}) {
  const overall = rating.overall;
  const setBands = (bands: PointsBand[], immediate = false) =>
    setRating({ ...rating, overall: { rule: 'sum-of-points', bands } }, immediate);
  return (
    <>
      <Check
        path="rating.overall"
        label={t('frameworkEditor', 'Give an overall rating from the sum of the standards’ points')}
        checked={overall !== undefined}
        onChange={(on) => {
          if (on) setBands([{ minPoints: 0, maxPoints: 0, rating: '' }], true);
          else setRating(withKey(rating, 'overall', undefined), true);
        }}
      />
      {overall && (
        <BandList
          path="rating.overall.bands"
          list="fw-rating-overall-bands"
          heading={t('frameworkEditor', 'Overall rating bands')}
          legend={(number) => t('frameworkEditor', 'Overall band {number}', { number })}
          name={(number) => t('frameworkEditor', 'overall band {number}', { number })}
          bands={overall.bands}
          setBands={setBands}
          blank={{ minPoints: 0, maxPoints: 0, rating: '' }}
          addLabel={t('frameworkEditor', 'Add an overall band')}
          fields={(band, path, set) => (
            <>
              <NumberInput
                path={`${path}.minPoints`}
                label={t('frameworkEditor', 'From (points)')}
                value={band.minPoints}
                onChange={(v) => set({ minPoints: v ?? 0 })}
              />
              <NumberInput
                path={`${path}.maxPoints`}
                label={t('frameworkEditor', 'To (points)')}
                value={band.maxPoints}
                onChange={(v) => set({ maxPoints: v ?? 0 })}
              />
              <TextInput
                path={`${path}.rating`}
                label={t('frameworkEditor', 'Rating')}
                value={band.rating}
                onChange={(v) => set({ rating: v ?? '' })}
              />
            </>
          )}
        />
      )}
    </>
  );
}

/**
 * A list of bands: each a fieldset of its fields, reorderable, removable while another is left
 * (a rating always has a band), and a new one added from a blank.
 */
function BandList<B extends object>(props: {
  path: string;
  list: string;
  heading: string;
  /** Each band's legend, with its number ("Band 2"). */
  legend: (number: number) => string;
  /** Each band's name in a sentence ("band 2"). */
  name: (number: number) => string;
  bands: readonly B[];
  setBands: (bands: B[], immediate?: boolean) => void;
  blank: B;
  addLabel: string;
  fields: (band: B, path: string, set: (patch: Partial<B>) => void) => ComponentChildren;
}) {
  const { path, list, legend, name, bands, setBands } = props;
  return (
    <>
      <ListHeading list={list} level={2}>
        {props.heading}
      </ListHeading>
      <EditableList
        list={list}
        entries={bands}
        onMove={(from, to) => setBands(moved(bands, from, to), true)}
        entry={(band, i) => ({
          name: name(i + 1),
          onRemove: bands.length > 1 ? () => setBands(without(bands, i), true) : undefined,
          fields: (
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                {legend(i + 1)}
              </legend>
              {props.fields(band, `${path}[${i}]`, (patch) =>
                setBands(replaced(bands, i, (b) => ({ ...b, ...patch }))),
              )}
            </fieldset>
          ),
        })}
        add={{
          label: props.addLabel,
          small: true,
          onAdd: () => setBands(inserted(bands, props.blank), true),
        }}
      />
    </>
  );
}
