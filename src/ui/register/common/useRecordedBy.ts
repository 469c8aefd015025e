/**
 * Who a change to the register is recorded as: the person scoring on this device if they are in
 * the team, else the lead (core's `leadActionBy`), by name; the form lets them choose another.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Inspection, leadActionBy, memberName } from '../../../core';
import { scorerFor } from '../../../db/device/identityStore';

export function useRecordedBy(inspection: Inspection): [string, (by: string) => void] {
  const [by, setBy] = useState('');
  useEffect(() => {
    let live = true;
    const team = inspection.team;
    void scorerFor(inspection.id).then((scorer) => {
      const inTeam = team.some((m) => m.id === scorer) ? scorer : null;
      const id = leadActionBy(team, inTeam) || team[0]?.id;
      if (live && id) setBy((chosen) => (chosen === '' ? memberName(team, id) : chosen));
    });
    return () => {
      live = false;
    };
  }, [inspection.id]);
  return [by, setBy];
}
