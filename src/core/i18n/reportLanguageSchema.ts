/** A report's language as its draft stores it (the draft file's schema takes it from here). */
import { z } from 'zod';
import { REPORT_LANGUAGES } from './language';

export const reportLanguageSchema = z.enum(REPORT_LANGUAGES);
