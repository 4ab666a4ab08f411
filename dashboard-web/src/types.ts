// Wire shapes of the BranchGrid server, mirrored from the C# records in
// src/Actors.Contracts/Screens/LobbyView.cs and BoardView.cs. JSON: camelCase
// properties, enums as PascalCase strings, decimals as numbers, instants as ISO 8601.

export type Instant = string;

// ---- Lobby (brief §4) -------------------------------------------------------

export const serviceTypes = [
  'Cash', 'Remittance', 'Wealth', 'Loans', 'Corporate', 'AccountOpening', 'Enquiry', 'Complaint',
] as const;
export type ServiceType = (typeof serviceTypes)[number];

export const ticketStatuses = ['Waiting', 'Called', 'Serving', 'Finished', 'NoShow', 'Transferred', 'NotServed', 'Voided', 'Parked'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const deskKinds = ['Counter', 'VipRoom', 'ClientManagerDesk', 'SelfService'] as const;
export type DeskKind = (typeof deskKinds)[number];

/** What a desk is doing, as the lobby manager reads the floor. */
export const deskStatuses = ['Closed', 'Idle', 'Calling', 'Serving', 'OnBreak'] as const;
export type DeskStatus = (typeof deskStatuses)[number];

export const complaintChannels = ['InPerson', 'Hotline', 'OtherDepartment'] as const;
export type ComplaintChannel = (typeof complaintChannels)[number];

export const complaintStatuses = ['Recorded', 'Acknowledged', 'ResolvedOnTheSpot', 'Escalated'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** One ticket as staff see it. premium and premiumSignals must never reach a customer's screen. */
export interface TicketView {
  ticketId: string;
  number: string;
  service: ServiceType;
  status: TicketStatus;
  issuedAt: Instant;
  calledAt: Instant | null;
  finishedAt: Instant | null;
  deskId: string | null;
  clientId: string | null;
  premium: boolean;
  premiumSignals: string[];
  slaDueAt: Instant;
  slaBreached: boolean;
  outcome: string | null;
  /** When the current (or last) wait started: the issue, or the latest transfer or re-queue. */
  waitingSince: Instant;
}

export interface DeskView {
  deskId: string;
  name: string;
  kind: DeskKind;
  open: boolean;
  services: ServiceType[];
  currentTicketId: string | null;
  /** The desk's name in Chinese, as the branch configured it (null: the English name serves both). */
  nameZh: string | null;
  status: DeskStatus;
  servedToday: number;
  averageServiceMinutes: number;
}

export interface ComplaintView {
  complaintId: string;
  channel: ComplaintChannel;
  content: string;
  clientId: string | null;
  customerName: string | null;
  owner: string;
  status: ComplaintStatus;
  recordedAt: Instant;
  acknowledgedAt: Instant | null;
  resolution: string | null;
  /** Staff ids of who recorded, acknowledged and resolved it: the signed-in users, as the server knew them. */
  recordedBy: string;
  acknowledgedBy: string | null;
  resolvedBy: string | null;
}

export interface LobbyStats {
  waiting: number;
  serving: number;
  finishedToday: number;
  noShowsToday: number;
  slaBreachesNow: number;
  averageWaitMinutes: number;
  averageServiceMinutes: number;
  /** Tickets still open at the day's close, closed then unserved. */
  notServedToday: number;
}

/** The business day a lobby shows: its date (yyyy-MM-dd), when it closes, whether it has closed. */
export interface LobbyDayView {
  date: string;
  closesAt: Instant;
  closed: boolean;
}

/** A lobby's figures for a set of tickets (a day, or one service of it). */
export interface LobbyFigures {
  issued: number;
  served: number;
  noShows: number;
  notServedAtClose: number;
  voided: number;
  averageWaitMinutes: number;
  averageServiceMinutes: number;
  slaBreaches: number;
}

/** A business day in figures: a past day as kept when it ended (closed), or today so far. */
export interface LobbyDayFigures {
  branchId: string;
  date: string;
  closesAt: Instant;
  closed: boolean;
  total: LobbyFigures;
  services: { service: ServiceType; figures: LobbyFigures }[];
}

export interface LobbyView {
  branchId: string;
  seq: number;
  at: Instant;
  tickets: TicketView[];
  desks: DeskView[];
  complaints: ComplaintView[];
  stats: LobbyStats;
  day: LobbyDayView;
}

/** One call as the customers' hall sees it: a number to a desk, nothing about the customer. */
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

/** The calling display's view of a lobby, newest call first (JoinHall). */
export interface HallView {
  branchId: string;
  at: Instant;
  calls: HallCallView[];
}

/** Tickets and complaints are upserted by id; desks and stats, when present, replace the screen's. */
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

export const loanStages = ['Current', 'PreDue', 'M1', 'M2', 'M3', 'M4', 'Settled'] as const;
export type LoanStage = (typeof loanStages)[number];

/** The stages a collections board shows, in the order of the brief's table. */
export const boardStages: readonly LoanStage[] = ['PreDue', 'M1', 'M2', 'M3', 'M4'];

export const promiseStatuses = ['Open', 'Kept', 'PartiallyKept', 'Broken'] as const;
export type PromiseStatus = (typeof promiseStatuses)[number];

export interface StageTotals {
  stage: LoanStage;
  loans: number;
  outstanding: number;
  overdue: number;
  enteredToday: number;
}

export interface PromiseView {
  loanId: string;
  clientId: string;
  collectorId: string;
  amount: number;
  promisedFor: Instant;
  status: PromiseStatus;
  paid: number;
}

/** How the promises decided today came out; keptRate (0–1) is kept in full over decided, null when none was decided. */
export interface PromiseKeepingView {
  kept: number;
  partiallyKept: number;
  broken: number;
  keptRate: number | null;
}

export interface CollectorResults {
  collectorId: string;
  /** In Latin letters; nameZh in Chinese characters when the register has it. */
  name: string;
  nameZh: string | null;
  calls: number;
  rightPartyContacts: number;
  promises: number;
  collected: number;
  promisesDecided: PromiseKeepingView;
  dailyTarget: number;
  /** collected ÷ dailyTarget: 1 = met. */
  targetShare: number;
}

export interface BoardView {
  roomId: string;
  seq: number;
  at: Instant;
  stages: StageTotals[];
  promisesDueNextHour: PromiseView[];
  brokenPromisesToday: PromiseView[];
  /** The collectors' rows plus collectedWithoutCollector. */
  collectedToday: number;
  collectors: CollectorResults[];
  collectedWithoutCollector: number;
  promisesDecidedToday: PromiseKeepingView;
}

/** What the kiosk prints on a ticket (LobbyFloorApi.TicketPrint). */
export interface TicketPrint {
  branchId: string;
  branchName: string;
  date: string;
  ticketId: string;
  number: string;
  service: ServiceType;
  peopleAhead: number;
  expectedWaitMinutes: number;
}

// ---- Devices (src/Actors.Contracts/Devices/IDeviceRegisterGrain.cs) ----

export const deviceScreens = ['Kiosk', 'CallingDisplay', 'Board'] as const;
export type DeviceScreen = (typeof deviceScreens)[number];

/** A registered kiosk, calling display or TV board of one branch or room. */
export interface DeviceView {
  deviceId: string;
  scopeId: string;
  screen: DeviceScreen;
  name: string;
  registeredBy: string;
  registeredAt: Instant;
  revokedBy: string | null;
  revokedAt: Instant | null;
}

/** A collections room whose wall board the caller may watch. */
export interface WatchableRoom {
  roomId: string;
  name: string;
}

/** Sections present (not null) replace the board's. */
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

// ---- Collector worklist (src/Actors.Contracts/Collections/ICollectorWorklistGrain.cs) ----

/** What a collector does next on a loan, most urgent kind first. */
export const workKinds = ['PromiseFollowUp', 'Reminder', 'Call'] as const;
export type WorkKind = (typeof workKinds)[number];

export interface WorkItemView {
  kind: WorkKind;
  loanId: string;
  clientId: string;
  stage: LoanStage;
  daysPastDue: number;
  amount: number;
  dueAt: Instant | null;
  callsToday: number;
  numbersTriedToday: number;
  needsHandOver: boolean;
}

export interface CollectorWorklistView {
  collectorId: string;
  institutionId: string;
  at: Instant;
  loans: number;
  items: WorkItemView[];
}

/** Which of the customer's numbers was dialled (brief §5: mobile, work, home). */
export const numberTypes = ['Mobile', 'Work', 'Home'] as const;
export type NumberType = (typeof numberTypes)[number];

export const callOutcomes = [
  'RightPartyContact', 'PromiseToPay', 'Refused', 'ThirdParty', 'NoAnswer', 'WrongNumber', 'LostContact',
] as const;
export type CallOutcome = (typeof callOutcomes)[number];

// ---- Requests --------------------------------------------------------------

export interface IssueTicketRequest {
  service: ServiceType;
  clientId?: string;
  declaredAmount?: number;
  /** What the customer declared at the kiosk (CustomerDeclaration names, e.g. 'VipCardOtherBank', 'SafeDepositBox'). */
  declared?: string[];
}

/** Opens a desk, or re-opens it with a new name, kind and services. */
export interface DeskRequest {
  deskId: string;
  name: string;
  /** The name in Chinese: the Chinese screens show it and the calling display announces it. */
  nameZh?: string;
  kind: DeskKind;
  services: ServiceType[];
}

/** What the kiosk gets back: nothing about premium treatment is in it. */
export interface KioskTicket {
  ticketId: string;
  number: string;
  service: ServiceType;
  issuedAt: Instant;
}

/** What the kiosk prints (GET …/tickets/{id}/place): nothing about the customer. */
export interface TicketPrint {
  branchId: string;
  branchName: string;
  date: string;
  ticketId: string;
  number: string;
  service: ServiceType;
  peopleAhead: number;
  expectedWaitMinutes: number;
}

export interface TransferRequest {
  toService?: ServiceType;
  toDeskId?: string;
}

/** Who flagged is the signed-in user; the screen sends only why. */
export interface PremiumRequest {
  reason: string;
}

export interface ComplaintRequest {
  channel: ComplaintChannel;
  content: string;
  clientId?: string;
  customerName?: string;
  /** The staff id of the member of staff of this branch made responsible for it. */
  owner: string;
}

/** A call the signed-in collector made to a borrower; the server takes now when `at` is left out. */
export interface CallRequest {
  at?: Instant;
  number: NumberType;
  outcome: CallOutcome;
  note: string;
}

/** A promise to pay, taken by the signed-in collector. */
export interface PromiseRequest {
  amount: number;
  promisedFor: Instant;
}

/** RFC 7807 problem details; a 400 carries errors by field. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

// ---- Staff: sign-in, worklist, terminal workflows (issue 6) -----------------

export const staffRoles = [
  'ClientManager', 'TeamLead', 'LobbyManager', 'Collector', 'RiskOfficer', 'InstitutionHead', 'ManagementDepartment',
] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Who is signed in (GET /api/auth/me). */
export interface Me {
  staffId: string;
  /** In Latin letters; nameZh in Chinese characters when the register has it (Chinese screens show that). */
  name: string;
  nameZh?: string | null;
  institutionId: string;
  institutionName: string;
  roles: StaffRole[];
}

/** A member of staff as a picker shows them (GET /api/staff). */
export interface StaffEntry {
  staffId: string;
  name: string;
  nameZh?: string | null;
  institutionId: string;
  institutionName: string;
  roles: StaffRole[];
}

export interface StaffPage {
  items: StaffEntry[];
  page: number;
  pageSize: number;
  total: number;
}

export interface SignInRequest {
  login: string;
  password: string;
}

/** What an inbox nudge is about (src/Actors.Contracts/Screens/InboxChanged.cs). */
export type InboxTopic = 'Approvals' | 'Worklist';

/** A nudge from the hub: something landed on or left one of the user's inboxes. Not data: the page reads again. */
export interface InboxChanged {
  inbox: string;
  what: InboxTopic;
  at: Instant;
}

/** One thing a member of staff has to do, as GET /api/worklist lists it. */
export interface StaffWorkItem {
  kind: string;
  id: string;
  title: string;
  institutionId: string;
  dueAt?: Instant | null;
  detail?: string | null;
  ownerId?: string | null;
}

export const staffWorkSections = [
  'visitsOverdue', 'visitsDue', 'remindersToMake', 'promisesDue', 'inactiveTerminals', 'approvals', 'workOrders',
] as const;
export type StaffWorkSection = (typeof staffWorkSections)[number];

export type StaffWorklistView = { staffId: string; asOf: Instant } & Record<StaffWorkSection, StaffWorkItem[]>;

export const visitTypes = ['OnSite', 'Phone', 'Sms', 'Online'] as const;
export type VisitType = (typeof visitTypes)[number];

export interface VisitRequest {
  type: VisitType;
  findings: string;
  at?: Instant;
}

export type TransferKind = 'Ordinary' | 'Departure' | 'Activation';
export type TransferStatus = 'Open' | 'Rejected' | 'Withdrawn' | 'Completed';
export type StepDecision = 'Confirmed' | 'Rejected' | 'Withdrawn' | 'Filed';

export interface TransferStep {
  step: string;
  by: string;
  byName?: string | null;
  at: Instant;
  decision: StepDecision;
  note?: string | null;
}

/** A terminal's transfer between maintainers, step by step (brief: terminal workflows). */
export interface TransferView {
  transferId: string;
  terminalId: string;
  kind: TransferKind;
  fromStaffId: string;
  toStaffId: string;
  fromInstitutionId: string;
  toInstitutionId: string;
  reason?: string | null;
  status: TransferStatus;
  nextStep: string | null;
  steps: TransferStep[];
}

export interface ApprovalsView {
  items: TransferView[];
}

export interface TerminalSnapshot {
  terminalId: string;
  institutionId: string;
  merchantName: string;
  merchantClientId?: string | null;
  maintainerId: string;
  signedUpAt: Instant;
  lastSaleAt?: Instant | null;
  inactive: boolean;
  inactiveSince?: Instant | null;
  salesCount: number;
  salesAmount: number;
}

/** The transfer an audited step belongs to, for the screen to word in its language. */
export interface AuditedTransfer {
  transferId: string;
  kind: 'Ordinary' | 'Departure' | 'Activation';
  fromStaffId: string | null;
  toStaffId: string;
  note: string | null;
  completed: boolean;
}

export interface AuditEntry {
  at: Instant;
  by: string;
  byName?: string | null;
  role?: string | null;
  action: string;
  /** The server's English sentence; entries with `transfer` are worded from it instead. */
  detail?: string | null;
  address?: string | null;
  transfer?: AuditedTransfer | null;
}

export interface TerminalAudit {
  terminalId: string;
  entries: AuditEntry[];
}

// Month end (issue 6, scope 5): a closed month's frozen statistics and its inactive-terminal list.

export interface WeekFigure {
  from: string;
  to: string;
  newAccounts: number;
  met: boolean;
  complete: boolean;
}

export interface KpiFigures {
  month: string;
  through: string;
  accounts: number;
  newAccounts: number;
  newBasicAccounts: number;
  weeks: WeekFigure[];
  reactivated: number;
  wentDormant: number;
  dormant: number;
  depositsAtStart: number;
  depositsAtEnd: number;
  depositsGrowth: number;
}

export interface TargetCheck {
  perWeek: number;
  perMonth: number;
  basicPerMonth: number;
  weeklyMet: boolean;
  monthlyMet: boolean;
  basicMet: boolean;
}

export interface TerminalTally {
  registered: number;
  activeInMonth: number;
  inactiveAtMonthEnd: number;
}

export interface MonthStatistics {
  institutionId: string;
  institutionName: string;
  month: string;
  generatedAt: string;
  dormantAfterDays: number;
  institution: KpiFigures;
  terminals: TerminalTally;
  subBranches: { institutionId: string; name: string; figures: KpiFigures; targets: TargetCheck; terminals: TerminalTally }[];
  managers: { managerId: string; name: string; figures: KpiFigures }[];
}

export interface InactiveTerminalList {
  institutionId: string;
  month: string;
  generatedAt: string;
  terminals: { terminalId: string; merchantName: string; maintainerId: string; inactiveSince: string | null }[];
}

export interface InstitutionSnapshot {
  institutionId: string;
  name: string;
  kind: 'HeadOffice' | 'Branch' | 'SubBranch';
  parentId: string | null;
}

/** An after-sales work order (issue 6): issued monthly, assigned by the team lead, booked, visited, completed. */
export type WorkOrderStatus = 'Issued' | 'Assigned' | 'Booked' | 'Visited' | 'Completed';
export type WorkOrderFileKind = 'photo' | 'signature';

/** The brief's questions for the after-sales visit. */
export interface WorkPaper {
  businessRunningNormally?: boolean | null;
  businessNote?: string | null;
  repaymentPressure?: boolean | null;
  repaymentPressureNote?: string | null;
  suggestions?: string | null;
  businessDocumentsChecked: boolean;
  askedDirectlyAboutRepaymentPressure: boolean;
}

export interface RiskSignalEntry {
  signal: string;
  note?: string | null;
}

export interface WorkOrderFile {
  fileId: string;
  kind: 'Photo' | 'Signature';
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: Instant;
}

export interface WorkOrderView {
  workOrderId: string;
  institutionId: string;
  month: string;
  clientId: string;
  clientName: string;
  issuedAt: Instant;
  issuedTo: string[];
  focus: boolean;
  loanId: string;
  loanMaturesOn: string;
  status: WorkOrderStatus;
  assigneeId?: string | null;
  bookedFor?: Instant | null;
  paper?: WorkPaper | null;
  riskSignals: RiskSignalEntry[];
  riskReportId?: string | null;
  files: WorkOrderFile[];
  history: { status: WorkOrderStatus; by: string; at: Instant }[];
}

export interface WorkOrderVisitRequest {
  paper: WorkPaper;
  riskSignals: RiskSignalEntry[];
}

export const riskSignals = [
  'LoanForSomeoneElse', 'HighStaffTurnoverOrNoCoreTeam', 'BoastsOfProfitsAndNewProjects', 'OutsideInvestmentWithoutCoreBusiness',
  'FallingFootTrafficInTradingArea', 'PremisesUnattendedForLong', 'UnpaidUtilityOrPropertyFeeNotices', 'Other',
] as const;
