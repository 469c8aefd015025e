/**
 * The database from before protection ("case-audit"): the same schema as a person's space,
 * without the sealing middleware. Opened only to read it, with its own upgrades, when it is
 * adopted into the first person's space (adoptLegacy.ts), and to measure the app unprotected.
 */
import { CaseAuditSchema } from '../database';
import { LEGACY_DATABASE } from './databaseNames';

export class LegacyCaseAuditDatabase extends CaseAuditSchema {
  constructor(name: string = LEGACY_DATABASE) {
    super(name);
  }
}
