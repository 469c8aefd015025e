/**
 * The team server's address as a person types it, read to the origin the browser sends, and the
 * session kinds the sign-in bodies take.
 */
import { describe, expect, it } from 'vitest';
import {
  firstAdministratorRequestSchema,
  signInRequestSchema,
  tokenSignedInSchema,
} from '../../../src/core/teamServer/accountSchemas';
import {
  ADDRESS_MISSING,
  ADDRESS_NOT_HTTPS,
  readServerAddress,
  teamConnectionSchema,
} from '../../../src/core/teamServer/teamConnection';

const ok = (address: string) => ({ status: 'ok', address });
const problem = (message: string) => ({ status: 'problem', message });

describe('reading a team server’s address', () => {
  it('keeps the origin of an https address: lower case, no default port, no path', () => {
    expect(readServerAddress('https://caseaudit.example.gov.uk')).toEqual(
      ok('https://caseaudit.example.gov.uk'),
    );
    expect(readServerAddress('  HTTPS://CaseAudit.Example.gov.uk/team/  ')).toEqual(
      ok('https://caseaudit.example.gov.uk'),
    );
    expect(readServerAddress('https://caseaudit.example.gov.uk:443/')).toEqual(
      ok('https://caseaudit.example.gov.uk'),
    );
    expect(readServerAddress('https://audit.example.org:8443?x=1')).toEqual(
      ok('https://audit.example.org:8443'),
    );
  });

  it('takes http only for this computer', () => {
    expect(readServerAddress('http://localhost:4180')).toEqual(ok('http://localhost:4180'));
    expect(readServerAddress('http://127.0.0.1:4180/api')).toEqual(ok('http://127.0.0.1:4180'));
    expect(readServerAddress('http://[::1]:80')).toEqual(ok('http://[::1]'));
    expect(readServerAddress('http://caseaudit.example.gov.uk')).toEqual(
      problem(ADDRESS_NOT_HTTPS),
    );
  });

  it('asks for an address when there is none, and for https:// when it is not one', () => {
    expect(readServerAddress('   ')).toEqual(problem(ADDRESS_MISSING));
    for (const typed of [
      'caseaudit.example.gov.uk',
      'ftp://caseaudit.example.gov.uk',
      'https://',
      'https://name:secret@caseaudit.example.gov.uk',
      'https://case audit.example.gov.uk',
      'https://caseaudit.example.gov.uk:65536',
    ]) {
      expect(readServerAddress(typed), typed).toEqual(problem(ADDRESS_NOT_HTTPS));
    }
  });
});

describe('the session a sign-in asks for', () => {
  const signIn = { email: 'Ivy@Example.org', password: 'orange tunnel basket five' };

  it('is a cookie unless a token is asked for; nothing else is taken', () => {
    expect(signInRequestSchema.parse(signIn)).toEqual({ ...signIn, email: 'ivy@example.org' });
    expect(signInRequestSchema.parse({ ...signIn, session: 'token' }).session).toBe('token');
    expect(signInRequestSchema.safeParse({ ...signIn, session: 'forever' }).success).toBe(false);
    const setUp = { ...signIn, token: 'tok-42', name: 'Ivy', session: 'token' };
    expect(firstAdministratorRequestSchema.parse(setUp).session).toBe('token');
  });

  it('answers a token session with its token, and keeps a connection with or without one', () => {
    const signedIn = {
      account: {
        id: 'acc-1',
        email: 'ivy@example.org',
        name: 'Ivy',
        administrator: false,
        disabled: false,
        createdAt: '2026-12-07T09:00:00.000Z',
      },
      csrfToken: 'csrf-1',
      memberships: [],
    };
    expect(tokenSignedInSchema.safeParse(signedIn).success).toBe(false);
    expect(tokenSignedInSchema.parse({ ...signedIn, sessionToken: 'tok' }).sessionToken).toBe(
      'tok',
    );
    expect(teamConnectionSchema.parse({ address: '' })).toEqual({ address: '' });
    expect(
      teamConnectionSchema.safeParse({ address: 'https://a.example', token: '' }).success,
    ).toBe(false);
  });
});
