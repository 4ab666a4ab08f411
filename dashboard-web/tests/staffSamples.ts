// Staff-side sample data in the server's wire shapes (issue 6 contract).
import type { StaffWorkItem, StaffWorklistView, TransferView } from '../src/types';

export const item = (over: Partial<StaffWorkItem> & { id: string }): StaffWorkItem => ({
  kind: 'VisitDue',
  dueAt: null,
  detail: null,
  ownerId: null,
  title: `Client ${over.id}`,
  institutionId: 'SB-FT',
  ...over,
});

export const staffWorklist = (over: Partial<StaffWorklistView> = {}): StaffWorklistView => ({
  staffId: 'CM-1',
  asOf: '2026-02-12T02:00:00Z',
  visitsDue: [],
  visitsOverdue: [],
  remindersToMake: [],
  promisesDue: [],
  inactiveTerminals: [],
  approvals: [],
  workOrders: [],
  ...over,
});

export const transfer = (over: Partial<TransferView> = {}): TransferView => ({
  transferId: 'TR-1',
  terminalId: 'T-88',
  kind: 'Ordinary',
  fromStaffId: 'CM-1',
  toStaffId: 'CM-2',
  fromInstitutionId: 'SB-FT',
  toInstitutionId: 'SB-LH',
  reason: 'Merchant moved to Luohu',
  status: 'Open',
  nextStep: 'OutgoingHeadConfirmed',
  steps: [
    { step: 'Filed', by: 'CM-1', byName: 'Li Wei', at: '2026-02-12T01:00:00Z', decision: 'Filed', note: null },
    { step: 'MaintainerConfirmed', by: 'CM-2', byName: 'Zhang Min', at: '2026-02-12T01:30:00Z', decision: 'Confirmed', note: 'Will visit Monday' },
  ],
  ...over,
});
