/** A role on a team server's inspection, as the screens name it, in the language chosen. */
import type { TeamRole } from '../../core';
import { t } from '../i18n/translate';

export function teamRoleName(role: TeamRole): string {
  switch (role) {
    case 'lead':
      return t('teamServer', 'Lead inspector');
    case 'inspector':
      return t('teamServer', 'Inspector');
    case 'second-reader':
      return t('teamServer', 'Second reader');
    case 'local-assessor':
      return t('teamServer', 'Local assessor (self-audit)');
  }
}
