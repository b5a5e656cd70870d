import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const common: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };

/**
 * Two Ajv instances, as Fastify's docs suggest for per-part rules. Query strings, params and headers
 * arrive as text, so their numbers and booleans are coerced (`?page=2`); a JSON body is taken as
 * sent, so `{"password": 123}` or `{"companyName": ["x"]}` is a wrong type, never quietly the
 * string "123" or "x". `allErrors` names every bad field at once.
 */
const forBody = addFormats(new Ajv({ ...common, coerceTypes: false }));
const forText = addFormats(new Ajv({ ...common, coerceTypes: 'array' }));

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? forBody : forText).compile(schema);
