import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * Test mode only: every JSON answer is checked against the schema its route documents for that
 * status — the schema the OpenAPI document publishes. Serialization alone would hide a mismatch
 * (fast-json-stringify drops undocumented fields and coerces types); here a route that answers
 * outside its contract, or with a status it does not document, fails the test that called it.
 */
export const responseCheckPlugin = fp(
  async (app: FastifyInstance) => {
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false }));
    const compiled = new WeakMap<object, ValidateFunction>();
    const validatorOf = (schema: object) => {
      let validate = compiled.get(schema);
      if (!validate) {
        validate = ajv.compile(schema);
        compiled.set(schema, validate);
      }
      return validate;
    };
    app.addHook('preSerialization', async (request, reply, payload) => {
      const responses = request.routeOptions.schema?.response as Record<string, object> | undefined;
      if (!responses || !request.routeOptions.url) return payload;
      const route = `${request.method} ${request.routeOptions.url}`;
      // 5xx (the database away, a bug) can come from any route and is the error handler's, not the route's contract.
      if (reply.statusCode >= 500) return payload;
      const status = String(reply.statusCode);
      const documented = responses[status] ?? responses[`${status[0]}xx`] ?? responses.default;
      // Problems are documented as `{ description, content: { 'application/problem+json': { schema } } }`.
      const schema = documented && 'content' in documented ? Object.values((documented as { content: Record<string, { schema: object }> }).content)[0]?.schema : documented;
      const problem = !schema
        ? `answered ${status}, which it does not document`
        : (() => {
            const validate = validatorOf(schema);
            // As the client will read it: dates as strings, undefined fields gone.
            return validate(JSON.parse(JSON.stringify(payload))) ? null : `answered ${status} outside its schema: ${ajv.errorsText(validate.errors)}`;
          })();
      if (problem) {
        console.error(`response check: ${route} ${problem}`);
        throw new Error(`${route} ${problem}`);
      }
      return payload;
    });
  },
  { name: 'response-check' },
);
