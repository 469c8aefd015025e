/**
 * The state of the sample form: quotas as typed, reserves, the seed, and the draws made on this
 * page (each kept, so the earlier ones can be compared). Drawing runs in the case-list worker.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import { caseListWorker } from '../../../workers/caseListBridge';
import { randomSeed } from '../../components/randomSeed';
import { t } from '../../i18n/translate';
import { drawProblems, type Problem, readDrawForm } from './drawProblems';
import { inputsFrom, modeOf, type QuotaInputs, type QuotaMode } from './quotaTable';
import { type Draw, type Drawn, drawnOf } from './sampleDraw';

type Current = { draw: Draw; at: string; n: number };

export function useSampleDraw(inspection: Inspection, onProblems: (problems: Problem[]) => void) {
  const record = inspection.sampling;
  const [mode, setMode] = useState<QuotaMode>(() => modeOf(record, inspection));
  const [inputs, setInputs] = useState<QuotaInputs>(() => inputsFrom(record));
  const [every, setEvery] = useState('');
  const [reserve, setReserve] = useState(() => String(record?.reservePerCell ?? 0));
  const [seed, setSeed] = useState(() => record?.seed ?? randomSeed());
  const [drawing, setDrawing] = useState(false);
  const [current, setCurrent] = useState<Current | null>(null);
  const [earlier, setEarlier] = useState<Drawn[]>([]);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (current) resultHeading.current?.focus();
  }, [current]);

  const draw = async (quotas: Parameters<typeof drawWith>[0]) => {
    const result = await drawWith(quotas, inspection.id, seed);
    if (result === null) {
      onProblems([
        { field: 'seed', message: t('setup', 'This inspection is no longer on this device') },
      ]);
    } else if (result.status === 'invalid') {
      onProblems(drawProblems(result.errors, inspection, mode));
      setCurrent(null);
    } else {
      if (current) setEarlier((list) => [...list, drawnOf(current.draw, current.at)]);
      setCurrent({ draw: result.value, at: new Date().toISOString(), n: (current?.n ?? 0) + 1 });
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const read = readDrawForm(inspection, mode, { inputs, reserve, seed });
    if ('problems' in read) {
      onProblems(read.problems);
      return;
    }
    onProblems([]);
    setDrawing(true);
    try {
      await draw(read);
    } catch (error) {
      onProblems([
        {
          field: 'seed',
          message: t('setup', 'The sample could not be drawn: {problem}', {
            problem: error instanceof Error ? error.message : String(error),
          }),
        },
      ]);
    } finally {
      setDrawing(false);
    }
  };

  return {
    ...{ mode, setMode, inputs, setInputs, every, setEvery, reserve, setReserve, seed, setSeed },
    ...{ drawing, current, earlier, resultHeading, submit },
  };
}

function drawWith(
  read: Extract<ReturnType<typeof readDrawForm>, { quotas: unknown }>,
  inspectionId: string,
  seed: string,
) {
  return caseListWorker.call('draw', {
    inspectionId,
    quotas: read.quotas,
    reservePerCell: read.reservePerCell,
    seed,
  });
}
