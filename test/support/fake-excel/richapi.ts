// The host half of the stand-in: answers the requests the real office.js client sends (its "RichApi"
// request: object paths and actions, as excel-web-16.00.debug.js builds them in
// ClientRequest.buildRequestMessageBodyAndRequestFlags) from the stand-in's workbook, by replaying each
// action on the stand-in's object model. Plain TypeScript, no Node APIs.
//
// What office.js sends and reads back is the client's own code; what the host does with it is ours and
// follows the documents (README.md). Office-js error numbers are those office.js maps on the web
// (RichApiMessageUtility.buildResponseOnError, Excel.RequestContext._processOfficeJsErrorResponse).
import { FakeExcelError, FakeRequestContext, type BatchStat, type FakeExcel } from './index';

/** An object path of the request (ObjectPathType: 1 global, 2 new, 3 method, 4 property, 5 indexer, 6 reference, 7 null). */
interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument, the id of the object path it stands for (0 or absent: a plain value). */
  ReferencedObjectPathIds?: number[];
}

/** An action (ActionType: 1 instantiate, 2 query, 3 method, 4 set property, 5 trace). */
interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RichApiRequest {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** What goes back to office.js: a response body, or an office-js error number that office.js maps to a code. */
export type RichApiAnswer =
  | { kind: 'body'; body: { Results: { ActionId: number; Value: unknown }[]; Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number; Location: string } } }
  | { kind: 'office-error'; code: number; message: string };

/** Office-js error numbers office.js maps on the web (RichApiMessageUtility, Excel.RequestContext). */
export const OOE = {
  /** ooeInvalidApiCallInContext: Excel.RequestContext maps it to InvalidOperationInCellEditMode. */
  cellEdit: 5004,
  requestPayloadSizeLimitExceeded: 5103,
  responsePayloadSizeLimitExceeded: 5104,
  writeNotSupportedWhenModalDialogOpen: 5016,
} as const;

/** The request flag office.js sets when the batch writes (an action whose operation is not a read). */
const WRITES = 1;
/** The request flag Excel.run({ delayForCellEdit: true }) sets where the host supports it. */
const DELAY_FOR_CELL_EDIT = 64;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Replays one request's actions on the stand-in's proxies. */
class Replay {
  private readonly objects = new Map<number, any>();
  constructor(
    private readonly request: RichApiRequest,
    private readonly ctx: FakeRequestContext,
  ) {}

  /** The stand-in object an object path names, built (and, for `Add`, its command queued) on first use. */
  object(id: number): any {
    if (this.objects.has(id)) return this.objects.get(id);
    const p = this.request.ObjectPaths[String(id)];
    if (!p) throw new FakeExcelError('InvalidArgument', `The request names object path ${id} but does not define it.`);
    const parent = p.ParentObjectPathId ? this.object(p.ParentObjectPathId) : null;
    let o: any;
    if (p.ObjectPathType === 1) o = this.ctx.workbook;
    else if (p.ObjectPathType === 4) o = member(parent, p.Name);
    else if (p.ObjectPathType === 3) o = call(parent, p.Name, this.args(p.ArgumentInfo));
    else if (p.ObjectPathType === 5) o = call(parent, 'GetItem', this.args(p.ArgumentInfo));
    else throw new FakeExcelError('InvalidArgument', `The stand-in does not answer object paths of type ${p.ObjectPathType} (it hands out no references).`);
    this.objects.set(id, o);
    return o;
  }

  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = (info?.Arguments ?? []).map((a, i) => {
      const ref = info?.ReferencedObjectPathIds?.[i];
      return ref ? this.object(ref) : a;
    });
    // office.js sends an argument left out as null; the stand-in's methods take it as left out.
    while (args.length && args[args.length - 1] === null) args.pop();
    return args;
  }

  /** Queues the stand-in's commands for one action; they carry its id, so their response is its result. */
  queue(a: Action): void {
    this.ctx.action = a.Id;
    try {
      if (a.ActionType === 1) {
        const o = this.object(a.ObjectPathId);
        // Instantiate: the object must exist (getItem of a missing sheet fails here); a null object answers null.
        this.ctx.queue(o.needs, { o: a.ObjectPathId, instantiate: true }, () => ({ response: o.resolve() === null ? null : {} }));
      } else if (a.ActionType === 2) {
        const select = a.QueryInfo?.Select;
        this.object(a.ObjectPathId).load(select && select.length ? select.join(',') : undefined);
      } else if (a.ActionType === 3) {
        if (a.Name === '_KeepReference') return; // the stand-in hands out no references to keep
        call(this.object(a.ObjectPathId), a.Name, this.args(a.ArgumentInfo));
      } else if (a.ActionType === 4) {
        const o = this.object(a.ObjectPathId);
        const name = lowerFirst(a.Name);
        if (!hasSetter(o, name)) throw new FakeExcelError('NotImplemented', `The stand-in does not model setting ${a.Name} on ${o.path}.`);
        o[name] = this.args(a.ArgumentInfo)[0] ?? null;
      } else if (a.ActionType !== 5) {
        throw new FakeExcelError('NotImplemented', `The stand-in does not answer actions of type ${a.ActionType}.`);
      }
    } finally {
      this.ctx.action = undefined;
    }
  }
}

function member(parent: any, name: string): any {
  const key = lowerFirst(name);
  if (!parent || !(key in parent)) throw new FakeExcelError('NotImplemented', `The stand-in does not model ${name} on ${parent?.path}.`);
  return parent[key];
}

function call(target: any, name: string, args: unknown[]): any {
  const key = lowerFirst(name);
  if (!target || typeof target[key] !== 'function') throw new FakeExcelError('NotImplemented', `The stand-in does not model ${name}() on ${target?.path}.`);
  return target[key](...args);
}

function hasSetter(o: object, name: string): boolean {
  for (let p: object | null = o; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return typeof d.set === 'function';
  }
  return false;
}

/**
 * Answers one request as Excel would. Excel refuses the whole request, before running any of it, when
 * it is above the payload limit (5 MB on the web), when a person is typing in a cell (unless the request
 * asks to wait: delayForCellEdit), and when it writes while a modal dialog is open. Otherwise the actions
 * run in order; the first failure stops them and is the response's error, the changes before it stay.
 */
export async function answerRichApi(xl: FakeExcel, requestText: string, flags: number): Promise<RichApiAnswer> {
  await Promise.resolve();
  xl.beginSync();
  const requestBytes = utf8Length(requestText);
  const stat: BatchStat = { requestBytes, responseBytes: 0, commands: 0 };
  xl.stats.batches.push(stat);
  const refuse = (code: number, name: string, message: string): RichApiAnswer => {
    stat.error = name;
    return { kind: 'office-error', code, message };
  };
  if (requestBytes > xl.payloadLimit) {
    return refuse(OOE.requestPayloadSizeLimitExceeded, 'RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
  }
  if (xl.model.cellEditMode) {
    if (flags & DELAY_FOR_CELL_EDIT) {
      // "the batch request is delayed until the user exits cell edit mode" (Excel.RunOptions.delayForCellEdit).
      stat.waited = true;
      await xl.editEnded();
    } else if (xl.cellEditCode === 'InvalidOperation') {
      stat.error = 'InvalidOperation';
      return { kind: 'body', body: { Results: [], Error: { Code: 'InvalidOperation', Message: 'The operation is not valid while a cell is being edited.', HttpStatusCode: 400, ActionIndex: -1, Location: '' } } };
    } else {
      return refuse(OOE.cellEdit, 'InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
  }
  if (xl.model.modalDialog && flags & WRITES) {
    // office.js maps this number to WriteNotSupportedWhenModalDialogOpen; the documents do not describe
    // when Excel answers it (README.md): assumed for any request that writes, refused whole.
    return refuse(OOE.writeNotSupportedWhenModalDialogOpen, 'WriteNotSupportedWhenModalDialogOpen', 'Writes are not supported while a modal dialog is open.');
  }
  const request = JSON.parse(requestText) as RichApiRequest;
  const ctx = new FakeRequestContext(xl);
  const replay = new Replay(request, ctx);
  let failed: { error: unknown; action: number } | null = null;
  for (const a of request.Actions) {
    try {
      replay.queue(a);
    } catch (e) {
      // A call the stand-in refuses as it is made (a bad address, an unknown border): it fails in order,
      // after the commands queued before it have run.
      failed = { error: e, action: a.Id };
      break;
    }
  }
  stat.commands = ctx.commands.length;
  const index = (id: number) => request.Actions.findIndex((a) => a.Id === id);
  const errorBody = (e: unknown, action: number | undefined): RichApiAnswer => {
    if (!(e instanceof FakeExcelError)) throw e;
    stat.error = e.code;
    const at = action ?? e.action ?? -1;
    return { kind: 'body', body: { Results: [], Error: { Code: e.code, Message: e.message, HttpStatusCode: 400, ActionIndex: at >= 0 ? index(at) : -1, Location: '' } } };
  };
  let done: ReturnType<FakeExcel['execute']>;
  try {
    done = xl.execute(ctx.commands);
  } catch (e) {
    return errorBody(e, undefined);
  }
  if (failed) return errorBody(failed.error, failed.action);
  const body = { Results: [...done.byAction].map(([ActionId, Value]) => ({ ActionId, Value })) };
  stat.responseBytes = utf8Length(JSON.stringify(body));
  if (stat.responseBytes > xl.payloadLimit) {
    return refuse(OOE.responsePayloadSizeLimitExceeded, 'ResponsePayloadSizeLimitExceeded', `The response payload size (${stat.responseBytes} bytes) has exceeded the limit.`);
  }
  return { kind: 'body', body };
}
