/** The sample form's problems: in the boxes before drawing, and from the draw itself. */
import type { Inspection, SampleQuotas, ValidationError } from '../../../core';
import { t } from '../../i18n/translate';
import {
  type QuotaInputs,
  type QuotaMode,
  quotaColumns,
  quotaFieldId,
  readQuotas,
} from './quotaTable';

export type Problem = { field: string; message: string };

/** What to draw, read from the form, or every problem with it. */
export function readDrawForm(
  inspection: Inspection,
  mode: QuotaMode,
  form: { inputs: QuotaInputs; reserve: string; seed: string },
): { quotas: SampleQuotas; reservePerCell: number } | { problems: Problem[] } {
  const read = readQuotas(inspection, mode, form.inputs);
  const list: Problem[] = 'problems' in read ? [...read.problems] : [];
  const reserveText = form.reserve.trim() === '' ? '0' : form.reserve.trim();
  if (!/^\d+$/.test(reserveText)) {
    list.push({
      field: 'reserve',
      message: t('setup', 'Reserves per cell must be a whole number, 0 or more'),
    });
  }
  if (form.seed.trim() === '')
    list.push({ field: 'seed', message: t('setup', 'Enter a seed, or make a new one') });
  if (list.length > 0 || 'problems' in read) return { problems: list };
  return { quotas: read.quotas, reservePerCell: Number(reserveText) };
}

/** The draw's own problems, each at the field it concerns. */
export function drawProblems(
  errors: readonly ValidationError[],
  inspection: Inspection,
  mode: QuotaMode,
): Problem[] {
  const firstQuota = inspection.areas[0]
    ? quotaFieldId(inspection.areas[0].id, quotaColumns(inspection, mode)[0]!.key)
    : 'seed';
  return errors.map((e) => {
    if (e.path === 'seed') return { field: 'seed', message: `The seed ${e.message}` };
    if (e.path === 'reservePerCell')
      return { field: 'reserve', message: `Reserves per cell ${e.message}` };
    const cell = /^quotas\.byCell\.([^.]+)\.(.+)$/.exec(e.path);
    if (cell) return { field: quotaFieldId(cell[1]!, cell[2]!), message: `Quota: ${e.message}` };
    if (e.path === 'quotas') return { field: firstQuota, message: `The quotas ${e.message}` };
    return { field: firstQuota, message: `${e.path} ${e.message}` };
  });
}
