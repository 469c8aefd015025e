/**
 * What the team-work screens share: their addresses, who is merging (recorded on every
 * decision), the moment files are named by, and saving a file made.
 */
import {
  type Inspection,
  leadActionBy,
  localStamp,
  type MergeContext,
  memberName,
  type PackFile,
  STATUS_HISTORY_ITEM,
  type WorkFile,
} from '../../../core';
import { deviceId, scorerFor } from '../../../db/device/identityStore';
import { fileContent } from '../../../db/exchange/fileContent';
import { downloadFile } from '../../components/downloadFile';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { t } from '../../i18n/translate';
import type { PassphraseChoice } from './PassphraseFields';

export function teamWorkHref(inspectionId: string, rest = ''): string {
  return inspectionHref(inspectionId, `/team-work${rest}`);
}

/** The person deciding on this device: who scores here, else the team's lead. */
export async function mergeContext(inspection: Inspection): Promise<MergeContext> {
  const [device, scorer] = await Promise.all([deviceId(), scorerFor(inspection.id)]);
  return { now: new Date().toISOString(), by: leadActionBy(inspection.team, scorer), device };
}

/** This moment in the user's time zone, `yyyy-mm-dd-hhmmss`: team files are named by it. */
export function stampNow(now: Date = new Date()): string {
  return localStamp({
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
    hour: now.getHours(),
    minute: now.getMinutes(),
    second: now.getSeconds(),
  });
}

/** A member's name by id, for the merge screens: a change with no one recorded is "Unknown". */
export function memberNameIn(inspection: Inspection): (id: string) => string {
  return (id: string) => (id === '' ? t('team', 'Unknown') : memberName(inspection.team, id));
}

export function isStatusItem(itemId: string): boolean {
  return itemId === STATUS_HISTORY_ITEM;
}

/**
 * Saves a pack or work file to the downloads, protected when a passphrase is chosen, and says
 * what was saved: "lac-…-pack-….json (10 cases, 1 second reading) is in your downloads."
 */
export async function downloadTeamFile(
  made: { readonly file: PackFile | WorkFile; readonly fileName: string; readonly cases: number },
  passphrase: PassphraseChoice,
): Promise<string> {
  const text = await fileContent(made.file, passphrase.protect ? passphrase.passphrase : null);
  downloadFile(made.fileName, new Blob([text], { type: 'application/json' }));
  const readings = made.file.moderation.length;
  const parts = [
    t('team', '{count, plural, one {# case} other {# cases}}', { count: made.cases }),
    ...(readings > 0
      ? [
          t('team', '{count, plural, one {# second reading} other {# second readings}}', {
            count: readings,
          }),
        ]
      : []),
    ...(passphrase.protect ? [t('team', 'protected by a passphrase')] : []),
  ];
  return t('team', '{fileName} ({parts}) is in your downloads.', {
    fileName: made.fileName,
    parts: parts.join(', '),
  });
}
