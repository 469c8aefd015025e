#!/usr/bin/env node
/** Makes sure PostgreSQL is installed for the team server's tests (see postgres.mjs). */
import { ensurePostgres } from './postgres.mjs';

try {
  console.error(`PostgreSQL: ${ensurePostgres()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
