/**
 * How findings become ratings: the percentage bands a key question is placed in, rounding, the
 * standard's rule, and the overall rating's points bands.
 */
import { type Framework, inserted, moved, replaced, without } from '../../../core';
import { EditorFrame } from './EditorFrame';
import { Check, NumberInput, Radios, TextInput } from './fields';
import { dragProps, RowControls } from './Reorder';
import type { DraftEditor } from './useDraftEditor';

type Rating = NonNullable<Framework['rating']>;
type PercentBand = Rating['bands'][number];
type PointsBand = NonNullable<Rating['overall']>['bands'][number];

const START: Rating = {
  bands: [{ label: '', minPercent: 0, maxPercent: 100, rating: '', points: 0 }],
  rounding: 'half-up',
  standardRule: 'lowest-key-question',
};

export default function RatingsPart({ draftId }: { draftId: string }) {
  return (
    <EditorFrame draftId={draftId} title="Ratings" current="ratings">
      {(editor) => <Ratings editor={editor} />}
    </EditorFrame>
  );
}

function Ratings({ editor }: { editor: DraftEditor }) {
  const { framework, edit } = editor;
  const rating = framework.rating;
  const setRating = (next: Rating | undefined, immediate = false) =>
    edit((f) => {
      const copy = { ...f };
      if (next === undefined) delete copy.rating;
      else copy.rating = next;
      return copy;
    }, immediate);
  return (
    <>
      <Check
        path="rating"
        label="This framework rates standards from its findings"
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
  const bands = rating.bands;
  const setBands = (next: PercentBand[], immediate = false) =>
    setRating({ ...rating, bands: next }, immediate);
  const list = 'fw-rating-bands';
  return (
    <>
      <h2 class="govuk-heading-m" id={list} tabIndex={-1}>
        Bands for a key question’s percentage
      </h2>
      <ol class="ca-editor-list">
        {bands.map((band, i) => {
          const path = `rating.bands[${i}]`;
          const set = (patch: Partial<PercentBand>, immediate = false) =>
            setBands(
              replaced(bands, i, (b) => ({ ...b, ...patch })),
              immediate,
            );
          const onMove = (from: number, to: number) => setBands(moved(bands, from, to), true);
          return (
            <li class="ca-editor-row" key={i} {...dragProps(list, i, onMove).row}>
              <fieldset class="govuk-fieldset">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                  Band {i + 1}
                </legend>
                <TextInput
                  path={`${path}.label`}
                  label="Label"
                  hint="For example: Large majority"
                  value={band.label}
                  onChange={(v) => set({ label: v ?? '' })}
                />
                <NumberInput
                  path={`${path}.minPercent`}
                  label="From (per cent, included)"
                  value={band.minPercent}
                  onChange={(v) => set({ minPercent: v ?? 0 })}
                />
                <NumberInput
                  path={`${path}.maxPercent`}
                  label="To (per cent, not included; the last band includes 100)"
                  value={band.maxPercent}
                  onChange={(v) => set({ maxPercent: v ?? 0 })}
                />
                <TextInput
                  path={`${path}.rating`}
                  label="Rating"
                  value={band.rating}
                  onChange={(v) => set({ rating: v ?? '' })}
                />
                <NumberInput
                  path={`${path}.points`}
                  label="Points"
                  value={band.points}
                  onChange={(v) => set({ points: v ?? 0 })}
                />
              </fieldset>
              <RowControls
                list={list}
                index={i}
                count={bands.length}
                name={`band ${i + 1}`}
                onMove={onMove}
                onRemove={bands.length > 1 ? () => setBands(without(bands, i), true) : undefined}
              />
            </li>
          );
        })}
      </ol>
      <button
        id={`${list}-add`}
        type="button"
        class="govuk-button govuk-button--secondary ca-small-button"
        onClick={() =>
          setBands(
            inserted(bands, { label: '', minPercent: 0, maxPercent: 100, rating: '', points: 0 }),
            true,
          )
        }
      >
        Add a band
      </button>
      <Radios
        path="rating.rounding"
        legend="Rounding"
        value={rating.rounding}
        items={[
          { value: 'half-up', label: 'The whole percentage, rounded half up, as printed' },
          { value: 'none', label: 'The exact proportion' },
        ]}
        onChange={(v) =>
          setRating({ ...rating, rounding: v === 'none' ? 'none' : 'half-up' }, true)
        }
      />
      <Radios
        path="rating.standardRule"
        legend="A standard’s rating"
        value={rating.standardRule}
        items={[
          { value: 'lowest-key-question', label: 'The band of its lowest key question' },
          { value: 'none', label: 'Not rated from the findings' },
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
  const list = 'fw-rating-overall-bands';
  return (
    <>
      <Check
        path="rating.overall"
        label="Give an overall rating from the sum of the standards’ points"
        checked={overall !== undefined}
        onChange={(on) => {
          if (on) setBands([{ minPoints: 0, maxPoints: 0, rating: '' }], true);
          else {
            const next = { ...rating };
            delete next.overall;
            setRating(next, true);
          }
        }}
      />
      {overall && (
        <>
          <h2 class="govuk-heading-m" id={list} tabIndex={-1}>
            Overall rating bands
          </h2>
          <ol class="ca-editor-list">
            {overall.bands.map((band, i) => {
              const path = `rating.overall.bands[${i}]`;
              const set = (patch: Partial<PointsBand>) =>
                setBands(replaced(overall.bands, i, (b) => ({ ...b, ...patch })));
              const onMove = (from: number, to: number) =>
                setBands(moved(overall.bands, from, to), true);
              return (
                <li class="ca-editor-row" key={i} {...dragProps(list, i, onMove).row}>
                  <fieldset class="govuk-fieldset">
                    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                      Overall band {i + 1}
                    </legend>
                    <NumberInput
                      path={`${path}.minPoints`}
                      label="From (points)"
                      value={band.minPoints}
                      onChange={(v) => set({ minPoints: v ?? 0 })}
                    />
                    <NumberInput
                      path={`${path}.maxPoints`}
                      label="To (points)"
                      value={band.maxPoints}
                      onChange={(v) => set({ maxPoints: v ?? 0 })}
                    />
                    <TextInput
                      path={`${path}.rating`}
                      label="Rating"
                      value={band.rating}
                      onChange={(v) => set({ rating: v ?? '' })}
                    />
                  </fieldset>
                  <RowControls
                    list={list}
                    index={i}
                    count={overall.bands.length}
                    name={`overall band ${i + 1}`}
                    onMove={onMove}
                    onRemove={
                      overall.bands.length > 1
                        ? () => setBands(without(overall.bands, i), true)
                        : undefined
                    }
                  />
                </li>
              );
            })}
          </ol>
          <button
            id={`${list}-add`}
            type="button"
            class="govuk-button govuk-button--secondary ca-small-button"
            onClick={() =>
              setBands(inserted(overall.bands, { minPoints: 0, maxPoints: 0, rating: '' }), true)
            }
          >
            Add an overall band
          </button>
        </>
      )}
    </>
  );
}
