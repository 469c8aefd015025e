/**
 * The language the server's replies are worded in: Welsh when the request's Accept-Language
 * puts Welsh first (the app sends it while it speaks Welsh), English otherwise. Only the words
 * differ; a reply's status, fields and data are the same in either language.
 */
import type { FastifyRequest } from 'fastify';
import type { Translator } from '../../core';
import { nodeTranslator } from '../../i18n/node/welshCatalogue';

/** "cy", "cy-GB;q=0.9, en" → Welsh; "en-GB,cy;q=0.5" → English: the first language asked for. */
export function replyLanguageOf(acceptLanguage: string | undefined): 'cy' | 'en' {
  const first = (acceptLanguage ?? '').split(',')[0]?.split(';')[0]?.trim().toLowerCase() ?? '';
  return first === 'cy' || first.startsWith('cy-') ? 'cy' : 'en';
}

export function replyTranslator(request: FastifyRequest): Translator {
  return nodeTranslator(replyLanguageOf(request.headers['accept-language']));
}
