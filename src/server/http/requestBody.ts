/** A request's body read against its schema (core's), or a 400 naming the field at fault. */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { readApiBody } from '../../core';
import { badRequest } from './refusals';

export function body<S extends z.ZodType>(schema: S, request: FastifyRequest): z.output<S> {
  const read = readApiBody(schema, request.body ?? {});
  if (read.status === 'invalid') throw badRequest(read);
  return read.value;
}
