import { describe, expect, it } from 'vitest';
import {
  type ConflictRecord,
  conflictsFromServer,
  decisionsPushSchema,
  decisionsToSend,
  recordDecisions,
} from '../../../../src/core';

const AT = '2026-12-07T10:00:00.000Z';
const answer = (value: string, device: string, rev: number) => ({
  value,
  note: '',
  rev,
  at: AT,
  by: device === 'lead-tablet' ? 'lead' : 'ap',
  device,
});

/** On the server: the lead's "yes" was there first, the inspector's "no" came second. */
const onServer: ConflictRecord = {
  id: 'conflict-1',
  inspectionId: 'insp-1',
  caseId: 'case-1',
  itemId: 'q2',
  status: 'open',
  mine: answer('yes', 'lead-tablet', 2),
  theirs: answer('no', 'ap-laptop', 2),
  theirsEntries: [],
  source: 'Team server',
  fileId: 'push-1',
  detectedAt: AT,
  resolution: null,
};
const resolution = (keep: 'mine' | 'theirs') => ({
  keep,
  at: '2026-12-07T11:00:00.000Z',
  by: 'lead',
  device: 'lead-tablet',
});

describe('a lead’s decisions on conflicts the team server kept', () => {
  it('sends each decision made on the device once, with the side kept', () => {
    const decidedHere: ConflictRecord = {
      ...onServer,
      status: 'resolved',
      resolution: resolution('theirs'),
    };
    const superseded: ConflictRecord = {
      ...onServer,
      id: 'conflict-2',
      status: 'resolved',
      resolution: { ...resolution('mine'), keep: 'superseded' },
    };
    const toSend = decisionsToSend([decidedHere, superseded, { ...onServer, id: 'open' }], []);
    expect(toSend).toEqual([
      {
        conflictId: 'conflict-1',
        caseId: 'case-1',
        itemId: 'q2',
        kept: { device: 'ap-laptop', rev: 2 },
        resolution: resolution('theirs'),
      },
    ]);
    expect(decisionsPushSchema.safeParse({ decisions: toSend }).success).toBe(true);
    expect(decisionsToSend([decidedHere], ['conflict-1'])).toEqual([]);
  });

  it('records a decision on the conflict it names, and the first decision stands', () => {
    const [first] = decisionsToSend(
      [{ ...onServer, status: 'resolved', resolution: resolution('theirs') }],
      [],
    );
    const recorded = recordDecisions([onServer], [first!]);
    expect(recorded).toEqual([
      { ...onServer, status: 'resolved', resolution: resolution('theirs') },
    ]);
    const later = { ...first!, resolution: resolution('mine') };
    expect(recordDecisions(recorded, [later])).toEqual([]);
  });

  it('matches the same disagreement held under the lead device’s own id by the side kept', () => {
    // The lead's device found it itself, the two sides the other way round: it kept its own
    // (mine there), which is the server's theirs.
    const onLeadDevice: ConflictRecord = {
      ...onServer,
      id: 'found-on-lead-device',
      mine: onServer.theirs,
      theirs: answer('yes', 'lead-tablet', 2),
      status: 'resolved',
      resolution: resolution('mine'),
    };
    const decisions = decisionsToSend([onLeadDevice], []);
    const [recorded] = recordDecisions([onServer], decisions);
    expect(recorded?.resolution?.keep).toBe('theirs');
    // Another answer's conflict, or sides that are not this conflict's, take nothing.
    expect(recordDecisions([{ ...onServer, itemId: 'q3' }], decisions)).toEqual([]);
    const otherSides = { ...onServer, theirs: answer('na', 'jm-laptop', 3) };
    expect(recordDecisions([otherSides], decisions)).toEqual([]);
  });

  it('a conflict the merge closed as superseded takes the lead’s decision', () => {
    const superseded: ConflictRecord = {
      ...onServer,
      status: 'resolved',
      resolution: { ...resolution('mine'), keep: 'superseded' },
    };
    const decisions = decisionsToSend(
      [{ ...onServer, status: 'resolved', resolution: resolution('mine') }],
      [],
    );
    expect(recordDecisions([superseded], decisions)[0]?.resolution?.keep).toBe('mine');
  });

  it('on another device of the lead: a new conflict is kept, one decided elsewhere closes it', () => {
    const decidedOnServer = {
      ...onServer,
      status: 'resolved' as const,
      resolution: resolution('mine'),
    };
    expect(conflictsFromServer(new Map(), [onServer, decidedOnServer])).toEqual([onServer]);
    const heldOpen = new Map([[onServer.id, onServer]]);
    expect(conflictsFromServer(heldOpen, [decidedOnServer])).toEqual([decidedOnServer]);
    const decidedHere = new Map([
      [onServer.id, { ...onServer, status: 'resolved' as const, resolution: resolution('theirs') }],
    ]);
    expect(conflictsFromServer(decidedHere, [decidedOnServer])).toEqual([]);
    expect(conflictsFromServer(heldOpen, [onServer])).toEqual([]);
  });
});
