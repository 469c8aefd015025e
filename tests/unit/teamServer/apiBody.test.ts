/** Reading an API body: the value, or every problem with its field named, as a 400 says them. */
import { describe, expect, it } from 'vitest';
import { newAccountRequestSchema } from '../../../src/core/teamServer/accountSchemas';
import { apiProblems, readApiBody } from '../../../src/core/teamServer/apiBody';

describe('reading an API body', () => {
  it('trims and lower-cases an email, and fills the defaults', () => {
    const read = readApiBody(newAccountRequestSchema, {
      email: '  Ivy.Inspector@Inspectorate.EXAMPLE ',
      name: ' Ivy ',
      password: 'orange tunnel basket five',
    });
    expect(read).toEqual({
      status: 'ok',
      value: {
        email: 'ivy.inspector@inspectorate.example',
        name: 'Ivy',
        password: 'orange tunnel basket five',
        administrator: false,
      },
    });
  });

  it('names each field at fault, the first in the sentence', () => {
    const read = readApiBody(newAccountRequestSchema, { email: 'ivy', name: 7 });
    if (read.status !== 'invalid') throw new Error('expected problems');
    const body = apiProblems(read);
    expect(body.problems?.map((p) => p.path)).toEqual(['email', 'name', 'password']);
    expect(body.error).toBe(`email: ${body.problems?.[0]?.message}`);
    expect(body.problems?.[0]?.message).toMatch(/right format/);
  });

  it('says the whole request when it is not an object', () => {
    const read = readApiBody(newAccountRequestSchema, 'hello');
    if (read.status !== 'invalid') throw new Error('expected problems');
    expect(apiProblems(read).problems?.[0]?.path).toBe('(the whole request)');
  });
});
