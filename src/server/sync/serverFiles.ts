/** How the team server signs the files it makes: as a device named "Team server", with SHA-256. */
import { createHash } from 'node:crypto';
import { TEAM_SERVER_DEVICE } from '../../core';

export const SERVER_DEVICE = TEAM_SERVER_DEVICE;

export async function sha256(text: string): Promise<string> {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
