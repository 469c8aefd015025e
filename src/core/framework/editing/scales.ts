/** Answer scales and their options: added, changed, removed and reordered. */
import type { Framework, Scale, ScaleOption } from '../frameworkSchema';
import { moved, replaced, uniqueId, without } from './lists';
import { takenIds } from './structure';

/** A new scale at the end, with two options to start from. */
export function addScale(framework: Framework): Framework {
  const scale: Scale = {
    id: uniqueId('scale', takenIds(framework)),
    options: [
      { value: 'yes', label: 'Yes', meaning: 'positive' },
      { value: 'no', label: 'No', meaning: 'negative' },
    ],
  };
  return { ...framework, scales: [...framework.scales, scale] };
}

export function updateScale(
  framework: Framework,
  at: number,
  change: (scale: Scale) => Scale,
): Framework {
  return { ...framework, scales: replaced(framework.scales, at, change) };
}

export function removeScale(framework: Framework, at: number): Framework {
  return { ...framework, scales: without(framework.scales, at) };
}

export function moveScale(framework: Framework, from: number, to: number): Framework {
  return { ...framework, scales: moved(framework.scales, from, to) };
}

/** A new option at the end of a scale, with a code not used on it yet. */
export function addOption(framework: Framework, scale: number): Framework {
  return updateScale(framework, scale, (s) => {
    const option: ScaleOption = {
      value: uniqueId('option', new Set(s.options.map((o) => o.value))),
      label: '',
      meaning: 'neutral',
    };
    return { ...s, options: [...s.options, option] };
  });
}

export function updateOption(
  framework: Framework,
  scale: number,
  at: number,
  change: (option: ScaleOption) => ScaleOption,
): Framework {
  return updateScale(framework, scale, (s) => ({ ...s, options: replaced(s.options, at, change) }));
}

export function removeOption(framework: Framework, scale: number, at: number): Framework {
  return updateScale(framework, scale, (s) => ({ ...s, options: without(s.options, at) }));
}

export function moveOption(
  framework: Framework,
  scale: number,
  from: number,
  to: number,
): Framework {
  return updateScale(framework, scale, (s) => ({ ...s, options: moved(s.options, from, to) }));
}
