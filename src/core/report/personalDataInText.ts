/**
 * Things in report text that look like personal data: a published case example must be
 * anonymised (SPEC §10), yet the seeds' examples name children ("Katie was moved…"). Flags
 * words that look like a person's name — a common given name, a title and a surname ("Mrs
 * Jones"), a capitalised word described by an age ("Cissie, a 14 year old girl") — and the
 * patterns the case-list check already trusts (email addresses, NHS and National Insurance
 * numbers, postcodes, phone numbers). A warning, never a refusal: the lead decides.
 */
import { isNhsNumber } from '../caseList/detectPersonalData';

export type TextPersonalData = {
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
  readonly looksLike: 'name' | 'email' | 'phone' | 'postcode' | 'nhs-number' | 'ni-number';
  readonly message: string;
};

/** Common given names in England and Wales (a short list: enough to catch the usual ones). */
const GIVEN_NAMES = new Set(
  (
    'aaron adam aidan alex alexander alfie alice amber amelia amy andrew angela anna anne archie ' +
    'ashley bailey ben benjamin beth bethan bethany billy bradley brandon callum cameron carl ' +
    'caroline catherine charlie charlotte chelsea chloe chris christopher ciara connor courtney ' +
    'craig daisy daniel danielle darren david dean declan demi dylan eleanor elizabeth ella ' +
    'ellie emily emma ethan evan evie faye finley freddie freya gareth gary gemma george ' +
    'georgia grace hannah harley harrison harry hayley heather helen holly isaac isabel ' +
    'isabella isla jack jacob jade jake james jamie jane jason jay jayden jenny jessica joe ' +
    'joel john jordan joseph josh joshua julie kai karen katie kayla kayleigh keira kelly ' +
    'kieran kyle lacey lauren layla leah lee leo lewis liam lily lisa logan louis louise ' +
    'lucy luke lydia macy madison maisie mark mason matthew megan mia michael mohammed ' +
    'molly muhammad nathan niamh nicola noah oliver olivia oscar owen paige paul peter ' +
    'poppy rachel rebecca reece rhys richard riley robert rosie ruby ryan sadie sam samuel ' +
    'sarah scott sean shannon sian sophie stacey steve steven stephen summer tanya taylor ' +
    'thomas tia tom tommy tyler victoria william zac zach zak zoe'
  ).split(' '),
);

/** Capitalised words that open sentences or name things without naming a person. */
const NOT_NAMES = new Set(
  (
    'a an the this that these those he she they it we our their his her its in on at one two ' +
    'three four five six seven eight nine ten some many most all none no not when where while ' +
    'after before during although however there here staff inspectors inspector case cases ' +
    'children child young people social workers worker police court courts education health ' +
    'yot yots he she monday tuesday wednesday thursday friday saturday sunday january february ' +
    'march april may june july august september october november december'
  ).split(' '),
);

const WORD = /\p{Lu}[\p{Ll}'’-]+/u;
const TITLE_NAME = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(${WORD.source})`, 'gu');
/** "Cissie, a 14 year old girl", "Jenny, 13, found", "Tom (15)". */
const AGE_APPOSITION = new RegExp(
  String.raw`(?<![\p{L}])(${WORD.source}),?\s*(?:\(\s*\d{1,2}\s*\)|,\s*(?:aged\s+)?\d{1,2}\s*,|,\s*an?\s+(?:\d{1,2}|[a-z]+teen)[\s-]+year[\s-]+old)`,
  'gu',
);
const ANY_WORD = new RegExp(String.raw`(?<![\p{L}])${WORD.source}`, 'gu');

const EMAIL = /[^\s@()<>,;:"]+@[^\s@()<>,;:"]+\.[a-z]{2,}/giu;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g;
const NI_NUMBER = /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g;
const DIGIT_RUN = /(?<![\d])(?:\+44\s?|0)\d[\d\s-]{8,12}\d(?![\d])/g;
const TEN_DIGITS = /(?<![\d])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\d])/g;

const MESSAGES: Record<TextPersonalData['looksLike'], string> = {
  name: 'looks like a person’s name: case examples must be anonymised (say “a 15-year-old girl”, or use the case reference)',
  email: 'looks like an email address: remove it',
  phone: 'looks like a phone number: remove it',
  postcode: 'looks like a postcode: remove it, or name the area instead',
  'nhs-number': 'looks like an NHS number: remove it',
  'ni-number': 'looks like a National Insurance number: remove it',
};

/**
 * Places in `text` that look like personal data. `allowed`: names that are not people's — the
 * inspection's areas, organisations and team — which are never flagged.
 */
export function personalDataInText(
  text: string,
  allowed: readonly string[] = [],
): TextPersonalData[] {
  const allowedWords = new Set(
    allowed.flatMap((name) => name.toLowerCase().split(/[^\p{L}'’-]+/u)).filter(Boolean),
  );
  const found: TextPersonalData[] = [];
  const taken = new Set<number>();
  const add = (start: number, end: number, looksLike: TextPersonalData['looksLike']) => {
    if (taken.has(start)) return;
    taken.add(start);
    found.push({
      start,
      end,
      excerpt: text.slice(start, end),
      looksLike,
      message: `“${text.slice(start, end)}” ${MESSAGES[looksLike]}`,
    });
  };
  const isNameWord = (word: string) => {
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    return !NOT_NAMES.has(lower) && !allowedWords.has(lower);
  };

  for (const m of text.matchAll(EMAIL)) add(m.index, m.index + m[0].length, 'email');
  for (const m of text.matchAll(TEN_DIGITS)) {
    if (isNhsNumber(m[0])) add(m.index, m.index + m[0].length, 'nhs-number');
  }
  for (const m of text.matchAll(NI_NUMBER)) add(m.index, m.index + m[0].length, 'ni-number');
  for (const m of text.matchAll(POSTCODE)) add(m.index, m.index + m[0].length, 'postcode');
  for (const m of text.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/\D/g, '');
    if (/^(?:44|0)\d{9,10}$/.test(digits)) add(m.index, m.index + m[0].length, 'phone');
  }
  for (const m of text.matchAll(TITLE_NAME)) {
    if (isNameWord(m[1]!)) add(m.index, m.index + m[0].length, 'name');
  }
  for (const m of text.matchAll(AGE_APPOSITION)) {
    if (isNameWord(m[1]!)) add(m.index, m.index + m[1]!.length, 'name');
  }
  for (const m of text.matchAll(ANY_WORD)) {
    const word = m[0].replace(/['’]s$/, '');
    if (GIVEN_NAMES.has(word.toLowerCase()) && isNameWord(word)) {
      add(m.index, m.index + word.length, 'name');
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
