// Wire shapes of the BranchGrid server. Everything the HTTP API says is generated from its OpenAPI document
// (openapi/v1.json → src/generated/openapi.ts by `npm run types`, part of the build); this file names those schemas
// under the names the screens import, and defines only what the document cannot say: the hub's messages (deltas,
// the hall view, nudges), which never travel over HTTP. JSON: camelCase properties, enums as their PascalCase names,
// money as numbers with two decimals, instants as ISO 8601 with their offset.
import type { components } from './generated/openapi';
import {
  callOutcomeValues, complaintChannelValues, complaintStatusValues, deskKindValues, deskStatusValues, deviceScreenValues, loanStageValues,
  numberTypeValues, promiseStatusValues, riskSignalValues, serviceTypeValues, ticketStatusValues, visitTypeValues, workKindValues,
} from './generated/openapi';

type Schemas = components['schemas'];

export type Instant = string;

// ---- Lobby (brief §4) -------------------------------------------------------

export const serviceTypes = serviceTypeValues;
export type ServiceType = Schemas['ServiceType'];
export const ticketStatuses = ticketStatusValues;
export type TicketStatus = Schemas['TicketStatus'];
export const deskKinds = deskKindValues;
export type DeskKind = Schemas['DeskKind'];
/** What a desk is doing, as a lobby manager reads the floor. */
export const deskStatuses = deskStatusValues;
export type DeskStatus = Schemas['DeskStatus'];
export const complaintChannels = complaintChannelValues;
export type ComplaintChannel = Schemas['ComplaintChannel'];
export const complaintStatuses = complaintStatusValues;
export type ComplaintStatus = Schemas['ComplaintStatus'];

/** One ticket as staff see it. premium and premiumSignals must never reach a customer's screen. */
export type TicketView = Schemas['TicketView'];
export type DeskView = Schemas['DeskView'];
export type ComplaintView = Schemas['ComplaintView'];
export type LobbyStats = Schemas['LobbyStats'];
export type LobbyDayView = Schemas['LobbyDayView'];
export type LobbyFigures = Schemas['LobbyFigures'];
export type LobbyDayFigures = Schemas['LobbyDayFigures'];
export type LobbyView = Schemas['LobbyView'];
/** What the kiosk prints: branch, business date, number, service, people ahead, expected wait. */
export type TicketPrint = Schemas['TicketPrint'];
export type KioskTicket = Schemas['KioskTicket'];
export type IssueTicketRequest = Schemas['IssueTicketRequest'];
export type DeskRequest = Schemas['OpenDeskRequest'];
export type TransferRequest = Schemas['TransferRequest'];
export type PremiumRequest = Schemas['PremiumFlagRequest'];
export type ComplaintRequest = Schemas['ComplaintRequest'];

/** One call as the customers' hall sees it: a number to a desk, nothing about the customer (hub only). */
export interface HallCallView {
  ticketId: string;
  number: string;
  deskId: string;
  deskName: string;
  deskNameZh: string | null;
  calledAt: Instant;
  /** Still called (on the way), rather than already at the desk. */
  calling: boolean;
}

/** The calling display's view of a lobby, newest call first (hub: JoinHall). */
export interface HallView {
  branchId: string;
  at: Instant;
  calls: HallCallView[];
}

/** A lobby's change on the hub: tickets and complaints are upserted by id; desks and stats, when present, replace the screen's. */
export interface LobbyDelta {
  branchId: string;
  fromSeq: number;
  seq: number;
  at: Instant;
  tickets: TicketView[];
  removedTickets: string[];
  desks: DeskView[] | null;
  complaints: ComplaintView[];
  stats: LobbyStats | null;
  day?: LobbyDayView | null;
}

// ---- Collections (brief §5) -------------------------------------------------

export const loanStages = loanStageValues;
export type LoanStage = Schemas['LoanStage'];
/** The stages a wall board shows, in order (not Current, not Settled). */
export const boardStages: readonly LoanStage[] = ['PreDue', 'M1', 'M2', 'M3', 'M4'];
export const promiseStatuses = promiseStatusValues;
export type PromiseStatus = Schemas['PromiseStatus'];
export type StageTotals = Schemas['StageTotals'];
export type PromiseView = Schemas['PromiseView'];
export type PromiseKeepingView = Schemas['PromiseKeepingView'];
export type CollectorResults = Schemas['CollectorResults'];
export type BoardView = Schemas['BoardView'];
/** A collections room whose wall board the caller may watch. */
export type WatchableRoom = Schemas['WatchableRoom'];

/** A board's change on the hub: sections present (not null) replace the board's. */
export interface BoardDelta {
  roomId: string;
  fromSeq: number;
  seq: number;
  at: Instant;
  stages: StageTotals[] | null;
  promisesDueNextHour: PromiseView[] | null;
  brokenPromisesToday: PromiseView[] | null;
  collectedToday: number | null;
  collectors: CollectorResults[] | null;
  collectedWithoutCollector: number | null;
  promisesDecidedToday: PromiseKeepingView | null;
}

/** What a collector does next on a loan, most urgent kind first. */
export const workKinds = workKindValues;
export type WorkKind = Schemas['WorkKind'];
export type WorkItemView = Schemas['WorkItemView'];
export type CollectorWorklistView = Schemas['CollectorWorklistView'];
export const numberTypes = numberTypeValues;
export type NumberType = Schemas['NumberType'];
export const callOutcomes = callOutcomeValues;
export type CallOutcome = Schemas['CallOutcome'];
export type CallRequest = Schemas['CallRequest'];
export type PromiseRequest = Schemas['PromiseRequest'];

// ---- Devices ----------------------------------------------------------------

export const deviceScreens = deviceScreenValues;
export type DeviceScreen = Schemas['DeviceScreen'];
export type DeviceView = Schemas['DeviceView'];

// ---- Refusals ---------------------------------------------------------------

/** A refusal (RFC 7807), in the language asked for; a 400 names each wrong field in errors. */
export type ProblemDetails = Schemas['HttpValidationProblemDetails'];

// ---- Staff: sign-in, worklist, terminal workflows ---------------------------

export type StaffRole = Schemas['Me']['roles'][number];
export const staffRoles: readonly StaffRole[] = ['ClientManager', 'TeamLead', 'LobbyManager', 'Collector', 'RiskOfficer', 'InstitutionHead', 'ManagementDepartment'];
/** Who is signed in (GET /api/auth/me). */
export type Me = Schemas['Me'];
/** A member of staff as a picker shows them (GET /api/staff). */
export type StaffEntry = Schemas['StaffEntry'];
export type StaffPage = Schemas['StaffPage'];
export type SignInRequest = Schemas['SignInRequest'];

/** What an inbox nudge is about (hub only; src/Actors.Contracts/Screens/InboxChanged.cs). */
export type InboxTopic = 'Approvals' | 'Worklist';

/** A nudge from the hub: something landed on or left one of the user's inboxes. Not data: the page reads again. */
export interface InboxChanged {
  inbox: string;
  what: InboxTopic;
  at: Instant;
}

/** One thing a member of staff has to do, as GET /api/worklist lists it. */
export type StaffWorkItem = Schemas['WorklistItem'];
export type StaffWorklistView = Schemas['WorklistView'];
/** The worklist's sections, in the order the screen shows them. */
export const staffWorkSections = [
  'visitsOverdue', 'visitsDue', 'remindersToMake', 'promisesDue', 'inactiveTerminals', 'approvals', 'workOrders',
] as const satisfies readonly (keyof StaffWorklistView)[];
export type StaffWorkSection = (typeof staffWorkSections)[number];

export const visitTypes = visitTypeValues;
export type VisitType = Schemas['VisitType'];
export type VisitRequest = Schemas['VisitRequest'];

export type TransferKind = Schemas['TransferKind'];
export type TransferStatus = Schemas['TransferStatus'];
export type StepDecision = Schemas['StepDecision'];
export type TransferStep = Schemas['TransferStepView'];
export type TransferView = Schemas['TransferView'];
export type ApprovalsView = Schemas['ApprovalsView'];
export type TerminalSnapshot = Schemas['TerminalSnapshot'];
export type AuditedTransfer = Schemas['AuditedTransfer'];
export type AuditEntry = Schemas['TerminalAuditEntry'];
export type TerminalAudit = Schemas['TerminalAudit'];

// ---- Month end ----------------------------------------------------------------

export type WeekFigure = Schemas['WeekFigure'];
export type KpiFigures = Schemas['KpiFigures'];
export type TargetCheck = Schemas['TargetCheck'];
export type TerminalTally = Schemas['TerminalTally'];
export type MonthStatistics = Schemas['MonthStatistics'];
export type InactiveTerminalList = Schemas['InactiveTerminalList'];
export type InstitutionSnapshot = Schemas['InstitutionSnapshot'];

// ---- Security audit (issue 12) -------------------------------------------------
export type AuditPage = Schemas['AuditPage'];
export type AuditEntryView = Schemas['AuditEntryView'];

// ---- Working-day calendars (brief §7) -------------------------------------------
export type CalendarYear = Schemas['CalendarYear'];
export type CalendarVersionView = Schemas['CalendarVersionView'];
export type CalendarUploaded = Schemas['CalendarUploaded'];

// ---- Work orders (brief §3) ---------------------------------------------------

export type WorkOrderStatus = Schemas['WorkOrderStatus'];
export type WorkOrderFileKind = Schemas['WorkOrderFileKind'];
export type WorkPaper = Schemas['WorkPaper'];
export type RiskSignalEntry = Schemas['RiskSignalEntry'];
export type WorkOrderFile = Schemas['WorkOrderFile'];
export type WorkOrderView = Schemas['WorkOrderView'];
export type WorkOrderVisitRequest = Schemas['VisitWorkOrderRequest'];
export const riskSignals = riskSignalValues;
export type RiskSignal = Schemas['RiskSignal'];
