// Every call to the HTTP API. Errors come back as RFC 7807 problem details and are thrown as ApiProblem.
import type {
  ApprovalsView, AuditPage, BoardView, CalendarUploaded, CalendarVersionView, CalendarYear, DeviceScreen, DeviceView, InactiveTerminalList, InstitutionSnapshot, MonthStatistics, CallRequest, CollectorWorklistView, ComplaintRequest, ComplaintView, DeskRequest, DeskView, IssueTicketRequest,
  KioskTicket, LobbyDayFigures, LobbyView, Me, StaffPage, StaffRole, PremiumRequest, ProblemDetails, PromiseRequest, SignInRequest, StaffWorklistView, TerminalAudit,
  TerminalSnapshot, TicketPrint, TicketView, TransferRequest, TransferView, VisitRequest, WatchableRoom, WorkOrderFile, WorkOrderFileKind, WorkOrderView, WorkOrderVisitRequest,
} from './types';
import { getLang } from './i18n';
import { syncFromHeaders } from './clock';

/** A refused or failed request; status 0 means the server was not reached at all. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: Readonly<Record<string, readonly string[]>>;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.title = problem.title ?? '';
    this.detail = problem.detail ?? undefined;
    this.errors = problem.errors ?? {};
  }

  get unreachable(): boolean {
    return this.status === 0;
  }
}

const seg = encodeURIComponent;

async function readProblem(response: Response): Promise<ProblemDetails> {
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') return parsed as ProblemDetails;
    } catch {
      // not JSON (a proxy's HTML page, say): show the status line instead
    }
  }
  return { status: response.status, title: response.statusText || undefined };
}

// What a page does when the server says nobody is signed in (a 401): by default nothing, so a
// page that never installs a handler (and the tests) see a plain ApiProblem.
let unauthorizedHandler: (() => void) | null = null;

/** Installs what to do on any 401 (the signed-in pages go to the sign-in page); null removes it. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

async function send<T>(method: 'GET' | 'POST', url: string, body?: unknown, options: { own401?: boolean } = {}): Promise<T> {
  // The server words its refusals in the language the screen shows (en or zh-CN).
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLang() };
  // A form (a file upload) goes as multipart, its boundary set by the browser; anything else as JSON.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : form ? body : JSON.stringify(body) });
  } catch (error) {
    throw new ApiProblem(0, { detail: error instanceof Error ? error.message : String(error) });
  }
  // Every answer, a refusal too, carries the business clock's now: the screens' one clock.
  syncFromHeaders(response.headers);
  if (!response.ok) {
    const problem = new ApiProblem(response.status, await readProblem(response));
    // A sign-in refused for bad credentials is also a 401, and is the sign-in form's to show.
    if (problem.status === 401 && !options.own401) unauthorizedHandler?.();
    throw problem;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

const get = <T>(url: string): Promise<T> => send<T>('GET', url);
const post = <T>(url: string, body: unknown = {}): Promise<T> => send<T>('POST', url, body);

const lobby = (branchId: string): string => `/api/lobbies/${seg(branchId)}`;
const desk = (branchId: string, deskId: string): string => `${lobby(branchId)}/desks/${seg(deskId)}`;
const ticket = (branchId: string, ticketId: string): string => `${lobby(branchId)}/tickets/${seg(ticketId)}`;
const complaint = (branchId: string, complaintId: string): string => `${lobby(branchId)}/complaints/${seg(complaintId)}`;

export const lobbyApi = {
  view: (branchId: string) => get<LobbyView>(lobby(branchId)),
  issueTicket: (branchId: string, request: IssueTicketRequest) => post<KioskTicket>(`${lobby(branchId)}/tickets`, request),
  openDesk: (branchId: string, request: DeskRequest) => post<DeskView>(`${lobby(branchId)}/desks`, request),
  closeDesk: (branchId: string, deskId: string) => post<DeskView>(`${desk(branchId, deskId)}/close`),
  callNext: (branchId: string, deskId: string) => post<unknown>(`${desk(branchId, deskId)}/call-next`),
  recall: (branchId: string, deskId: string) => post<unknown>(`${desk(branchId, deskId)}/recall`),
  startService: (branchId: string, deskId: string) => post<unknown>(`${desk(branchId, deskId)}/start`),
  noShow: (branchId: string, deskId: string) => post<unknown>(`${desk(branchId, deskId)}/no-show`),
  finish: (branchId: string, deskId: string, outcome: string) => post<unknown>(`${desk(branchId, deskId)}/finish`, { outcome }),
  transfer: (branchId: string, deskId: string, request: TransferRequest) => post<unknown>(`${desk(branchId, deskId)}/transfer`, request),
  park: (branchId: string, deskId: string) => post<unknown>(`${desk(branchId, deskId)}/park`),
  takeBreak: (branchId: string, deskId: string) => post<DeskView>(`${desk(branchId, deskId)}/break`),
  endBreak: (branchId: string, deskId: string) => post<DeskView>(`${desk(branchId, deskId)}/back`),
  callTicket: (branchId: string, ticketId: string, deskId: string) => post<unknown>(`${ticket(branchId, ticketId)}/call`, { deskId }),
  sendTicket: (branchId: string, ticketId: string, deskId: string) => post<TicketView>(`${ticket(branchId, ticketId)}/send`, { deskId }),
  voidTicket: (branchId: string, ticketId: string, reason: string) => post<TicketView>(`${ticket(branchId, ticketId)}/void`, { reason }),
  requeue: (branchId: string, ticketId: string) => post<TicketView>(`${ticket(branchId, ticketId)}/requeue`),
  /** What the kiosk prints for a waiting ticket. */
  print: (branchId: string, ticketId: string) => get<TicketPrint>(`${ticket(branchId, ticketId)}/place`),
  /** A business day's figures (date yyyy-MM-dd): a past day as kept, today so far. */
  day: (branchId: string, date: string) => get<LobbyDayFigures>(`${lobby(branchId)}/days/${seg(date)}`),
  flagPremium: (branchId: string, ticketId: string, request: PremiumRequest) =>
    post<TicketView>(`${lobby(branchId)}/tickets/${seg(ticketId)}/premium`, request),
  recordComplaint: (branchId: string, request: ComplaintRequest) => post<ComplaintView>(`${lobby(branchId)}/complaints`, request),
  acknowledgeComplaint: (branchId: string, complaintId: string) => post<unknown>(`${complaint(branchId, complaintId)}/acknowledge`),
  resolveComplaint: (branchId: string, complaintId: string, resolution: string) =>
    post<unknown>(`${complaint(branchId, complaintId)}/resolve`, { resolution }),
  escalateComplaint: (branchId: string, complaintId: string, to: string) =>
    post<unknown>(`${complaint(branchId, complaintId)}/escalate`, { to }),
};

export const collectionsApi = {
  room: (roomId: string) => get<BoardView>(`/api/collections/rooms/${seg(roomId)}`),
  /** The rooms whose boards the signed-in user (or the board device) watches: their own first. */
  rooms: () => get<WatchableRoom[]>('/api/collections/rooms'),
  /** Re-reads every loan of the room: for a board that looks wrong. */
  rebuild: (roomId: string) => post<BoardView>(`/api/collections/rooms/${seg(roomId)}/rebuild`),
  /** Without an institution: the collector's own and those beneath it. */
  worklist: (collectorId: string, institutionId?: string) =>
    get<CollectorWorklistView>(`/api/collectors/${seg(collectorId)}/worklist${institutionId ? `?institutionId=${seg(institutionId)}` : ''}`),
  logCall: (loanId: string, request: CallRequest) => post<unknown>(`/api/loans/${seg(loanId)}/calls`, request),
  recordPromise: (loanId: string, request: PromiseRequest) => post<unknown>(`/api/loans/${seg(loanId)}/promises`, request),
};

/** Kiosks, calling displays and TV boards as devices (docs/devices.md). */
export const deviceApi = {
  /** The device this browser is, from its credential; 401 (not thrown to the sign-in page) when it is none. */
  me: () => send<DeviceView>('GET', '/api/device', undefined, { own401: true }),
  register: (scopeId: string, screen: DeviceScreen, name: string) => post<DeviceView>(`/api/devices/${seg(scopeId)}`, { screen, name }),
  list: (scopeId: string) => get<DeviceView[]>(`/api/devices/${seg(scopeId)}`),
  revoke: (scopeId: string, deviceId: string) => post<DeviceView>(`/api/devices/${seg(scopeId)}/${seg(deviceId)}/revoke`),
  /** A kiosk device's ticket: the branch is the credential's. */
  issueTicket: (request: IssueTicketRequest) => post<KioskTicket>('/api/device/tickets', request),
  /** What a kiosk device prints for a ticket of its own branch (the lobby's ticket place, in the device's branch). */
  print: (ticketId: string) => get<TicketPrint>(`/api/device/tickets/${seg(ticketId)}/place`),
};

export const authApi = {
  signIn: (request: SignInRequest) => send<Me>('POST', '/api/auth/sign-in', request, { own401: true }),
  signOut: () => post<void>('/api/auth/sign-out'),
  me: () => get<Me>('/api/auth/me'),
  /** Who is signed in, without sending the page to sign in when nobody is (a 401 is thrown to the caller). */
  whoIsSignedIn: () => send<Me>('GET', '/api/auth/me', undefined, { own401: true }),
};

const terminal = (terminalId: string): string => `/api/terminals/${seg(terminalId)}`;
const transfer = (transferId: string): string => `/api/transfers/${seg(transferId)}`;

/** Who to list from the staff directory, and which page. */
export interface StaffQuery { institutionId?: string; role?: StaffRole; name?: string; page?: number; pageSize?: number }

const query = (params: Record<string, string | number | undefined>): string => {
  const pairs = Object.entries(params).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
};

export const staffApi = {
  /** Pick people, don't type ids: staff of an institution (default: the signed-in user's) and below, by role and name. */
  findStaff: (q: StaffQuery = {}) => get<StaffPage>(`/api/staff${query({ ...q })}`),
  worklist: (team = false) => get<StaffWorklistView>(team ? '/api/worklist?team=true' : '/api/worklist'),
  logVisit: (clientId: string, request: VisitRequest) => post<unknown>(`/api/clients/${seg(clientId)}/visits`, request),
  approvals: () => get<ApprovalsView>('/api/approvals'),
  confirm: (transferId: string, note?: string) => post<TransferView>(`${transfer(transferId)}/confirm`, note ? { note } : {}),
  reject: (transferId: string, reason: string) => post<TransferView>(`${transfer(transferId)}/reject`, { reason }),
  terminal: (terminalId: string) => get<TerminalSnapshot>(terminal(terminalId)),
  terminalAudit: (terminalId: string) => get<TerminalAudit>(`${terminal(terminalId)}/audit`),
};

const workOrder = (workOrderId: string): string => `/api/work-orders/${seg(workOrderId)}`;

/** An after-sales work order: read it, and the steps of the team lead and the assignee. */
export const workOrderApi = {
  view: (workOrderId: string) => get<WorkOrderView>(workOrder(workOrderId)),
  assign: (workOrderId: string, memberId: string) => post<WorkOrderView>(`${workOrder(workOrderId)}/assign`, { memberId }),
  book: (workOrderId: string, bookedFor: string) => post<WorkOrderView>(`${workOrder(workOrderId)}/book`, { bookedFor }),
  visit: (workOrderId: string, request: WorkOrderVisitRequest) => post<WorkOrderView>(`${workOrder(workOrderId)}/visit`, request),
  attach: (workOrderId: string, kind: WorkOrderFileKind, file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    return post<WorkOrderFile>(`${workOrder(workOrderId)}/files`, form);
  },
  fileUrl: (workOrderId: string, fileId: string) => `${workOrder(workOrderId)}/files/${seg(fileId)}`,
};

const institution = (institutionId: string): string => `/api/institutions/${seg(institutionId)}`;

/** The bank's working-day calendars: every version, a year's latest or earlier file, and the management department's upload. */
export const calendarApi = {
  versions: () => get<CalendarVersionView[]>('/api/calendars'),
  year: (year: number) => get<CalendarYear>(`/api/calendars/${year}`),
  upload: (file: unknown, fileName: string) => post<CalendarUploaded>(`/api/calendars?fileName=${encodeURIComponent(fileName)}`, file),
};

/** Month end: a closed month's statistics and inactive list, and where to download each as CSV. */
export const monthEndApi = {
  institutions: () => get<InstitutionSnapshot[]>('/api/institutions'),
  statistics: (institutionId: string, month: string) => get<MonthStatistics>(`${institution(institutionId)}/statistics?month=${seg(month)}`),
  inactiveTerminals: (institutionId: string, month: string) =>
    get<InactiveTerminalList>(`${institution(institutionId)}/inactive-terminals?month=${seg(month)}`),
  statisticsCsv: (institutionId: string, month: string) => `${institution(institutionId)}/statistics.csv?month=${seg(month)}`,
  inactiveTerminalsCsv: (institutionId: string, month: string) => `${institution(institutionId)}/inactive-terminals.csv?month=${seg(month)}`,
};

/** Which entries of the security audit to read: business dates (YYYY-MM-DD), an action or its area, an actor. */
export interface AuditQuery { from?: string; to?: string; action?: string; actor?: string; before?: number; limit?: number }

const auditQuery = (q: AuditQuery): string =>
  Object.entries(q)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${seg(String(v))}`)
    .join('&');

/** The security audit (management department): one page at a time, newest first, and the same entries as CSV. */
export const auditApi = {
  page: (q: AuditQuery) => get<AuditPage>(`/api/audit?${auditQuery(q)}`),
  csv: (q: AuditQuery) => `/api/audit.csv?${auditQuery({ ...q, before: undefined, limit: undefined })}`,
};
