/**
 * On an inspector's device, the inspections whose lead's tools were opened in this tab: through
 * the "Lead’s tools" page, or "Continue to the lead’s tools". Until then a lead's page reached by
 * its address says whose tool it is first. Kept in memory only: a reload asks again.
 */
const opened = new Set<string>();

export function leadToolsOpened(inspectionId: string): boolean {
  return opened.has(inspectionId);
}

export function openLeadTools(inspectionId: string): void {
  opened.add(inspectionId);
}

/** Forgets every step taken (tests). */
export function forgetLeadToolsOpened(): void {
  opened.clear();
}
