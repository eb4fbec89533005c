// Protocol conformance checks, shared by the protocol test (against the reference endpoint) and
// the contract CLI (against anyone's endpoint): find the operation a request addresses, and check
// an answer against the document: documented status, required headers (whole seconds where the
// document says so, and a 429's Retry-After the same as its error.retryAfter), content type, the
// response schema for that operation and status, and the ErrorBody's code for its status. The CLI
// also tells extensions apart (see `explainResponse`): what a newer endpoint may add and the
// elements tolerate, reported, but no failure.
//
// Plain JavaScript with a .d.ts beside it, so the published CLI runs in Node 20 with no build step
// and the browser tests import it as it is. It reads no file: the caller passes the document.
import { Validator } from '@cfworker/json-schema';

/**
 * The fields of an answer that hold a secret: a new app password, a TOTP secret and the otpauth URI
 * or QR payload that carry it, a push app's activation; and those that hold what a CI log must not
 * keep of the user: a set-up's account name (their email or phone number), a masked number (which
 * an endpoint may mask too little), and a phone number or email an endpoint should not have sent.
 * A report prints answers, and CI logs keep them; these print as "[redacted]", as does any field
 * the leak check below takes for a secret or a number.
 */
const SECRET_FIELDS = new Set([
  'password',
  'secret',
  'otpauthUri',
  'activationCode',
  'activationUrl',
  'qrPayload',
  'accountName',
  'maskedNumber',
  'email',
  'number',
  'phoneNumber',
]);

/** A copy of an answer's body with the secret fields' values replaced, at any depth. */
export function redacted(value) {
  if (Array.isArray(value)) return value.map(redacted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => [
      name,
      SECRET_FIELDS.has(name) || (typeof field === 'string' && looksLikeLeak(name, field)) ? '[redacted]' : redacted(field),
    ]),
  );
}

/** Field names that say a secret (compared without case, `_` or `-`). */
const SECRET_NAME = /secret|passw|passcode|otpauth|activationcode|qrpayload|seed|recoverycode|backupcode/;
/** Field names that say the user's phone number (not an organization's: `helpdeskPhone` is not one). */
const NUMBER_NAME = /msisdn|e164|phonenumber|fullnumber|rawnumber|^number$|^phone$|^mobile$|^mobilephone$|^officephone$/;

/**
 * Whether a field the document does not name carries a secret or a full phone number (at any
 * depth): a leak, not an extension. By what it holds, its name telling which to look for: any text
 * that is an otpauth URI; under a secret's name, text of 8 characters or more with no space; under a
 * number's name, text with 7 digits or more and nothing masked. `hasPassword: true`,
 * `passwordPolicy: { minLength: 8 }`, `phoneNumberMasked: "+1 ••• ••• ••67"` or a `csrfToken` are
 * none.
 */
function looksLikeLeak(name, value) {
  if (typeof value === 'object' && value !== null) return Object.entries(value).some(([inner, field]) => looksLikeLeak(inner, field));
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (/^otpauth:/i.test(text)) return true;
  const key = name.toLowerCase().replace(/[_-]/g, '');
  if (SECRET_NAME.test(key)) return text.length >= 8 && !/\s/.test(text);
  if (NUMBER_NAME.test(key)) return text.replace(/\D/g, '').length >= 7 && /^[+\d\s().\-\u200e\u200f\u2066-\u2069]+$/.test(text);
  return false;
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

/**
 * A copy of a schema that leaves open what a newer version of the protocol may add: fields the
 * document does not name (`additionalProperties: false` left out) and, with `values`, the values of
 * a string `enum` (an error body's codes, whose enums have no `type`, stay closed).
 */
function opened(schema, { values }) {
  if (Array.isArray(schema)) return schema.map((item) => opened(item, { values }));
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'additionalProperties' && value === false) continue;
    if (key === 'enum' && values && schema.type === 'string') continue;
    copy[key] = opened(value, { values });
  }
  return copy;
}

/** The value at a validator's instance location (`#/phones/0/slot`) in `body`. */
function valueAt(body, location) {
  let value = body;
  for (const part of location.split('/').slice(1)) {
    value = value?.[decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return value;
}

/** The innermost errors of a failed validation, which say what is wrong; the wrappers (properties, allOf, $ref) only where. */
function leafErrors(errors) {
  const leaves = errors.filter((unit) => !['properties', 'allOf', '$ref', 'items'].includes(unit.keyword));
  return leaves.length > 0 ? leaves : errors;
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
  // For `explainResponse`'s extensions: the document with fields left open, and with values too.
  const openBuilders = {
    fields: documentSchemaValidator({ components: { schemas: opened(document.components.schemas, { values: false }) } }),
    values: documentSchemaValidator({ components: { schemas: opened(document.components.schemas, { values: true }) } }),
  };
  const version = document.info?.version ?? '';
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
    // The document's WireErrorCode: not-found goes with 404, and with 405 for a method a route does not take.
    if (code === 'not-found' && status === 405) return [];
    if (ERROR_CODE_STATUS[code] !== status) return [`${status} error.code "${code}" belongs with ${ERROR_CODE_STATUS[code]}`];
    return [];
  }

  /**
   * What is wrong with an error answer of no operation (an unknown path, a method a route does not
   * take), as messages: every error answer, whatever the status, is an ErrorBody in
   * `application/json` ("Errors"), its code the one for its status. None for a status under 400.
   */
  function checkErrorAnswer(result, { contentType = 'exact' } = {}) {
    if (result.status < 400) return [];
    const problems = [];
    const type = result.headers.get('content-type');
    const typeOk = contentType === 'exact' ? type === 'application/json' : type?.split(';')[0].trim().toLowerCase() === 'application/json';
    if (!typeOk) problems.push(`${result.status} content-type is ${JSON.stringify(type)}, not application/json`);
    if (result.notJson || result.body === undefined) {
      problems.push(`${result.status} body is ${result.notJson ? 'not JSON' : 'empty'}; expected an ErrorBody`);
      return problems;
    }
    const outcome = validatorFor('ErrorBody', { $ref: '#/components/schemas/ErrorBody' }).validate(result.body);
    if (!outcome.valid) problems.push(schemaProblem(`${result.status} ErrorBody`, result.body, outcome.errors));
    problems.push(...checkErrorBody(result.status, result.body));
    return problems;
  }

  /** A validator for the schema of an operation's answer, built once: `mode` undefined, or `fields`/`values` (opened). */
  function validatorFor(key, schema, mode) {
    const cacheKey = mode ? `${key} ${mode}` : key;
    let validator = validators.get(cacheKey);
    if (!validator) {
      validator = mode ? openBuilders[mode](opened(schema, { values: mode === 'values' })) : buildValidator(schema);
      validators.set(cacheKey, validator);
    }
    return validator;
  }

  /** A schema failure as one message: the body (secrets redacted), then the first few errors. */
  function schemaProblem(key, body, errors, what = 'does not match its schema') {
    const lines = leafErrors(errors)
      .slice(0, 4)
      .map((unit) => `${unit.instanceLocation || '#'} ${unit.error}`);
    return `${key} ${what}: ${JSON.stringify(redacted(body)).slice(0, 300)}\n  ${lines.join('\n  ')}`;
  }

  /**
   * What is wrong with one answer of an operation, as messages (none: it conforms).
   * `result`: `{ status, headers (a Headers), body (parsed JSON, undefined when empty), notJson? }`.
   * `contentType: 'exact'` (default) wants exactly `application/json`; `'media-type'` allows
   * parameters such as `; charset=utf-8`.
   */
  function checkResponse(operationId, result, options = {}) {
    return explainResponse(operationId, result, options).problems;
  }

  /**
   * As `checkResponse`, telling extensions apart when `options.asRead` is given: the body as the
   * elements' client reads it (the settings without the method ids and phone slots it does not
   * know, say), or null when the client refuses it. A field the document does not name, which the
   * client ignores in every answer, and a value outside a string enum that the client leaves out
   * of what it reads, are then `extensions`, not `problems`. Anything else stays a problem: a
   * missing field, a wrong type, a broken pattern, and an unknown value the client would read.
   */
  function explainResponse(operationId, result, { contentType = 'exact', ...options } = {}) {
    const extensions = [];
    const problems = conformanceProblems(operationId, result, contentType, options, extensions);
    return { problems, extensions };
  }

  function conformanceProblems(operationId, result, contentType, options, extensions) {
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
    const outcome = validatorFor(key, content.schema).validate(result.body);
    if (!('asRead' in options)) {
      if (!outcome.valid) problems.push(schemaProblem(key, result.body, outcome.errors));
    } else if (!outcome.valid || options.asRead === null) {
      // Right in every field but names (unknown ones left open)...
      const shape = outcome.valid ? outcome : validatorFor(key, content.schema, 'values').validate(result.body);
      // ...and, as the client reads it, every value one the document names: the unknown ones were left out.
      const read = shape.valid && options.asRead !== null && validatorFor(key, content.schema, 'fields').validate(options.asRead);
      if (!shape.valid) problems.push(schemaProblem(key, result.body, shape.errors));
      else if (!read) problems.push(`${key} is refused by the elements' client as malformed (a field it reads is missing or of another type)`);
      else if (!read.valid) problems.push(schemaProblem(key, result.body, read.errors, 'holds a value the document does not name, where the elements do not leave it out'));
      else {
        const found = describeExtensions(key, result.body, options.asRead, outcome.errors);
        extensions.push(...found.extensions);
        problems.push(...found.leaks);
      }
    }
    if (result.status >= 400) problems.push(...checkErrorBody(result.status, result.body).map((p) => `${operationId} ${p}`));
    return problems;
  }

  /**
   * The extensions a strict validation found in a body the elements read (see `explainResponse`),
   * one message each, and apart from them the `leaks`: a field the document does not name whose
   * name or value looks like a secret or a full phone number, which no answer may carry where the
   * document does not put it ("Security notes"). The elements ignore it, but it is sent all the same.
   */
  function describeExtensions(key, body, asRead, errors) {
    const messages = new Set();
    const leaks = new Set();
    for (const unit of errors) {
      const at = unit.instanceLocation || '#';
      // `additionalProperties: false` fails each field it does not name as the `false` schema.
      if (unit.keyword === 'false') {
        const name = decodeURIComponent(at.split('/').at(-1));
        if (looksLikeLeak(name, valueAt(body, at))) {
          leaks.add(
            `${key} ${at}: a field protocol ${version} does not name, which looks like a secret or a full phone number: phone numbers are sent masked only, and a secret only in the answer that hands it out ("Security notes"); send no such field`,
          );
        } else messages.add(`${key} ${at}: a field protocol ${version} does not name; the elements ignore it`);
      }
      if (unit.keyword === 'enum') {
        const how = valueAt(asRead, at) === null ? 'the elements read it as null' : 'the elements leave it out';
        messages.add(`${key} ${at} ${JSON.stringify(valueAt(body, at))}: a value protocol ${version} does not name; ${how}`);
      }
    }
    return { extensions: [...messages], leaks: [...leaks] };
  }

  return { document, operations, findOperation, responseDoc, checkResponse, explainResponse, checkErrorBody, checkErrorAnswer };
}
