/**
 * Rule expressions: how a workbook cell writes an applicability rule (`showWhen`).
 *
 *   q1 = 'yes'    q1 != 'no'    q1 in ('yes', 'partly')    answered(q1)    unanswered(q1)
 *   age > 15      age < 10      area = 'blackpool'         stratum in ('host', 'home')
 *   days_after(date_a, date_b) > 10      working_days_after(date_a, date_b) < 10
 *   days_after(date_a, date_b) > 3 and < 10
 *   … combined with and, or, not (…) and parentheses
 *
 * An id names a question or profile field of the framework; `area` and `stratum` name the
 * case's own (written `case(area)` when the framework has an item called area). Text answers
 * are quoted, numbers are not. Parentheses are kept as written, so printing a rule and reading
 * it back gives the same rule, nesting included.
 */
import type { Condition, DaysAfter } from '../frameworkSchema';
import { RuleSyntaxError, type Token, tokenize } from './ruleTokens';

export type ItemType = 'question' | 'profile';
/** Which item an id in an expression names: a question, a profile field, or none. */
export type ItemResolver = (id: string) => ItemType | undefined;

export type ParsedRule =
  | { status: 'ok'; condition: Condition }
  | { status: 'invalid'; problems: string[] };

const CASE_FACTS = ['area', 'stratum'] as const;
type Subject = { question: string } | { profile: string } | { case: 'area' | 'stratum' };

function describe(token: Token | undefined): string {
  return token ? `"${token.text}" at character ${token.at + 1}` : 'the end of the rule';
}

class Parser {
  private i = 0;
  readonly problems: string[] = [];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly resolve: ItemResolver,
  ) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private isWord(token: Token | undefined, ...words: string[]): boolean {
    return token?.kind === 'word' && words.includes(token.text.toLowerCase());
  }

  private expect(kind: Token['kind'], what: string): Token {
    const token = this.peek();
    if (token?.kind !== kind)
      throw new RuleSyntaxError(`expected ${what}, found ${describe(token)}`);
    this.i++;
    return token;
  }

  parseAll(): Condition {
    const condition = this.parseOr();
    if (this.peek()) {
      throw new RuleSyntaxError(`expected "and", "or" or the end, found ${describe(this.peek())}`);
    }
    return condition;
  }

  private parseOr(): Condition {
    const parts = [this.parseAnd()];
    while (this.isWord(this.peek(), 'or')) {
      this.i++;
      parts.push(this.parseAnd());
    }
    return parts.length === 1 ? parts[0]! : { any: parts };
  }

  private parseAnd(): Condition {
    const parts = [this.parseUnary()];
    while (this.isWord(this.peek(), 'and')) {
      this.i++;
      parts.push(this.parseUnary());
    }
    return parts.length === 1 ? parts[0]! : { all: parts };
  }

  /** `not` is a word an id may also be: it negates unless an operator follows it. */
  private parseUnary(): Condition {
    const next = this.peek(1);
    const operatorNext = next?.kind === 'op' || this.isWord(next, 'in');
    if (this.isWord(this.peek(), 'not') && !operatorNext) {
      this.i++;
      return { not: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Condition {
    const token = this.peek();
    if (token?.kind === '(') {
      this.i++;
      const inner = this.parseOr();
      this.expect(')', 'a closing ")"');
      return inner;
    }
    if (this.peek(1)?.kind === '(') {
      if (this.isWord(token, 'answered', 'unanswered')) return this.parseAnswered();
      if (this.isWord(token, 'days_after', 'working_days_after')) return this.parseDaysAfter();
      if (this.isWord(token, 'case')) return this.parseComparison(this.parseCaseFact());
    }
    return this.parseComparison(this.parseSubject());
  }

  private itemId(): string {
    const token = this.peek();
    if (token?.kind !== 'word' && token?.kind !== 'number') {
      throw new RuleSyntaxError(
        `expected a question or profile field id, found ${describe(token)}`,
      );
    }
    this.i++;
    return token.text;
  }

  private item(id: string): { question: string } | { profile: string } {
    const type = this.resolve(id);
    if (type === undefined) {
      this.problems.push(`no question or profile field "${id}" in this framework`);
    }
    return type === 'profile' ? { profile: id } : { question: id };
  }

  private parseSubject(): Subject {
    const id = this.itemId();
    const fact = CASE_FACTS.find((f) => f === id);
    if (fact && this.resolve(id) === undefined) return { case: fact };
    return this.item(id);
  }

  private parseCaseFact(): Subject {
    this.i += 2;
    const fact = CASE_FACTS.find((f) => f === this.peek()?.text);
    if (!fact)
      throw new RuleSyntaxError(`expected area or stratum, found ${describe(this.peek())}`);
    this.i++;
    this.expect(')', 'a closing ")"');
    return { case: fact };
  }

  private parseAnswered(): Condition {
    const answered = this.peek()!.text.toLowerCase() === 'answered';
    this.i += 2;
    const subject = this.item(this.itemId());
    this.expect(')', 'a closing ")"');
    return { ...subject, answered };
  }

  private parseDaysAfter(): Condition {
    const working = this.peek()!.text.toLowerCase() === 'working_days_after';
    this.i += 2;
    const subject = this.item(this.itemId());
    this.expect(',', 'a comma between the two dates');
    const from = this.item(this.itemId());
    this.expect(')', 'a closing ")"');
    const daysAfter: DaysAfter = { ...from };
    this.parseBound(daysAfter);
    if (this.isWord(this.peek(), 'and') && this.peek(1)?.kind === 'op') {
      this.i++;
      this.parseBound(daysAfter);
    }
    if (working) daysAfter.working = true;
    return { ...subject, daysAfter };
  }

  private parseBound(daysAfter: DaysAfter) {
    const op = this.expect('op', '> or < and a number of days');
    if (op.text !== '>' && op.text !== '<') {
      throw new RuleSyntaxError(`days are compared with > or <, not ${describe(op)}`);
    }
    daysAfter[op.text === '>' ? 'gt' : 'lt'] = this.number();
  }

  private number(): number {
    const token = this.peek();
    if (token?.kind !== 'number')
      throw new RuleSyntaxError(`expected a number, found ${describe(token)}`);
    this.i++;
    return token.value;
  }

  private literal(): string | number {
    const token = this.peek();
    if (token?.kind === 'string' || token?.kind === 'number') {
      this.i++;
      return token.value;
    }
    if (token?.kind === 'word') {
      throw new RuleSyntaxError(
        `put the answer in quotes: '${token.text}' (at character ${token.at + 1})`,
      );
    }
    throw new RuleSyntaxError(`expected an answer in quotes or a number, found ${describe(token)}`);
  }

  private parseComparison(subject: Subject): Condition {
    const token = this.peek();
    if (this.isWord(token, 'in')) {
      this.i++;
      this.expect('(', 'a "(" opening the list of answers');
      const values = [this.literal()];
      while (this.peek()?.kind === ',') {
        this.i++;
        values.push(this.literal());
      }
      this.expect(')', 'a closing ")"');
      return { ...subject, in: values };
    }
    if (token?.kind !== 'op') {
      throw new RuleSyntaxError(`expected =, !=, >, < or in, found ${describe(token)}`);
    }
    this.i++;
    if (token.text === '>') return { ...subject, gt: this.number() };
    if (token.text === '<') return { ...subject, lt: this.number() };
    return { ...subject, [token.text === '=' ? 'equals' : 'notEquals']: this.literal() };
  }
}

/** Reads an expression into a rule, resolving ids by `resolve`; every problem in words. */
export function parseRuleExpression(source: string, resolve: ItemResolver): ParsedRule {
  try {
    const parser = new Parser(tokenize(source), resolve);
    const condition = parser.parseAll();
    return parser.problems.length > 0
      ? { status: 'invalid', problems: parser.problems }
      : { status: 'ok', condition };
  } catch (error) {
    if (error instanceof RuleSyntaxError) return { status: 'invalid', problems: [error.message] };
    throw error;
  }
}
