/**
 * The OpenAPI document, and validators built from it. The endpoint validates request bodies
 * against the document's own schemas, so the document and the endpoint cannot drift apart.
 */
import { type Schema, Validator } from '@cfworker/json-schema';
import openapi from '../protocol/openapi.json';
import type { FieldError } from '../src/core/types.js';

/** The protocol document (`protocol/openapi.json`). */
export const protocolDocument = openapi;

/** The base URI the document's `#/components/...` references resolve against. */
const DOCUMENT_URI = 'https://mfa-elements.invalid/protocol/openapi.json';

/**
 * A JSON Schema (draft 2020-12) validator for any schema in the document, for example
 * `{ $ref: '#/components/schemas/Phone' }` or an operation's inline response schema.
 * Each validator gets its own copy of the components, because the validator annotates the
 * schema objects it indexes.
 */
export function schemaValidator(schema: unknown): Validator {
  const root: Schema = {
    $id: DOCUMENT_URI,
    ...structuredClone(schema as Schema),
    components: { schemas: structuredClone(openapi.components.schemas) },
  };
  return new Validator(root, '2020-12', false);
}

const requestValidators = new Map<string, Validator>();

/**
 * Checks a parsed request body against the operation's request schema. Answers the field errors:
 * the top-level property at fault with reason `required` (missing) or `invalid` (anything else).
 */
export function validateRequestBody(schemaName: string, body: unknown): FieldError[] {
  let validator = requestValidators.get(schemaName);
  if (!validator) {
    validator = schemaValidator({ $ref: `#/components/schemas/${schemaName}` });
    requestValidators.set(schemaName, validator);
  }
  const result = validator.validate(body);
  if (result.valid) return [];
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [{ field: 'body', reason: 'invalid' }];
  const found = new Map<string, string>();
  for (const unit of result.errors) {
    if (unit.keyword === 'required') {
      const name = /"([^"]+)"/.exec(unit.error)?.[1];
      if (name) found.set(name, 'required');
    } else if (unit.keyword === 'additionalProperties' || unit.keyword === 'false') {
      const name = /"([^"]+)"/.exec(unit.error)?.[1] ?? topLevelProperty(unit.instanceLocation);
      if (name && !found.has(name)) found.set(name, 'invalid');
    } else {
      const name = topLevelProperty(unit.instanceLocation);
      if (name && !found.has(name)) found.set(name, 'invalid');
    }
  }
  if (found.size === 0) found.set('body', 'invalid');
  return [...found].map(([field, reason]) => ({ field, reason }));
}

function topLevelProperty(instanceLocation: string): string | undefined {
  const segment = instanceLocation.split('/')[1];
  return segment === undefined ? undefined : decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The name of the schema an operation's request body refers to, if it has one. */
export function requestSchemaName(operationId: string): { name: string; required: boolean } | undefined {
  for (const item of Object.values(openapi.paths)) {
    for (const operation of Object.values(item) as OperationObject[]) {
      if (operation.operationId !== operationId) continue;
      const ref = operation.requestBody?.content['application/json']?.schema.$ref;
      if (!ref) return undefined;
      return { name: ref.replace('#/components/schemas/', ''), required: operation.requestBody?.required === true };
    }
  }
  return undefined;
}

interface OperationObject {
  operationId: string;
  requestBody?: { required?: boolean; content: Record<string, { schema: { $ref?: string } }> };
}
