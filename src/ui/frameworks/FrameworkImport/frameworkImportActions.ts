/** Checking a framework file against the library, and adding it: each gives the next step. */
import { differingFields, type Framework, frameworkKey } from '../../../core';
import { importFramework, matchInLibrary } from '../../../db/frameworks/frameworkStore';
import { checkFrameworkFile } from './checkFrameworkFile';
import { type Step, saveFailure } from './importProblems';

export async function checkFile(file: File): Promise<Step> {
  try {
    const result = await checkFrameworkFile(file);
    if (result.status !== 'ok') {
      return {
        step: 'choose',
        problem: { kind: 'invalid', fileName: file.name, errors: result.errors },
      };
    }
    // Said now rather than at "Add to the library": a changed file under a version already
    // here is refused, and an identical one adds nothing.
    const framework = result.value;
    const match = await matchInLibrary(framework);
    const key = frameworkKey(framework);
    if (match.status === 'differs') {
      return { step: 'choose', problem: { kind: 'conflict', key, fields: match.fields } };
    }
    if (match.status === 'same') return { step: 'in-library', fileName: file.name, framework, key };
    return { step: 'confirm', fileName: file.name, framework, saving: false };
  } catch (error) {
    console.error(error);
    return { step: 'choose', problem: { kind: 'not-checked', fileName: file.name } };
  }
}

export async function addFramework(framework: Framework): Promise<Step> {
  try {
    const outcome = await importFramework(framework);
    if (outcome.status === 'conflict') {
      // Another tab added a different file under this version since the check.
      return {
        step: 'choose',
        problem: {
          kind: 'conflict',
          key: frameworkKey(framework),
          fields: differingFields(outcome.existing.framework, framework),
        },
      };
    }
    return {
      step: 'done',
      status: outcome.status,
      key: outcome.record.key,
      title: outcome.record.title,
    };
  } catch (error) {
    return { step: 'choose', problem: { kind: 'not-saved', reason: saveFailure(error) } };
  }
}
