/**
 * A recording fake of the part of the Excel JavaScript API that `src/adapters/office` uses,
 * faithful where the adapter's correctness depends on it:
 *
 * - proxies: a property must be `load()`ed and then `sync()`ed before it is read, or the read
 *   throws (`PropertyNotLoaded`, as Office does); `isNullObject` is known only after a sync;
 * - writes and method calls are queued and take effect, in order, at `sync()`;
 * - every `sync()` is counted and measured (UTF-8 length of the JSON of the queued actions and
 *   new object paths; of the loaded data for the answer); a request or answer over 5 MiB is
 *   refused with `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded` and
 *   nothing of that batch is applied;
 * - a string written through `values` or `formulas` is read as if typed: `=…` (and `+…`, `-…`,
 *   `@…` that are not numbers) becomes a formula, `007` a number, `TRUE` a boolean, `#N/A` an
 *   error, unless the cell's number format is `@` when the write is applied;
 * - a range of more than 5,000,000 cells reads back with `values` (and the other cell
 *   arrays) null, without an error;
 * - requirement sets are configurable and enforced: an API from a newer set fails at sync with
 *   `ApiNotFound`;
 * - anything the fake does not model throws when touched, instead of quietly returning undefined.
 *
 * Not modelled: calculation (a formula's value is computed only for constants such as `=#N/A`
 * or `="x"`, or by the `evaluate` option), dates typed as text, events, undo, tables, charts,
 * conditional formats, names, and the exact JSON Office.js sends (the sizes are of the same
 * shape: one entry per action or object with its arguments).
 */
import type { ExcelRun } from '../../src/adapters/office/office-adapter';
import {
  cellCount,
  FakeSheet,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  type FakeBorder,
  type FakeCell,
  type FakeCellFormat,
  type FakeHyperlink,
  type FakeScalar,
  type Rect,
} from './excel-model';

export { FakeSheet, type FakeCell, type Rect } from './excel-model';

/** Excel on the web's limit for a request and for a response. */
export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel's limit for the cells of one range read. */
export const FAKE_READ_CELL_LIMIT = 5_000_000;
/** The fake refuses to visit more cells than this in one write (real Excel refuses unbounded ones). */
const FAKE_WRITE_CELL_LIMIT = 4_000_000;

/** The error a refused sync rejects with: the shape of `OfficeExtension.Error`. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

function notLoaded(type: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context. (${type})`,
  );
}

function invalid(message: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', message);
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Addresses

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function rectAddress(r: Rect): string {
  const first = `${columnName(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${columnName(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** `A1`, `A1:C9`, `$A$1`, `A:C`, `1:3`, `$1:$3`; anything else is refused like Excel does. */
export function parseAddress(address: string): Rect {
  const a = address.replace(/\$/g, '').trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (m !== null) {
    const c1 = columnIndex(m[1] ?? 'A');
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] === undefined ? c1 : columnIndex(m[3]);
    const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
    const rect = {
      row: Math.min(r1, r2),
      col: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      cols: Math.abs(c2 - c1) + 1,
    };
    if (rect.row >= 0 && rect.row + rect.rows <= MAX_ROWS && rect.col + rect.cols <= MAX_COLS) return rect;
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (m !== null) {
    const c1 = columnIndex(m[1] ?? 'A');
    const c2 = columnIndex(m[2] ?? 'A');
    return { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  m = /^(\d+):(\d+)$/.exec(a);
  if (m !== null) {
    const r1 = Number(m[1]) - 1;
    const r2 = Number(m[2]) - 1;
    if (r1 >= 0 && r2 >= 0)
      return { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
  }
  throw invalid(`The address '${address}' is not valid.`);
}

// ---------------------------------------------------------------------------------------------
// What a typed (or `values`-written) string becomes

const TYPED_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);
const NUMBER_TEXT =
  /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d*)?)(?:[eE][+-]?\d+)?\s*(%?)\s*$/;

type Evaluated = { readonly value: FakeScalar | null; readonly error: string | null };

function evaluateConstant(formula: string): Evaluated | undefined {
  const body = formula.slice(1).trim();
  if (TYPED_ERRORS.has(body.toUpperCase())) return { value: null, error: body.toUpperCase() };
  if (/^NA\(\)$/i.test(body)) return { value: null, error: '#N/A' };
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str !== null) return { value: (str[1] ?? '').replace(/""/g, '"'), error: null };
  if (/^(TRUE|FALSE)$/i.test(body)) return { value: body.toUpperCase() === 'TRUE', error: null };
  const num = NUMBER_TEXT.exec(body);
  if (num !== null && num[1] === '') return { value: Number(body.replace(/,/g, '')), error: null };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Batches

interface Staged {
  readonly data: unknown;
  readonly commit: () => void;
}

interface Action {
  readonly objectId: number;
  readonly kind: 'load' | 'set' | 'call' | 'resolve';
  readonly name: string;
  readonly args: unknown;
  /** The ExcelApi version the action needs. */
  readonly api: string;
  readonly run: () => Staged | undefined;
}

interface ObjectPath {
  readonly id: number;
  readonly parent: number;
  readonly name: string;
  readonly args: unknown;
}

export interface BatchRecord {
  /** 1-based, over the fake's whole life. */
  readonly index: number;
  readonly requestBytes: number;
  responseBytes: number;
  readonly actions: number;
  readonly objects: number;
  /** The error code the batch was refused with, or null. */
  rejected: string | null;
  /** Flushed by `run()` after the batch function returned (as `Excel.run` does). */
  readonly auto: boolean;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  /** `runtime.enableEvents` after the batch. */
  eventsEnabledAfter: boolean;
}

export interface ExcelFakeOptions {
  /** The highest ExcelApi set this Excel has (default 1.17, like Microsoft 365). */
  readonly excelApi?: string;
  readonly requestLimitBytes?: number;
  /** Excel on the web refuses answers over 5 MB; desktop Excel has no such limit (use Infinity). */
  readonly responseLimitBytes?: number;
  readonly readCellLimit?: number;
  /** The sheets of a new workbook (default one `Sheet1`). */
  readonly sheets?: readonly string[];
  /** Value of a formula the fake cannot compute itself (default: 0, "not calculated"). */
  readonly evaluate?: (formula: string) => FakeScalar | { readonly error: string };
}

interface InjectedFailure {
  readonly code: string;
  readonly afterActions: number;
}

/** Turns proxies met in arguments into object references, so that arguments serialise like Office's. */
function payloadArgs(value: unknown): unknown {
  if (value instanceof FakeProxy) return { objectPathId: value._id };
  if (Array.isArray(value)) return value.map(payloadArgs);
  return value;
}

function byteLength(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export class ExcelFake {
  readonly sheets: FakeSheet[] = [];
  enableEvents = true;
  /** `workbook.use1904DateSystem` (ExcelApi 1.16). */
  date1904 = false;
  activeSheet: FakeSheet | null = null;
  selection: { readonly sheet: string; readonly address: string } | null = null;
  readonly batches: BatchRecord[] = [];
  readonly createdWorkbooks: string[] = [];
  readonly excelApi: string;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  readonly readCellLimit: number;
  private readonly evaluateHook: ExcelFakeOptions['evaluate'];
  private readonly failures = new Map<number, InjectedFailure>();
  private current: BatchRecord | null = null;

  constructor(options: ExcelFakeOptions = {}) {
    this.excelApi = options.excelApi ?? '1.17';
    this.requestLimitBytes = options.requestLimitBytes ?? FAKE_PAYLOAD_LIMIT;
    this.responseLimitBytes = options.responseLimitBytes ?? FAKE_PAYLOAD_LIMIT;
    this.readCellLimit = options.readCellLimit ?? FAKE_READ_CELL_LIMIT;
    this.evaluateHook = options.evaluate;
    for (const name of options.sheets ?? ['Sheet1']) this.addSheet(name);
    this.activeSheet = this.sheets[0] ?? null;
  }

  /** Syncs so far, refused ones and `run()`'s final flushes included. */
  get syncCount(): number {
    return this.batches.length;
  }

  /** `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported = (name: string, version = '1.1'): boolean =>
    name === 'ExcelApi' && compareVersions(version, this.excelApi) <= 0;

  /** The adapter's `supports`, answered by this Excel. */
  readonly supports = (version: string): boolean => this.isSetSupported('ExcelApi', version);

  /** `Excel.run`: a new request context; what is still queued when the batch returns is synced. */
  readonly run: ExcelRun = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    // The one cast between the fake and Office's types: the fake implements only what it models
    // and throws on anything else (see `strict`).
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context._actions.length > 0) await this._executeBatch(context, true);
    return result;
  };

  /** `Excel.createWorkbook` (ExcelApi 1.8). */
  readonly createWorkbook = (base64: string): Promise<void> => {
    if (!this.supports('1.8'))
      return Promise.reject(new FakeOfficeError('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8'));
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
      return Promise.reject(invalid('The base64 string is not valid.'));
    this.createdWorkbooks.push(base64);
    return Promise.resolve();
  };

  /** Makes the `nth` sync from now fail with `code`, after applying its first `afterActions` actions. */
  failSync(nth: number, code = 'GeneralException', afterActions = 0): void {
    this.failures.set(this.batches.length + nth, { code, afterActions });
  }

  sheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  /** Adds a sheet directly to the model (for seeding; the API path is `worksheets.add`). */
  addSheet(name: string): FakeSheet {
    if (
      name.length === 0 ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw invalid(`The sheet name '${name}' is not valid.`);
    }
    if (this.sheet(name) !== undefined)
      throw new FakeOfficeError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  evaluate(formula: string): Evaluated {
    const constant = evaluateConstant(formula);
    if (constant !== undefined) return constant;
    const hooked = this.evaluateHook?.(formula);
    if (hooked === undefined) return { value: 0, error: null };
    return typeof hooked === 'object' ? { value: null, error: hooked.error } : { value: hooked, error: null };
  }

  /** Writes one input as Excel does for `values` / `formulas`: typed unless the cell is text. */
  writeInput(sheet: FakeSheet, row: number, col: number, input: unknown): void {
    const cell = sheet.touch(row, col);
    const set = (
      value: FakeScalar | null,
      error: string | null = null,
      formula: string | null = null,
    ): void => {
      cell.value = value;
      cell.error = error;
      cell.formula = formula;
    };
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw invalid('A number in the input is not finite.');
      set(input);
    } else if (typeof input === 'boolean') {
      set(input);
    } else if (typeof input === 'string') {
      if (input === '') set(null);
      else if (cell.numberFormat === '@') set(input);
      else if (/^=./s.test(input) || (/^[+\-@]./s.test(input) && !NUMBER_TEXT.test(input))) {
        const formula = input.startsWith('=') ? input : `=${input}`;
        const result = this.evaluate(formula);
        set(result.value, result.error, formula);
      } else {
        const num = NUMBER_TEXT.exec(input);
        if (num !== null) {
          const n = Number(input.replace(/[,%\s]/g, ''));
          if (num[1] === '%') {
            set(n / 100);
            if (cell.numberFormat === 'General') cell.numberFormat = '0%';
          } else set(n);
        } else if (/^(TRUE|FALSE)$/i.test(input)) set(input.toUpperCase() === 'TRUE');
        else if (TYPED_ERRORS.has(input.toUpperCase())) set(null, input.toUpperCase());
        else set(input);
      }
    } else {
      throw invalid(`The input ${JSON.stringify(input)} is not a value Excel accepts.`);
    }
  }

  /** Marks the batch being applied (for the suspension flags). */
  _note(flag: 'calculationSuspended' | 'screenUpdatingSuspended'): void {
    if (this.current !== null) this.current[flag] = true;
  }

  async _executeBatch(context: FakeRequestContext, auto: boolean): Promise<void> {
    const actions = context._actions;
    const paths = context._paths;
    const created = context._created;
    context._actions = [];
    context._paths = [];
    context._created = [];
    const requestBytes = byteLength({
      objectPaths: paths.map((p) => [p.id, p.parent, p.name, payloadArgs(p.args)]),
      actions: actions.map((a) => [a.objectId, a.kind, a.name, payloadArgs(a.args)]),
    });
    const record: BatchRecord = {
      index: this.batches.length + 1,
      requestBytes,
      responseBytes: 0,
      actions: actions.length,
      objects: paths.length,
      rejected: null,
      auto,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
      eventsEnabledAfter: this.enableEvents,
    };
    this.batches.push(record);
    await Promise.resolve(); // a round trip is asynchronous
    const refuse = (error: FakeOfficeError): never => {
      record.rejected = error.code;
      record.eventsEnabledAfter = this.enableEvents;
      throw error;
    };
    if (requestBytes > this.requestLimitBytes) {
      refuse(
        new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size has exceeded the limit (${requestBytes} > ${this.requestLimitBytes} bytes).`,
        ),
      );
    }
    const failure = this.failures.get(record.index);
    const staged: Staged[] = [];
    this.current = record;
    try {
      actions.forEach((action, i) => {
        if (failure !== undefined && i === failure.afterActions)
          throw new FakeOfficeError(failure.code, `Injected failure at sync ${record.index}.`);
        if (!this.supports(action.api)) {
          throw new FakeOfficeError(
            'ApiNotFound',
            `${action.name} needs ExcelApi ${action.api}; this Excel has ${this.excelApi}.`,
            action.name,
          );
        }
        const s = action.run();
        if (s !== undefined) staged.push(s);
      });
      if (failure !== undefined && failure.afterActions >= actions.length) {
        throw new FakeOfficeError(failure.code, `Injected failure at sync ${record.index}.`);
      }
    } catch (error) {
      if (!(error instanceof FakeOfficeError)) {
        record.rejected = 'FakeBug';
        throw error; // a bug in the fake, or something it does not model: show it as it is
      }
      refuse(error);
    } finally {
      this.current = null;
    }
    record.responseBytes = byteLength(staged.map((s) => s.data));
    if (record.responseBytes > this.responseLimitBytes) {
      refuse(
        new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size has exceeded the limit (${record.responseBytes} > ${this.responseLimitBytes} bytes).`,
        ),
      );
    }
    for (const s of staged) s.commit();
    for (const proxy of created)
      if (proxy._null === undefined) proxy._null = proxy._orNull ? !proxy._exists() : false;
    record.eventsEnabledAfter = this.enableEvents;
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies

/** Members any JavaScript runtime or test tool may probe; they read as absent, not as errors. */
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  'toString',
  'valueOf',
  'inspect',
  'length',
]);

function accessor(target: object, prop: string): PropertyDescriptor | undefined {
  for (let o: object | null = target; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d !== undefined) return d;
  }
  return undefined;
}

/**
 * Wraps a proxy so that a member the fake does not model throws when read or written, and a
 * write-only member (one the adapter only sets) throws when read, as an unloaded one does.
 */
function strict<T extends { readonly _type: string }>(target: T): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop.startsWith('_') || prop.startsWith('@@'))
        return Reflect.get(t, prop, receiver) as unknown;
      if (prop in t) {
        const d = accessor(t, prop);
        if (d?.set !== undefined && d.get === undefined) throw notLoaded(t._type, prop);
        return Reflect.get(t, prop, receiver) as unknown;
      }
      if (PROBES.has(prop)) return undefined;
      throw new Error(`ExcelFake: ${t._type}.${prop} is not modelled by the fake`);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === 'string' && !(prop in t) && !prop.startsWith('_')) {
        throw new Error(`ExcelFake: ${t._type}.${prop} is not modelled by the fake`);
      }
      return Reflect.set(t, prop, value, receiver);
    },
  });
}

type LoadOption = string | readonly string[] | { readonly select?: string | readonly string[] } | undefined;

function isList(value: unknown): value is readonly string[] {
  return Array.isArray(value);
}

/** The property paths of `load('a, b/c')`, `load(['a'])` or `load({ select })`; null for "all". */
function loadPaths(option: LoadOption): string[] | null {
  if (option === undefined) return null;
  const raw = typeof option === 'string' || isList(option) ? option : option.select;
  if (raw === undefined) return null;
  const list: readonly string[] = typeof raw === 'string' ? raw.split(',') : raw;
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

interface Loadable {
  readonly api: string;
  readonly read: () => unknown;
}

export class FakeRequestContext {
  readonly _type = 'RequestContext';
  readonly _fake: ExcelFake;
  _actions: Action[] = [];
  _paths: ObjectPath[] = [];
  _created: FakeProxy[] = [];
  _nextId = 1;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;

  constructor(fake: ExcelFake) {
    this._fake = fake;
    this.workbook = new FakeWorkbook(this, null, 'workbook');
    this.application = new FakeApplication(this, null, 'application');
    this.runtime = new FakeRuntime(this, null, 'runtime');
    return strict(this);
  }

  sync(): Promise<void> {
    return this._fake._executeBatch(this, false);
  }

  _register(proxy: FakeProxy, parent: FakeProxy | null, name: string, args: unknown): number {
    const id = this._nextId++;
    if (name !== '') {
      this._paths.push({ id, parent: parent?._id ?? 0, name, args });
      this._created.push(proxy);
    }
    return id;
  }
}

abstract class FakeProxy {
  abstract readonly _type: string;
  readonly _ctx: FakeRequestContext;
  readonly _id: number;
  readonly _loaded = new Map<string, unknown>();
  _null: boolean | undefined = undefined;
  readonly _orNull: boolean;
  private readonly _navCache = new Map<string, FakeProxy>();
  /** False for objects that came back in an answer; their navigation objects are not new paths either. */
  readonly _registered: boolean;

  /** `name` '' for objects that came back in an answer (collection items): no new object path. */
  constructor(
    ctx: FakeRequestContext,
    parent: FakeProxy | null,
    name: string,
    args: unknown = null,
    orNull = false,
  ) {
    this._ctx = ctx;
    this._orNull = orNull;
    this._id = ctx._register(this, parent, name, args);
    this._registered = name !== '';
    if (orNull) {
      ctx._actions.push({
        objectId: this._id,
        kind: 'resolve',
        name,
        args: null,
        api: '1.4',
        run: () => {
          const isNull = !this._exists();
          return { data: { isNull }, commit: () => (this._null = isNull) };
        },
      });
    }
    return strict(this);
  }

  get _fake(): ExcelFake {
    return this._ctx._fake;
  }

  /** Whether the object this proxy stands for exists (evaluated while a batch is applied). */
  _exists(): boolean {
    return true;
  }

  _loadables(): Record<string, Loadable> {
    return {};
  }

  /** Navigation properties reachable in a load path (`protection/protected`). */
  _navigation(_name: string): FakeProxy | undefined {
    return undefined;
  }

  /** The navigation object `name`, made once by `make(pathName)`. */
  _nav<P extends FakeProxy>(name: string, make: (pathName: string) => P): P {
    let nav = this._navCache.get(name);
    if (nav === undefined) {
      nav = make(this._registered ? name : '');
      this._navCache.set(name, nav);
    }
    return nav as P;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw notLoaded(this._type, 'isNullObject');
    return this._null;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option) ?? Object.keys(this._loadables());
    this._ctx._actions.push({
      objectId: this._id,
      kind: 'load',
      name: 'load',
      args: paths,
      api: '1.1',
      run: () => this._stage(paths),
    });
    return this;
  }

  _stage(paths: readonly string[]): Staged {
    if (!this._exists()) {
      if (this._orNull) return { data: null, commit: () => (this._null = true) };
      throw new FakeOfficeError('ItemNotFound', `The requested ${this._type} doesn't exist.`);
    }
    const scalars: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head = '', ...rest] = path.split('/');
      if (rest.length === 0) scalars.push(head);
      else nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
    }
    const loadables = this._loadables();
    const values: Record<string, unknown> = {};
    for (const name of scalars) {
      const loadable = loadables[name];
      if (loadable === undefined)
        throw invalid(`${this._type} has no loadable property '${name}' (or the fake does not model it).`);
      if (!this._fake.supports(loadable.api))
        throw new FakeOfficeError('ApiNotFound', `${this._type}.${name} needs ExcelApi ${loadable.api}.`);
      values[name] = loadable.read();
    }
    const children: [string, Staged][] = [];
    for (const [name, sub] of nested) {
      const child = this._navigation(name);
      if (child === undefined)
        throw invalid(`${this._type} has no navigation property '${name}' (or the fake does not model it).`);
      children.push([name, child._stage(sub)]);
    }
    return {
      data: { ...values, ...Object.fromEntries(children.map(([n, s]) => [n, s.data])) },
      commit: () => {
        for (const [k, v] of Object.entries(values)) this._loaded.set(k, v);
        for (const [, s] of children) s.commit();
        if (this._null === undefined) this._null = false;
      },
    };
  }

  _get<T>(name: string): T {
    if (this._null === true)
      throw new FakeOfficeError(
        'InvalidObjectPath',
        `${this._type} is a null object: check isNullObject before reading '${name}'.`,
      );
    if (!this._loaded.has(name)) throw notLoaded(this._type, name);
    return this._loaded.get(name) as T;
  }

  _queue(kind: 'set' | 'call', name: string, args: unknown, api: string, apply: () => void): void {
    this._ctx._actions.push({
      objectId: this._id,
      kind,
      name,
      args,
      api,
      run: () => {
        if (!this._exists())
          throw new FakeOfficeError('ItemNotFound', `The requested ${this._type} doesn't exist (${name}).`);
        apply();
        return undefined;
      },
    });
  }
}

// --- Workbook, application, runtime -----------------------------------------------------------

class FakeWorkbook extends FakeProxy {
  readonly _type = 'Workbook';
  override _loadables(): Record<string, Loadable> {
    return { use1904DateSystem: { api: '1.16', read: () => this._fake.date1904 } };
  }
  get use1904DateSystem(): boolean {
    return this._get('use1904DateSystem');
  }
  get worksheets(): FakeWorksheetCollection {
    return this._nav('worksheets', (path) => new FakeWorksheetCollection(this._ctx, this, path));
  }
}

class FakeApplication extends FakeProxy {
  readonly _type = 'Application';
  suspendApiCalculationUntilNextSync(): void {
    this._queue('call', 'suspendApiCalculationUntilNextSync', [], '1.6', () =>
      this._fake._note('calculationSuspended'),
    );
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._queue('call', 'suspendScreenUpdatingUntilNextSync', [], '1.9', () =>
      this._fake._note('screenUpdatingSuspended'),
    );
  }
}

class FakeRuntime extends FakeProxy {
  readonly _type = 'Runtime';
  override _loadables(): Record<string, Loadable> {
    return { enableEvents: { api: '1.8', read: () => this._fake.enableEvents } };
  }
  get enableEvents(): boolean {
    return this._get('enableEvents');
  }
  set enableEvents(value: boolean) {
    this._queue('set', 'enableEvents', value, '1.8', () => {
      if (typeof value !== 'boolean') throw invalid('enableEvents must be a boolean.');
      this._fake.enableEvents = value;
    });
  }
}

// --- Worksheets -------------------------------------------------------------------------------

class FakeWorksheetCollection extends FakeProxy {
  readonly _type = 'WorksheetCollection';

  get items(): FakeWorksheet[] {
    return this._get('items');
  }

  override _stage(paths: readonly string[]): Staged {
    const itemPaths: string[] = [];
    for (const path of paths) {
      if (path === 'items') itemPaths.push(...Object.keys(FakeWorksheet.scalars));
      else if (path.startsWith('items/')) itemPaths.push(path.slice('items/'.length));
      else
        throw invalid(
          `WorksheetCollection has no loadable property '${path}' (or the fake does not model it).`,
        );
    }
    const items = this._fake.sheets.map(
      (sheet) => new FakeWorksheet(this._ctx, null, '', null, () => sheet, false, sheet),
    );
    const staged = items.map((item) => item._stage(itemPaths));
    return {
      data: { items: staged.map((s) => s.data) },
      commit: () => {
        staged.forEach((s) => s.commit());
        this._loaded.set('items', items);
        this._null = false;
      },
    };
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, this, 'getItem', [name], () => this._fake.sheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this._ctx,
      this,
      'getItemOrNullObject',
      [name],
      () => this._fake.sheet(name),
      true,
    );
  }

  add(name?: string): FakeWorksheet {
    let added: FakeSheet | undefined;
    const ws = new FakeWorksheet(this._ctx, this, 'add', [name ?? null], () => added);
    this._queue('call', 'add', [name ?? null], '1.1', () => {
      let n = name;
      for (let i = this._fake.sheets.length + 1; n === undefined; i++)
        if (this._fake.sheet(`Sheet${i}`) === undefined) n = `Sheet${i}`;
      added = this._fake.addSheet(n);
      ws._bound = added;
    });
    return ws;
  }
}

class FakeWorksheet extends FakeProxy {
  readonly _type = 'Worksheet';
  _bound: FakeSheet | null;
  readonly _locate: () => FakeSheet | undefined;

  static readonly scalars = {
    name: '1.1',
    id: '1.1',
    position: '1.1',
    visibility: '1.1',
    tabColor: '1.7',
  } as const;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeProxy | null,
    name: string,
    args: unknown,
    locate: () => FakeSheet | undefined,
    orNull = false,
    bound: FakeSheet | null = null,
  ) {
    super(ctx, parent, name, args, orNull);
    this._locate = locate;
    this._bound = bound;
  }

  /** The sheet, found by name at first use and then held (a deleted sheet is gone). */
  _resolve(): FakeSheet | undefined {
    if (this._bound !== null) return this._fake.sheets.includes(this._bound) ? this._bound : undefined;
    const found = this._locate();
    if (found !== undefined) this._bound = found;
    return found;
  }

  _sheet(): FakeSheet {
    const sheet = this._resolve();
    if (sheet === undefined)
      throw new FakeOfficeError('ItemNotFound', "The requested worksheet doesn't exist.");
    return sheet;
  }

  override _exists(): boolean {
    return this._resolve() !== undefined;
  }

  override _loadables(): Record<string, Loadable> {
    const s = (): FakeSheet => this._sheet();
    return {
      name: { api: '1.1', read: () => s().name },
      id: { api: '1.1', read: () => s().id },
      position: { api: '1.1', read: () => this._fake.sheets.indexOf(s()) },
      visibility: { api: '1.1', read: () => s().visibility },
      tabColor: { api: '1.7', read: () => s().tabColor },
    };
  }

  override _navigation(name: string): FakeProxy | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'autoFilter') return this.autoFilter;
    if (name === 'freezePanes') return this.freezePanes;
    if (name === 'pageLayout') return this.pageLayout;
    if (name === 'horizontalPageBreaks') return this.horizontalPageBreaks;
    return undefined;
  }

  get name(): string {
    return this._get('name');
  }
  get position(): number {
    return this._get('position');
  }
  set position(value: number) {
    this._queue('set', 'position', value, '1.1', () => {
      const sheet = this._sheet();
      const sheets = this._fake.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length)
        throw invalid('position is out of range.');
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(value: string) {
    this._queue('set', 'visibility', value, '1.1', () => {
      const sheet = this._sheet();
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden')
        throw invalid(`visibility '${value}' is not valid.`);
      if (value !== 'Visible' && this._fake.sheets.every((s) => s === sheet || s.visibility !== 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      sheet.visibility = value;
    });
  }
  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(value: string) {
    this._queue('set', 'tabColor', value, '1.7', () => {
      if (typeof value !== 'string' || (value !== '' && !/^#[0-9A-Fa-f]{6}$/.test(value)))
        throw invalid(`tabColor '${String(value)}' is not valid.`);
      this._sheet().tabColor = value.toUpperCase();
    });
  }

  get freezePanes(): FakeFreezePanes {
    return this._nav('freezePanes', (path) => new FakeFreezePanes(this._ctx, this, path, this));
  }
  get protection(): FakeWorksheetProtection {
    return this._nav('protection', (path) => new FakeWorksheetProtection(this._ctx, this, path, this));
  }
  get pageLayout(): FakePageLayout {
    return this._nav('pageLayout', (path) => new FakePageLayout(this._ctx, this, path, this));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return this._nav(
      'horizontalPageBreaks',
      (path) => new FakePageBreakCollection(this._ctx, this, path, this),
    );
  }
  get autoFilter(): FakeAutoFilter {
    return this._nav('autoFilter', (path) => new FakeAutoFilter(this._ctx, this, path, this));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this._ctx, this, 'getRange', [address ?? null], this, () =>
      address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const args = [startRow, startColumn, rowCount, columnCount];
    return new FakeRange(
      this._ctx,
      this,
      'getRangeByIndexes',
      args,
      this,
      () => {
        const ok =
          args.every((n) => Number.isInteger(n)) &&
          startRow >= 0 &&
          startColumn >= 0 &&
          rowCount >= 1 &&
          columnCount >= 1 &&
          startRow + rowCount <= MAX_ROWS &&
          startColumn + columnCount <= MAX_COLS;
        if (!ok) throw invalid(`getRangeByIndexes(${args.join(', ')}) is outside the sheet.`);
        return { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      },
      '1.7',
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this._ctx,
      this,
      'getUsedRangeOrNullObject',
      [valuesOnly],
      this,
      (sheet) => sheet.usedRect(valuesOnly),
      '1.4',
      true,
    );
  }

  delete(): void {
    this._queue('call', 'delete', [], '1.1', () => {
      const sheet = this._sheet();
      if (this._fake.sheets.every((s) => s === sheet || s.visibility !== 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'The last visible sheet cannot be deleted.');
      }
      this._fake.sheets.splice(this._fake.sheets.indexOf(sheet), 1);
      if (this._fake.activeSheet === sheet)
        this._fake.activeSheet = this._fake.sheets.find((s) => s.visibility === 'Visible') ?? null;
    });
  }

  activate(): void {
    this._queue('call', 'activate', [], '1.1', () => {
      const sheet = this._sheet();
      if (sheet.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this._fake.activeSheet = sheet;
    });
  }
}

function assertUnprotected(sheet: FakeSheet, allowedBy?: string): void {
  if (!sheet.protection.protected) return;
  if (allowedBy !== undefined && sheet.protection.options[allowedBy] === true) return;
  throw new FakeOfficeError('AccessDenied', `The sheet '${sheet.name}' is protected.`);
}

class FakeFreezePanes extends FakeProxy {
  readonly _type = 'WorksheetFreezePanes';
  constructor(
    ctx: FakeRequestContext,
    parent: FakeProxy,
    name: string,
    private readonly _ws: FakeWorksheet,
  ) {
    super(ctx, parent, name);
  }
  private _set(rows: number, cols: number): void {
    this._ws._sheet().freeze = { rows, cols };
  }
  freezeAt(frozen: FakeRange | string): void {
    this._queue('call', 'freezeAt', [frozen], '1.7', () => {
      const rect = typeof frozen === 'string' ? parseAddress(frozen) : frozen._target().rect;
      this._set(rect.row + rect.rows, rect.col + rect.cols);
    });
  }
  freezeRows(count = 1): void {
    this._queue('call', 'freezeRows', [count], '1.7', () => this._set(count, 0));
  }
  freezeColumns(count = 1): void {
    this._queue('call', 'freezeColumns', [count], '1.7', () => this._set(0, count));
  }
  unfreeze(): void {
    this._queue('call', 'unfreeze', [], '1.7', () => this._set(0, 0));
  }
}

class FakeWorksheetProtection extends FakeProxy {
  readonly _type = 'WorksheetProtection';
  constructor(
    ctx: FakeRequestContext,
    parent: FakeProxy,
    name: string,
    private readonly _ws: FakeWorksheet,
  ) {
    super(ctx, parent, name);
  }
  override _loadables(): Record<string, Loadable> {
    return {
      protected: { api: '1.2', read: () => this._ws._sheet().protection.protected },
      options: { api: '1.2', read: () => ({ ...this._ws._sheet().protection.options }) },
    };
  }
  get protected(): boolean {
    return this._get('protected');
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this._queue('call', 'protect', [options ?? null, password === undefined ? null : '***'], '1.2', () => {
      const sheet = this._ws._sheet();
      // Office: "Fails if the worksheet has already been protected."
      if (sheet.protection.protected)
        throw new FakeOfficeError('InvalidOperation', 'The worksheet is already protected.');
      sheet.protection = { protected: true, options: { ...(options ?? {}) } };
    });
  }
  unprotect(password?: string): void {
    this._queue('call', 'unprotect', [password === undefined ? null : '***'], '1.2', () => {
      this._ws._sheet().protection = { protected: false, options: {} };
    });
  }
}

/** `worksheet.horizontalPageBreaks` (ExcelApi 1.9): `add` breaks the page above a range's first row. */
class FakePageBreakCollection extends FakeProxy {
  readonly _type = 'PageBreakCollection';
  constructor(
    ctx: FakeRequestContext,
    parent: FakeProxy,
    name: string,
    private readonly _ws: FakeWorksheet,
  ) {
    super(ctx, parent, name);
  }
  override _loadables(): Record<string, Loadable> {
    return {};
  }
  add(pageBreakRange: FakeRange | string): void {
    this._queue('call', 'add', [pageBreakRange], '1.9', () => {
      const rect =
        typeof pageBreakRange === 'string' ? parseAddress(pageBreakRange) : pageBreakRange._target().rect;
      const breaks = this._ws._sheet().pageLayout.rowBreaks;
      if (rect.row === 0) throw invalid('A page break cannot be above the first row.');
      if (!breaks.includes(rect.row + 1)) breaks.push(rect.row + 1);
    });
  }
  removePageBreaks(): void {
    this._queue('call', 'removePageBreaks', [], '1.9', () => {
      this._ws._sheet().pageLayout.rowBreaks = [];
    });
  }
}

class FakePageLayout extends FakeProxy {
  readonly _type = 'PageLayout';
  constructor(
    ctx: FakeRequestContext,
    parent: FakeProxy,
    name: string,
    private readonly _ws: FakeWorksheet,
  ) {
    super(ctx, parent, name);
  }
  override _loadables(): Record<string, Loadable> {
    const layout = (): FakeSheet['pageLayout'] => this._ws._sheet().pageLayout;
    return {
      orientation: { api: '1.9', read: () => layout().orientation },
      paperSize: { api: '1.9', read: () => layout().paperSize },
      zoom: { api: '1.9', read: () => ({ ...layout().zoom }) },
    };
  }
  set orientation(value: string) {
    this._queue('set', 'orientation', value, '1.9', () => {
      if (value !== 'Portrait' && value !== 'Landscape')
        throw invalid(`orientation '${value}' is not valid.`);
      this._ws._sheet().pageLayout.orientation = value;
    });
  }
  set paperSize(value: string) {
    this._queue('set', 'paperSize', value, '1.9', () => {
      if (!/^[A-Z][A-Za-z0-9]*$/.test(value)) throw invalid(`paperSize '${value}' is not valid.`);
      this._ws._sheet().pageLayout.paperSize = value;
    });
  }
  set zoom(value: Record<string, unknown>) {
    this._queue('set', 'zoom', value, '1.9', () => {
      const ok = Object.entries(value).every(
        ([k, v]) =>
          ['horizontalFitToPages', 'verticalFitToPages', 'scale'].includes(k) &&
          typeof v === 'number' &&
          Number.isInteger(v) &&
          v >= 0,
      );
      if (!ok) throw invalid(`zoom ${JSON.stringify(value)} is not valid.`);
      this._ws._sheet().pageLayout.zoom = { ...value };
    });
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this._queue('call', 'setPrintTitleRows', [rows], '1.9', () => {
      const rect = typeof rows === 'string' ? parseAddress(rows) : rows._target().rect;
      if (rect.col !== 0 || rect.cols !== MAX_COLS) throw invalid('Print title rows must be whole rows.');
      this._ws._sheet().pageLayout.printTitleRows = `$${rect.row + 1}:$${rect.row + rect.rows}`;
    });
  }
}

class FakeAutoFilter extends FakeProxy {
  readonly _type = 'AutoFilter';
  constructor(
    ctx: FakeRequestContext,
    parent: FakeProxy,
    name: string,
    private readonly _ws: FakeWorksheet,
  ) {
    super(ctx, parent, name);
  }
  override _loadables(): Record<string, Loadable> {
    return {
      enabled: { api: '1.9', read: () => this._ws._sheet().autoFilter !== null },
      isDataFiltered: { api: '1.9', read: () => false },
    };
  }
  get enabled(): boolean {
    return this._get('enabled');
  }
  apply(range: FakeRange | string, columnIndex?: number, criteria?: unknown): void {
    this._queue('call', 'apply', [range, columnIndex ?? null, criteria ?? null], '1.9', () => {
      const sheet = this._ws._sheet();
      assertUnprotected(sheet, 'allowAutoFilter');
      sheet.autoFilter = typeof range === 'string' ? parseAddress(range) : range._target().rect;
    });
  }
  remove(): void {
    this._queue('call', 'remove', [], '1.9', () => {
      this._ws._sheet().autoFilter = null;
    });
  }
}

// --- Ranges -----------------------------------------------------------------------------------

type Grid = readonly (readonly unknown[])[];

function valueType(cell: FakeCell | undefined): string {
  if (cell === undefined) return 'Empty';
  if (cell.error !== null) return 'Error';
  if (cell.value === null) return 'Empty';
  if (typeof cell.value === 'boolean') return 'Boolean';
  if (typeof cell.value === 'number') return 'Double';
  return 'String';
}

class FakeRange extends FakeProxy {
  readonly _type = 'Range';
  readonly _ws: FakeWorksheet;
  private readonly _locate: (sheet: FakeSheet) => Rect | null;
  private _rect: Rect | null = null;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeProxy,
    name: string,
    args: unknown,
    ws: FakeWorksheet,
    locate: (sheet: FakeSheet) => Rect | null,
    api = '1.1',
    orNull = false,
  ) {
    super(ctx, parent, name, args, orNull);
    this._ws = ws;
    this._locate = locate;
    // The call that made the range needs its API set too (getRangeByIndexes is 1.7).
    if (api !== '1.1' && !orNull) {
      ctx._actions.push({ objectId: this._id, kind: 'resolve', name, args: null, api, run: () => undefined });
    }
  }

  override _exists(): boolean {
    const sheet = this._ws._resolve();
    if (sheet === undefined) return false;
    if (this._rect === null) this._rect = this._locate(sheet);
    return this._rect !== null;
  }

  _target(): { sheet: FakeSheet; rect: Rect } {
    const sheet = this._ws._sheet();
    if (!this._exists() || this._rect === null)
      throw new FakeOfficeError('ItemNotFound', "The requested range doesn't exist.");
    return { sheet, rect: this._rect };
  }

  /** Cell-level arrays; null over the read limit, as Excel does for a range that is too large. */
  private _grid(read: (cell: FakeCell | undefined) => unknown): unknown[][] | null {
    const { sheet, rect } = this._target();
    if (cellCount(rect) > this._fake.readCellLimit) return null;
    const out: unknown[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < rect.cols; c++) row.push(read(sheet.cellAt(rect.row + r, rect.col + c)));
      out.push(row);
    }
    return out;
  }

  override _loadables(): Record<string, Loadable> {
    const t = (): { sheet: FakeSheet; rect: Rect } => this._target();
    return {
      address: { api: '1.1', read: () => `${t().sheet.name}!${rectAddress(t().rect)}` },
      rowIndex: { api: '1.1', read: () => t().rect.row },
      columnIndex: { api: '1.1', read: () => t().rect.col },
      rowCount: { api: '1.1', read: () => t().rect.rows },
      columnCount: { api: '1.1', read: () => t().rect.cols },
      cellCount: { api: '1.1', read: () => cellCount(t().rect) },
      values: {
        api: '1.1',
        read: () => this._grid((c) => (c === undefined ? '' : (c.error ?? c.value ?? ''))),
      },
      valueTypes: { api: '1.1', read: () => this._grid(valueType) },
      numberFormat: { api: '1.1', read: () => this._grid((c) => c?.numberFormat ?? 'General') },
      formulas: {
        api: '1.1',
        read: () => this._grid((c) => (c === undefined ? '' : (c.formula ?? c.error ?? c.value ?? ''))),
      },
    };
  }

  override _navigation(name: string): FakeProxy | undefined {
    if (name === 'format') return this.format;
    return undefined;
  }

  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get address(): string {
    return this._get('address');
  }
  get values(): unknown[][] | null {
    return this._get('values');
  }
  set values(input: unknown) {
    this._writeCells(
      'values',
      input,
      (sheet, row, col, v) => this._fake.writeInput(sheet, row, col, v),
      true,
    );
  }
  get valueTypes(): unknown[][] | null {
    return this._get('valueTypes');
  }
  get numberFormat(): unknown[][] | null {
    return this._get('numberFormat');
  }
  set numberFormat(input: unknown) {
    this._writeCells(
      'numberFormat',
      input,
      (sheet, row, col, v) => {
        if (typeof v !== 'string')
          throw invalid(`A number format must be a string, not ${JSON.stringify(v)}.`);
        sheet.touch(row, col).numberFormat = v === '' ? 'General' : v;
      },
      false,
    );
  }
  get formulas(): unknown[][] | null {
    return this._get('formulas');
  }
  set formulas(input: unknown) {
    this._writeCells(
      'formulas',
      input,
      (sheet, row, col, v) => this._fake.writeInput(sheet, row, col, v),
      true,
    );
  }
  set hyperlink(link: FakeHyperlink) {
    this._queue('set', 'hyperlink', link, '1.7', () => {
      const { sheet, rect } = this._target();
      assertUnprotected(sheet);
      const keys = Object.keys(link);
      if (keys.some((k) => !['documentReference', 'address', 'textToDisplay', 'screenTip'].includes(k)))
        throw invalid('hyperlink has an unknown member.');
      eachCell(rect, (row, col) => {
        const cell = sheet.touch(row, col);
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) {
          cell.value = link.textToDisplay;
          cell.error = null;
          cell.formula = null;
        }
      });
    });
  }

  /** A 2-D array of the range's shape (null entries leave a cell alone), or one value for all. */
  private _writeCells(
    name: string,
    input: unknown,
    write: (sheet: FakeSheet, row: number, col: number, value: unknown) => void,
    isContent: boolean,
  ): void {
    this._queue('set', name, input, '1.1', () => {
      const { sheet, rect } = this._target();
      if (cellCount(rect) > FAKE_WRITE_CELL_LIMIT) throw invalid(`Cannot set ${name} on an unbounded range.`);
      if (isContent) {
        if (sheet.protection.protected)
          eachCell(rect, (row, col) => {
            if (sheet.cellAt(row, col)?.locked !== false)
              throw new FakeOfficeError(
                'AccessDenied',
                `The cell is locked on the protected sheet '${sheet.name}'.`,
              );
          });
      } else assertUnprotected(sheet, 'allowFormatCells');
      if (!Array.isArray(input)) {
        eachCell(rect, (row, col) => write(sheet, row, col, input));
        return;
      }
      const grid = input as Grid;
      if (grid.length !== rect.rows || grid.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
        throw invalid(
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name}).`,
        );
      }
      grid.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) write(sheet, rect.row + r, rect.col + c, v);
        }),
      );
    });
  }

  get format(): FakeRangeFormat {
    return this._nav('format', (path) => new FakeRangeFormat(this._ctx, this, path, this));
  }
  get dataValidation(): FakeDataValidation {
    return this._nav('dataValidation', (path) => new FakeDataValidation(this._ctx, this, path, this));
  }

  clear(applyTo = 'All'): void {
    this._queue('call', 'clear', [applyTo], '1.1', () => {
      const { sheet, rect } = this._target();
      assertUnprotected(sheet);
      const cells = [...sheet.storedIn(rect)];
      for (const [row, col, cell] of cells) {
        if (applyTo === 'All') sheet.cells.delete(FakeSheet.key(row, col));
        else if (applyTo === 'Contents' || applyTo === 'ResetContents')
          Object.assign(cell, { value: null, error: null, formula: null });
        else if (applyTo === 'Formats') {
          cell.numberFormat = 'General';
          delete cell.format;
          cell.locked = true;
        } else if (applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') delete cell.hyperlink;
        else throw invalid(`clear('${applyTo}') is not valid.`);
      }
      if (applyTo === 'All' || applyTo === 'Formats')
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  merge(across = false): void {
    this._queue('call', 'merge', [across], '1.2', () => {
      const { sheet, rect } = this._target();
      assertUnprotected(sheet);
      const parts = across
        ? Array.from({ length: rect.rows }, (_, r) => ({ ...rect, row: rect.row + r, rows: 1 }))
        : [rect];
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      for (const part of parts) {
        sheet.merges.push(part);
        for (const [row, col, cell] of sheet.storedIn(part)) {
          if (row !== part.row || col !== part.col)
            Object.assign(cell, { value: null, error: null, formula: null });
        }
      }
    });
  }

  unmerge(): void {
    this._queue('call', 'unmerge', [], '1.2', () => {
      const { sheet, rect } = this._target();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  select(): void {
    this._queue('call', 'select', [], '1.1', () => {
      const { sheet, rect } = this._target();
      if (this._fake.activeSheet !== sheet)
        throw new FakeOfficeError('InvalidSelection', 'The range is not on the active sheet.');
      this._fake.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }
}

function eachCell(rect: Rect, fn: (row: number, col: number) => void): void {
  if (cellCount(rect) > FAKE_WRITE_CELL_LIMIT)
    throw invalid('The fake does not write cell by cell over unbounded ranges.');
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.col; c < rect.col + rect.cols; c++) fn(r, c);
}

/** Base of the objects that format a range's cells (`format`, `format.font`, a border …). */
abstract class FakeRangePart extends FakeProxy {
  constructor(
    ctx: FakeRequestContext,
    parent: FakeProxy,
    name: string,
    args: unknown,
    readonly _range: FakeRange,
  ) {
    super(ctx, parent, name, args);
  }
  /** Sets `apply` on every cell's format, on an unprotected sheet (or one that allows formatting). */
  _formatCells(
    name: string,
    value: unknown,
    api: string,
    apply: (format: FakeCellFormat, row: number, col: number, rect: Rect) => void,
  ): void {
    this._queue('set', name, value, api, () => {
      const { sheet, rect } = this._range._target();
      assertUnprotected(sheet, 'allowFormatCells');
      eachCell(rect, (row, col) => {
        const cell = sheet.touch(row, col);
        cell.format ??= {};
        apply(cell.format, row, col, rect);
      });
    });
  }
}

class FakeRangeFormat extends FakeRangePart {
  readonly _type = 'RangeFormat';
  constructor(ctx: FakeRequestContext, parent: FakeProxy, name: string, range: FakeRange) {
    super(ctx, parent, name, null, range);
  }
  set wrapText(value: boolean) {
    this._formatCells('wrapText', value, '1.1', (f) => (f.wrapText = value));
  }
  set horizontalAlignment(value: string) {
    this._formatCells('horizontalAlignment', value, '1.1', (f) => (f.horizontalAlignment = value));
  }
  set verticalAlignment(value: string) {
    this._formatCells('verticalAlignment', value, '1.1', (f) => (f.verticalAlignment = value));
  }
  set columnWidth(points: number) {
    this._queue('set', 'columnWidth', points, '1.2', () => {
      const { sheet, rect } = this._range._target();
      assertUnprotected(sheet, 'allowFormatColumns');
      if (!(points >= 0)) throw invalid('columnWidth must be a number of points.');
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this._queue('set', 'rowHeight', points, '1.2', () => {
      const { sheet, rect } = this._range._target();
      assertUnprotected(sheet, 'allowFormatRows');
      if (!(points >= 0 && points <= 409)) throw invalid('rowHeight must be 0–409 points.');
      for (let r = rect.row; r < rect.row + Math.min(rect.rows, FAKE_WRITE_CELL_LIMIT); r++)
        sheet.rowHeights.set(r, points);
    });
  }
  get fill(): FakeRangeFill {
    return this._nav('fill', (path) => new FakeRangeFill(this._ctx, this, path, null, this._range));
  }
  get font(): FakeRangeFont {
    return this._nav('font', (path) => new FakeRangeFont(this._ctx, this, path, null, this._range));
  }
  get borders(): FakeBorderCollection {
    return this._nav('borders', (path) => new FakeBorderCollection(this._ctx, this, path, null, this._range));
  }
  get protection(): FakeFormatProtection {
    return this._nav(
      'protection',
      (path) => new FakeFormatProtection(this._ctx, this, path, null, this._range),
    );
  }
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

class FakeRangeFill extends FakeRangePart {
  readonly _type = 'RangeFill';
  set color(value: string) {
    this._formatCells('color', value, '1.1', (f) => {
      if (!COLOR.test(value)) throw invalid(`color '${value}' is not valid.`);
      f.fill = value.toUpperCase();
    });
  }
}

class FakeRangeFont extends FakeRangePart {
  readonly _type = 'RangeFont';
  set bold(value: boolean) {
    this._formatCells('bold', value, '1.1', (f) => (f.bold = value));
  }
  set italic(value: boolean) {
    this._formatCells('italic', value, '1.1', (f) => (f.italic = value));
  }
  set size(value: number) {
    this._formatCells('size', value, '1.1', (f) => (f.fontSize = value));
  }
  set color(value: string) {
    this._formatCells('color', value, '1.1', (f) => {
      if (!COLOR.test(value)) throw invalid(`color '${value}' is not valid.`);
      f.fontColor = value.toUpperCase();
    });
  }
}

const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
  'DiagonalDown',
  'DiagonalUp',
];

class FakeBorderCollection extends FakeRangePart {
  readonly _type = 'RangeBorderCollection';
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this._ctx, this, 'getItem', [index], this._range, index);
  }
}

type Side = 'borderTop' | 'borderBottom' | 'borderLeft' | 'borderRight';

/** Which sides of the cell at (row, col) an edge of `rect` draws. */
function sidesOf(edge: string, rect: Rect, row: number, col: number): Side[] {
  const top = row === rect.row;
  const bottom = row === rect.row + rect.rows - 1;
  const left = col === rect.col;
  const right = col === rect.col + rect.cols - 1;
  switch (edge) {
    case 'EdgeTop':
      return top ? ['borderTop'] : [];
    case 'EdgeBottom':
      return bottom ? ['borderBottom'] : [];
    case 'EdgeLeft':
      return left ? ['borderLeft'] : [];
    case 'EdgeRight':
      return right ? ['borderRight'] : [];
    case 'InsideHorizontal':
      return [...(top ? [] : (['borderTop'] as const)), ...(bottom ? [] : (['borderBottom'] as const))];
    case 'InsideVertical':
      return [...(left ? [] : (['borderLeft'] as const)), ...(right ? [] : (['borderRight'] as const))];
    default:
      return [];
  }
}

class FakeRangeBorder extends FakeRangePart {
  readonly _type = 'RangeBorder';
  constructor(
    ctx: FakeRequestContext,
    parent: FakeProxy,
    name: string,
    args: unknown,
    range: FakeRange,
    private readonly _edge: string,
  ) {
    super(ctx, parent, name, args, range);
  }
  private _setSide(name: keyof FakeBorder, value: string): void {
    this._formatCells(name, value, '1.1', (f, row, col, rect) => {
      if (!EDGES.includes(this._edge)) throw invalid(`Border '${this._edge}' is not valid.`);
      for (const side of sidesOf(this._edge, rect, row, col)) {
        const border = (f[side] ??= { style: 'None', weight: 'Thin', color: '#000000' });
        border[name] = value;
      }
    });
  }
  set style(value: string) {
    this._setSide('style', value);
  }
  set weight(value: string) {
    this._setSide('weight', value);
  }
  set color(value: string) {
    this._setSide('color', value);
  }
}

class FakeFormatProtection extends FakeRangePart {
  readonly _type = 'FormatProtection';
  set locked(value: boolean) {
    this._queue('set', 'locked', value, '1.2', () => {
      const { sheet, rect } = this._range._target();
      assertUnprotected(sheet);
      eachCell(rect, (row, col) => (sheet.touch(row, col).locked = value));
    });
  }
}

const RULE_TYPES = ['list', 'custom', 'decimal', 'wholeNumber', 'date', 'time', 'textLength'];

class FakeDataValidation extends FakeRangePart {
  readonly _type = 'DataValidation';
  constructor(ctx: FakeRequestContext, parent: FakeProxy, name: string, range: FakeRange) {
    super(ctx, parent, name, null, range);
  }
  private _here(): { sheet: FakeSheet; rect: Rect } {
    const target = this._range._target();
    assertUnprotected(target.sheet);
    return target;
  }
  set rule(rule: Record<string, unknown>) {
    this._queue('set', 'rule', rule, '1.8', () => {
      const { sheet, rect } = this._here();
      const keys = Object.keys(rule);
      if (keys.length !== 1 || !RULE_TYPES.includes(keys[0] ?? ''))
        throw invalid('A data validation rule has exactly one criterion.');
      const list = rule.list as { inCellDropDown?: unknown; source?: unknown } | undefined;
      let stored: Record<string, unknown> = { ...rule };
      if (list !== undefined) {
        const source = list.source instanceof FakeRange ? `=${list.source.address}` : list.source;
        if (typeof source !== 'string' || source === '')
          throw invalid('A list source is a string or a range.');
        if (!source.startsWith('=') && source.length > 255)
          throw invalid('An inline list source is limited to 255 characters.');
        if (list.inCellDropDown !== undefined && typeof list.inCellDropDown !== 'boolean')
          throw invalid('inCellDropDown is a boolean.');
        stored = { list: { inCellDropDown: list.inCellDropDown ?? true, source } };
      }
      sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
      sheet.validations.push({ rect, rule: stored, ignoreBlanks: true });
    });
  }
  set ignoreBlanks(value: boolean) {
    this._queue('set', 'ignoreBlanks', value, '1.8', () => {
      const { sheet, rect } = this._here();
      for (const v of sheet.validations) if (intersects(v.rect, rect)) v.ignoreBlanks = value;
    });
  }
  set errorAlert(value: Record<string, unknown>) {
    this._queue('set', 'errorAlert', value, '1.8', () => {
      const { sheet, rect } = this._here();
      for (const v of sheet.validations) if (intersects(v.rect, rect)) v.errorAlert = { ...value };
    });
  }
  clear(): void {
    this._queue('call', 'clear', [], '1.8', () => {
      const { sheet, rect } = this._here();
      sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    });
  }
}
