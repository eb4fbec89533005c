// Protocol conformance checks, shared by the protocol test (against the reference endpoint) and
// the contract CLI (against anyone's endpoint): find the operation a request addresses, and check
// an answer against the document: documented status, required headers (whole seconds where the
// document says so, and a 429's Retry-After the same as its error.retryAfter), content type, the
// response schema for that operation and status, and the ErrorBody's code for its status.
//
// Plain JavaScript with a .d.ts beside it, so the published CLI runs in Node 20 with no build step
// and the browser tests import it as it is. It reads no file: the caller passes the document.
import { Validator } from '@cfworker/json-schema';

/**
 * The fields of an answer that hold a secret: a new app password, a TOTP secret and the otpauth URI
 * or QR payload that carry it, a push app's activation. A report prints answers, and CI logs keep
 * them; these print as "[redacted]".
 */
const SECRET_FIELDS = new Set(['password', 'secret', 'otpauthUri', 'activationCode', 'activationUrl', 'qrPayload']);

/** A copy of an answer's body with the secret fields' values replaced, at any depth. */
export function redacted(value) {
  if (Array.isArray(value)) return value.map(redacted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, SECRET_FIELDS.has(name) ? '[redacted]' : redacted(field)]));
}

/** The status each WireErrorCode goes with (the document's WireErrorCode description). */
export const ERROR_CODE_STATUS = Object.freeze({
  validation: 400,
  unauthenticated: 401,
  'reauth-required': 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  expired: 410,
  'invalid-code': 422,
  'rate-limited': 429,
  server: 500,
});

const DOCUMENT_URI = 'https://mfa-elements.invalid/protocol/openapi.json';

/**
 * A JSON Schema (2020-12) validator for a schema of the document, `#/components/...` references
 * resolved against the document (the same construction as reference/protocol.ts).
 */
export function documentSchemaValidator(document) {
  return (schema) =>
    new Validator(
      { $id: DOCUMENT_URI, ...structuredClone(schema), components: { schemas: structuredClone(document.components.schemas) } },
      '2020-12',
      false,
    );
}

function resolveRef(document, value) {
  if (!value || typeof value.$ref !== 'string') return value;
  const path = value.$ref.replace(/^#\//, '').split('/');
  let found = document;
  for (const segment of path) found = found?.[segment];
  return found;
}

/**
 * The checks for one protocol document. `options.schemaValidator(schema)` builds validators
 * (default: @cfworker/json-schema over the document's components).
 */
export function createConformance(document, options = {}) {
  const buildValidator = options.schemaValidator ?? documentSchemaValidator(document);
  const operations = new Map();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      operations.set(operation.operationId, { operationId: operation.operationId, method: method.toUpperCase(), path, doc: operation });
    }
  }
  const validators = new Map();

  /** Allowed values of a path parameter, when its schema is an enum (`{slot}`: PhoneSlot). */
  function paramEnum(operation, name) {
    for (const parameter of operation.doc.parameters ?? []) {
      const resolved = resolveRef(document, parameter);
      if (resolved?.in !== 'path' || resolved.name !== name) continue;
      return resolveRef(document, resolved.schema)?.enum;
    }
    return undefined;
  }

  function matchPath(operation, segments) {
    const parts = operation.path.split('/').filter(Boolean);
    if (parts.length !== segments.length) return false;
    return parts.every((part, index) => {
      if (!part.startsWith('{')) return part === segments[index];
      let value;
      try {
        value = decodeURIComponent(segments[index]);
      } catch {
        return false;
      }
      const allowed = paramEnum(operation, part.slice(1, -1));
      return !allowed || allowed.includes(value);
    });
  }

  /** The operation a request addresses; `path` is relative to the endpoint URL (`/phones/mobile`). */
  function findOperation(method, path) {
    const segments = path.split(/[?#]/)[0].split('/').filter(Boolean);
    for (const operation of operations.values()) {
      if (operation.method === method.toUpperCase() && matchPath(operation, segments)) return operation;
    }
    return undefined;
  }

  /** The documented response of an operation for a status (a `$ref` resolved), if any. */
  function responseDoc(operationId, status) {
    return resolveRef(document, operations.get(operationId)?.doc.responses[String(status)]);
  }

  /** What is wrong with an error body for its status, beyond its schema: the code goes with the status. */
  function checkErrorBody(status, body) {
    const code = body?.error?.code;
    if (typeof code !== 'string') return [`${status} has no ErrorBody (error.code missing)`];
    if (!(code in ERROR_CODE_STATUS)) return [`${status} error.code "${code}" is not a WireErrorCode`];
    if (ERROR_CODE_STATUS[code] !== status) return [`${status} error.code "${code}" belongs with ${ERROR_CODE_STATUS[code]}`];
    return [];
  }

  /**
   * What is wrong with one answer of an operation, as messages (none: it conforms).
   * `result`: `{ status, headers (a Headers), body (parsed JSON, undefined when empty), notJson? }`.
   * `contentType: 'exact'` (default) wants exactly `application/json`; `'media-type'` allows
   * parameters such as `; charset=utf-8`.
   */
  function checkResponse(operationId, result, { contentType = 'exact' } = {}) {
    const documented = responseDoc(operationId, result.status);
    if (!documented) return [`${operationId} answered ${result.status}, which is not documented`];
    const problems = [];
    for (const [name, header] of Object.entries(documented.headers ?? {})) {
      const value = result.headers.get(name);
      if (value === null) {
        if (header.required) problems.push(`${operationId} ${result.status} header ${name} is missing`);
      } else if (resolveRef(document, header.schema)?.type === 'integer' && !/^\d+$/.test(value.trim())) {
        // Retry-After may be an HTTP date in HTTP; the protocol wants seconds, as error.retryAfter.
        problems.push(`${operationId} ${result.status} header ${name} is ${JSON.stringify(value)}, not a whole number of seconds`);
      }
    }
    const retryAfter = result.body?.error?.retryAfter;
    const retryHeader = result.headers.get('retry-after');
    if (result.status === 429 && /^\d+$/.test(retryHeader?.trim() ?? '') && typeof retryAfter === 'number' && Number(retryHeader) !== retryAfter) {
      problems.push(`${operationId} 429 header Retry-After is ${retryHeader}, but error.retryAfter is ${retryAfter}: they are the same wait`);
    }
    const content = documented.content?.['application/json'];
    if (!content) {
      if (result.body !== undefined || result.notJson) problems.push(`${operationId} ${result.status} has no body, but one was sent`);
      return problems;
    }
    const type = result.headers.get('content-type');
    const typeOk = contentType === 'exact' ? type === 'application/json' : type?.split(';')[0].trim().toLowerCase() === 'application/json';
    if (!typeOk) problems.push(`${operationId} ${result.status} content-type is ${JSON.stringify(type)}, not application/json`);
    if (result.notJson || result.body === undefined) {
      problems.push(`${operationId} ${result.status} body is ${result.notJson ? 'not JSON' : 'empty'}; expected JSON`);
      return problems;
    }
    const key = `${operationId} ${result.status}`;
    let validator = validators.get(key);
    if (!validator) {
      validator = buildValidator(content.schema);
      validators.set(key, validator);
    }
    const outcome = validator.validate(result.body);
    if (!outcome.valid) {
      // The innermost errors say what is wrong; the wrappers (properties, allOf, $ref) only where.
      const leaves = outcome.errors.filter((unit) => !['properties', 'allOf', '$ref', 'items'].includes(unit.keyword));
      const errors = (leaves.length > 0 ? leaves : outcome.errors)
        .slice(0, 4)
        .map((unit) => `${unit.instanceLocation || '#'} ${unit.error}`);
      problems.push(`${key} does not match its schema: ${JSON.stringify(redacted(result.body)).slice(0, 300)}\n  ${errors.join('\n  ')}`);
    }
    if (result.status >= 400) problems.push(...checkErrorBody(result.status, result.body).map((p) => `${operationId} ${p}`));
    return problems;
  }

  return { document, operations, findOperation, responseDoc, checkResponse, checkErrorBody };
}
