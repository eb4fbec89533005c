/** Protocol conformance checks shared by test/protocol.test.ts and the contract CLI. */

/** A validator as @cfworker/json-schema's `Validator` answers. */
export interface SchemaValidator {
  validate(instance: unknown): { valid: boolean; errors: { keyword: string; instanceLocation: string; error: string }[] };
}

export interface ResponseDoc {
  $ref?: string;
  description: string;
  headers?: Record<string, { required?: boolean }>;
  content?: Record<string, { schema: unknown }>;
}

export interface OperationDoc {
  operationId: string;
  summary?: string;
  description?: string;
  parameters?: { $ref: string }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, ResponseDoc>;
}

export interface Operation {
  operationId: string;
  /** Upper case: `GET`, `POST`, ... */
  method: string;
  /** The path template relative to the endpoint URL, for example `/phones/{slot}`. */
  path: string;
  doc: OperationDoc;
}

/** One answer as the checks read it. */
export interface CheckedResult {
  status: number;
  headers: Headers;
  /** Parsed JSON; undefined for an empty body. */
  body: unknown;
  /** True when a body was sent but it is not JSON. */
  notJson?: boolean;
}

export interface ResponseOptions {
  /** `'exact'` (default) wants exactly `application/json`; `'media-type'` allows parameters. */
  contentType?: 'exact' | 'media-type';
  /** The body as the elements' client reads it, or null when the client refuses it (see `explainResponse`). */
  asRead?: unknown;
}

export interface Conformance {
  // biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document as JSON
  document: any;
  /** Every operation of the document, by operationId. */
  operations: Map<string, Operation>;
  /** The operation a request addresses; `path` is relative to the endpoint URL. */
  findOperation(method: string, path: string): Operation | undefined;
  /** The documented response of an operation for a status (a `$ref` resolved), if any. */
  responseDoc(operationId: string, status: number): ResponseDoc | undefined;
  /**
   * What is wrong with one answer of an operation, as messages; none when it conforms.
   */
  checkResponse(operationId: string, result: CheckedResult, options?: ResponseOptions): string[];
  /**
   * As `checkResponse`; with `asRead` (the body as the elements' client reads it, or null when it
   * refuses it), a field the document does not name and a value outside a string enum that the
   * client leaves out are `extensions` rather than `problems`.
   */
  explainResponse(operationId: string, result: CheckedResult, options?: ResponseOptions): { problems: string[]; extensions: string[] };
  /** What is wrong with an error body's code for its status. */
  checkErrorBody(status: number, body: unknown): string[];
  /**
   * What is wrong with an error answer of no operation (an unknown path, a method a route does not
   * take): not an ErrorBody in `application/json`, or a code that does not go with its status.
   */
  checkErrorAnswer(result: CheckedResult, options?: Pick<ResponseOptions, 'contentType'>): string[];
}

/** The status each WireErrorCode goes with. */
export const ERROR_CODE_STATUS: Readonly<Record<string, number>>;

/** Validators over the document's components (@cfworker/json-schema, draft 2020-12). */
export function documentSchemaValidator(document: unknown): (schema: unknown) => SchemaValidator;

export function createConformance(document: unknown, options?: { schemaValidator?: (schema: unknown) => SchemaValidator }): Conformance;

/** A copy of an answer's body with the fields that hold a secret (a new app password, a TOTP secret, its otpauth URI, a push activation) replaced by "[redacted]", at any depth. */
export function redacted<T>(value: T): T;
