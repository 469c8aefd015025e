/**
 * The shape of the YJB 2010 case-file extraction (seed 002: Hopkins, Webb and Mackie, 2010), as
 * the generator of a synthetic data set draws it: how many cases each of the 14 areas gave, how
 * often Children's Services contact was not recorded there (Table 2.3), and the answer shares
 * the report quotes (chapter 4). Where the report gives no figure the share is invented and
 * marked so. Every share is of the cases the report counts it over.
 */

/** Table 2.3, per area in the framework's order (area-01 … area-14): cases collected, and not recorded. */
export const TABLE_2_3: readonly { readonly total: number; readonly notRecorded: number }[] = [
  { total: 1422, notRecorded: 485 },
  { total: 826, notRecorded: 70 },
  { total: 805, notRecorded: 239 },
  { total: 452, notRecorded: 19 },
  { total: 394, notRecorded: 44 },
  { total: 309, notRecorded: 53 },
  { total: 271, notRecorded: 31 },
  { total: 738, notRecorded: 511 },
  { total: 410, notRecorded: 193 },
  { total: 379, notRecorded: 169 },
  { total: 382, notRecorded: 189 },
  { total: 259, notRecorded: 106 },
  { total: 208, notRecorded: 59 },
  { total: 377, notRecorded: 341 },
];

/** Table 2.3's total: at this size the generated areas are Table 2.3 row for row. */
export const TABLE_2_3_CASES = TABLE_2_3.reduce((sum, a) => sum + a.total, 0);

/** Shares as [answer, weight] pairs; weights need not add to 1 (they are normalised). */
export type Shares = readonly (readonly [string, number])[];

/** Disposal at the last appearance (4,723 base): 1,806 / 1,197 / 882 / 481 / 341, 16 not known. */
export const DISPOSAL: Shares = [
  ['first-tier', 1806],
  ['pre-court', 1197],
  ['community', 882],
  ['other', 481],
  ['custodial', 341],
  ['not_known', 16],
];

/** Any Children's Services contact, by disposal (fn43): custody 63% … pre-court 26%. */
export const ANY_CONTACT_BY_DISPOSAL: Readonly<Record<string, number>> = {
  custodial: 214 / 341,
  other: 291 / 481,
  community: 501 / 882,
  'first-tier': 700 / 1806,
  'pre-court': 314 / 1197,
  not_known: 0.43,
};

/** Current contact within the contact group: 688 of 2,026. */
export const CURRENT_IN_CONTACT_GROUP = 688 / 2026;

/**
 * Each type of contact within the contact group, and the share of it that is current (Table
 * 4.2): voluntary 30%, child protection 27%, care order 18%; remand, eligible, relevant and
 * "other" are invented. About half the group has no type recorded (989 of 2,026 known), so
 * each type is "not known" in a share of cases (invented: 15%).
 */
export const CONTACT_TYPES: Readonly<Record<string, { share: number; current: number }>> = {
  'voluntary-accommodation': { share: 0.3, current: 333 / 502 },
  'child-protection-register': { share: 0.27, current: 227 / 473 },
  'care-order': { share: 0.18, current: 274 / 321 },
  'remand-la-accommodation': { share: 0.06, current: 61 / 127 },
  'eligible-child': { share: 0.03, current: 0.5 },
  'relevant-child': { share: 0.03, current: 0.5 },
  'other-social-services-contact': { share: 0.35, current: 0.4 },
};
export const CONTACT_TYPE_NOT_KNOWN = 0.15;

/** Gender: 963 female, 3,759 male, 1 not recorded. */
export const GENDER: Shares = [
  ['0', 3759],
  ['1', 963],
  ['not_known', 1],
];

/** Ethnicity: White 3,788, Black 359, Asian 268, Mixed 259, other 9; 40 not recorded. */
export const ETHNICITY: Shares = [
  ['1', 3788],
  ['4', 359],
  ['3', 268],
  ['2', 259],
  ['other', 9],
  ['not_known', 40],
];

/** Age bands: 10–12 77, 13–15 1,034, 16+ 2,585; the other 1,027 have no age (left blank). */
export const AGE_BANDS: readonly (readonly [readonly [number, number] | null, number])[] = [
  [[10, 12], 77],
  [[13, 15], 1034],
  [[16, 17], 2585],
  [null, 1027],
];

/** Offences: 1 480, 2–5 2,498, 6–10 828, more than 10 917 (the upper end invented: 11–40). */
export const OFFENCE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[1, 1], 480],
  [[2, 5], 2498],
  [[6, 10], 828],
  [[11, 40], 917],
];

/** Previous convictions: none 2,121, 1 387, 2–3 362, 4–5 169, more than 5 244; 1,440 blank. */
export const CONVICTION_BANDS: readonly (readonly [readonly [number, number] | null, number])[] = [
  [[0, 0], 2121],
  [[1, 1], 387],
  [[2, 3], 362],
  [[4, 5], 169],
  [[6, 15], 244],
  [null, 1440],
];

/** Asset type: core 3,431, final warning 1,220, bail/remand 56, extended 9, mini 7. */
export const ASSET_TYPE: Shares = [
  ['core', 3431],
  ['final-warning', 1220],
  ['bail-remand', 56],
  ['extended', 9],
  ['mini', 7],
];

/**
 * Share of the whole sample scored 3 or 4 on each Asset factor: thinking 27%, lifestyle 19%,
 * family 17% from the report (L1038–1044); the rest invented. In the contact group the share
 * rises by `CONTACT_LIFT` (family 17% → 32% in the report).
 */
export const ASSET_HIGH: Readonly<Record<string, number>> = {
  'asset-living': 0.12,
  'asset-family': 0.17,
  'asset-ete': 0.2,
  'asset-neighbourhood': 0.1,
  'asset-lifestyle': 0.19,
  'asset-substance-use': 0.15,
  'asset-physical-health': 0.03,
  'asset-emotional-mental-health': 0.12,
  'asset-perception': 0.1,
  'asset-thinking-behaviour': 0.27,
  'asset-attitudes': 0.14,
  'asset-motivation': 0.15,
};
export const CONTACT_LIFT = 1.6;
/** Per-factor bases were 4,630–4,693 of 4,723: about 1.3% not known. */
export const ASSET_NOT_KNOWN = 0.013;

/** Invented: offence types as a record might name them, and case stages. */
export const OFFENCE_TYPES = [
  'Theft and handling',
  'Violence against the person',
  'Criminal damage',
  'Motoring offences',
  'Public order',
  'Drugs offences',
  'Breach of statutory order',
  'Burglary',
  'Robbery',
];
export const CASE_STAGES = ['Pre-sentence', 'Post-sentence', 'Under supervision', 'Remand'];
