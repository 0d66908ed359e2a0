// The one API between renderer and main. Both sides import these types; main validates
// every payload against the input schema before a handler runs.
import { z } from 'zod';
import type { Household, Tenancy, Unit, UnitStatus, Tenure, Urgency } from '../domain/types';
import type { Scenario } from '../domain/scenario/actions';
import type { CrowdingRule } from '../domain/rules';
import type { RegisterSnapshot } from '../domain/scenario/needs';
import { scenarioSchema } from './scenario';
import { TENURES, UNIT_STATUSES, NEED_KINDS, TARGET_GROUPS, URGENCIES } from '../domain/types';
import {
  choice,
  crowdingRuleFields,
  householdFields,
  id,
  int,
  listQuery,
  needFields,
  requiredText,
  tenancyFields,
  tenancyUpdate,
  unitFields,
  bool,
  text,
} from './fields';
import {
  importApplyInput,
  importPreviewInput,
  importUndoInput,
  showInFolderInput,
  snapshotCompareInput,
  type ImportApplied,
  type ImportPreview,
  type ImportRun,
  type SavedFile,
  type SnapshotComparison,
} from './import';
import { exportPlanInput, exportShowInFolderInput, type ExportedFile } from './export';
import { grantFields, grantUpdate, loanFields, loanUpdate, type FinanceOverview } from './finance';
import type { ExistingLoan, GrantRecord } from '../domain/types';
import {
  scenarioExportFileInput,
  scenarioImportFileInput,
  type ChosenScenarioFile,
} from './scenarioFile';
import {
  loanImportApplyInput,
  loanImportPreviewInput,
  loanImportUndoInput,
  type LoanImportPreview,
  type LoanImportRun,
} from './loanImport';
import {
  endingExportInput,
  endingQuery,
  followUpInput,
  needLinkInput,
  needStatusInput,
  type EndingPage,
  type NeedCase,
} from './followUp';
import { NEED_STATUSES } from '../domain/casework';
import { kostraExportInput, kostraGetInput, kostraSaveInput, type KostraReport } from './kostra';
import { backupFileInput, type BackupInfo, type BackupList } from './backup';
import { warningListInput, warningSetSeenInput, type WarningSeen } from './warnings';
import { reportInput, reportPrintInput, type ReportPrinted } from './report';
import type { ReportModel } from '../report/model';
import {
  adoptPlanInput,
  planFollowUpGetInput,
  stockEventInput,
  unitCreateWithArrivalInput,
  unitDeleteWithReasonInput,
  type AdoptedPlan,
  type PlanFollowUpReport,
} from './planFollowUp';
import type { StockEvent } from '../domain/planFollowUp';
import { suggestInput, type SuggestOutcome, type SuggestProgress } from './suggest';

// ---- Output types -------------------------------------------------------------------------

export interface Page<T> {
  rows: T[];
  total: number;
}

export interface RegisterInfo {
  path: string;
  fileName: string;
  municipality: string;
  isSample: boolean;
  schemaVersion: number;
  /** The date the register treats as "today" (ISO). */
  today: string;
  /** Set when another program holds the register's lock: open read-only, and why. */
  readOnly: { message: string; canOpenAnyway: boolean } | null;
}

export interface UnitRow extends Unit {
  areaName: string | null;
  householdId: number | null;
  householdRef: string | null;
  contractEnd: string | null;
  persons: number | null;
  crowded: boolean;
}

export interface HouseholdRow extends Household {
  tenancyId: number | null;
  unitId: number | null;
  unitNo: string | null;
  contractStart: string | null;
  contractEnd: string | null;
  contractExpired: boolean;
  persons: number;
  bedroomsNeeded: number;
  crowded: boolean;
}

export type NeedRow = NeedCase;

export interface TenancyRow extends Tenancy {
  unitNo: string;
  householdRef: string;
}

export interface ChangeEntry {
  id: number;
  at: string;
  entity: string;
  entityId: number;
  action: 'create' | 'update' | 'delete' | 'import';
  summary: string;
}

export interface UnitDetail {
  unit: Unit;
  /** The record's version when read: an edit form sends it back with its save. */
  version: number;
  tenancies: TenancyRow[];
  changes: ChangeEntry[];
  /** The loans and grants on record that cover this home. */
  finance: FinanceOverview;
}

export interface HouseholdDetail {
  household: Household;
  /** The record's version when read: an edit form sends it back with its save. */
  version: number;
  tenancies: TenancyRow[];
  bedroomsNeeded: number;
  /** The current tenancy's contract has ended (the household still lives there). */
  contractExpired: boolean;
  /** Applications linked to the household that are still open (registrert, innvilget). */
  openNeeds: NeedCase[];
  changes: ChangeEntry[];
}

export interface Overview {
  municipality: string;
  isSample: boolean;
  today: string;
  units: {
    total: number;
    byTenure: Record<Tenure, number>;
    byStatus: Record<UnitStatus, number>;
    byBedrooms: { bedrooms: string; count: number }[];
    wheelchairAccessible: number;
    /** Share of the stock that is wheelchair-accessible (0–1; 0 when there are no homes). */
    wheelchairShare: number;
  };
  vacant: { id: number; unitNo: string; address: string; bedrooms: number; since: string | null }[];
  leasesEnding: {
    kind: 'kontrakt' | 'framleie';
    unitId: number;
    unitNo: string;
    householdRef: string | null;
    end: string;
  }[];
  /** How many leases end in the next 12 months (the list above is capped; these are not). */
  leasesEndingCount: { total: number; kontrakt: number; framleie: number };
  expiredContracts: number;
  households: number;
  children: number;
  householdsWithChildren: number;
  crowded: { householdId: number; ref: string; unitNo: string; persons: number; rooms: number }[];
  waitingList: {
    applicants: number;
    byUrgency: Record<Urgency, number>;
    byBedrooms: { bedrooms: string; count: number }[];
  };
  forecasts: { year: number; households: number }[];
}

export interface Summary {
  municipality: string;
  isSample: boolean;
  units: { total: number; byTenure: Record<Tenure, number>; byStatus: Record<UnitStatus, number> };
  households: number;
  children: number;
  needs: number;
  /** Current tenants crowded by SSB's rule (both conditions). */
  crowdedHouseholds: number;
  /** Existing loans: count and balance at 1 January this year (see existingDebt.ts). */
  loans: { count: number; balance: number };
  /** Grants on record: count and the part not yet written down today. */
  grants: { count: number; remaining: number };
}

export interface Settings {
  municipality: string;
  isSample: boolean;
  /** The register's crowding rule (SSB's by default). */
  crowdingRule: CrowdingRule;
}

export interface ScenarioSummary {
  id: number;
  name: string;
  description: string;
  startYear: number;
  years: number;
  actionCount: number;
  updatedAt: string;
}

export interface StoredScenario {
  id: number;
  description: string;
  updatedAt: string;
  /** The scenario's version when read: the editor sends it back with its save. */
  version: number;
  scenario: Scenario;
}

// ---- Input schemas ------------------------------------------------------------------------

const none = z.object({}).strict().optional();
/** The version an edit form read: the save is refused if the record changed since. */
const version = () => z.number({ error: 'må være et tall' }).int().min(0).optional();
const byId = z.object({ id: id() });

export const unitQuery = listQuery.extend({
  status: choice(UNIT_STATUSES).optional(),
  tenure: choice(TENURES).optional(),
  areaId: id().optional(),
  bedrooms: int(0, 20).optional(),
  wheelchairAccessible: bool().optional(),
});

export const householdQuery = listQuery.extend({
  withChildren: bool().optional(),
  crowded: bool().optional(),
  expired: bool().optional(),
  housed: bool().optional(),
});

export const needQuery = listQuery.extend({
  kind: choice(NEED_KINDS).optional(),
  targetGroup: choice(TARGET_GROUPS).optional(),
  urgency: choice(URGENCIES).optional(),
  status: choice(NEED_STATUSES).optional(),
  householdId: id().optional(),
  /** Only applications still open (registrert, innvilget) and forecasts. */
  open: bool().optional(),
});

// ---- The contract -------------------------------------------------------------------------

/** `method<Output>()(inputSchema)`: binds an input schema to an output type. */
const method =
  <O>() =>
  <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });

export const contract = {
  'register.info': method<RegisterInfo>()(none),
  'register.summary': method<Summary>()(none),
  /** Takes over a stale register lock («Åpne likevel») and reopens for writing. */
  'register.openAnyway': method<RegisterInfo>()(none),
  'overview.get': method<Overview>()(none),
  'settings.get': method<Settings>()(none),
  'settings.update': method<Settings>()(
    z.object({ municipality: requiredText(80), crowdingRule: crowdingRuleFields.optional() }),
  ),

  'areas.list': method<{ id: number; name: string }[]>()(none),
  'areas.create': method<{ id: number; name: string }>()(z.object({ name: requiredText(80) })),

  'units.list': method<Page<UnitRow>>()(unitQuery),
  'units.get': method<UnitDetail>()(byId),
  'units.create': method<Unit>()(unitFields),
  'units.update': method<Unit>()(z.object({ id: id(), unit: unitFields, version: version() })),
  'units.delete': method<{ id: number }>()(byId),

  'households.list': method<Page<HouseholdRow>>()(householdQuery),
  'households.get': method<HouseholdDetail>()(byId),
  'households.create': method<Household>()(householdFields),
  'households.update': method<Household>()(
    z.object({ id: id(), household: householdFields, version: version() }),
  ),
  'households.delete': method<{ id: number }>()(byId),

  'tenancies.create': method<Tenancy>()(tenancyFields),
  'tenancies.update': method<Tenancy>()(tenancyUpdate),
  'tenancies.delete': method<{ id: number }>()(byId),

  'needs.list': method<Page<NeedRow>>()(needQuery),
  'needs.get': method<NeedCase & { version: number }>()(byId),
  'needs.create': method<NeedCase>()(needFields),
  'needs.update': method<NeedCase>()(z.object({ id: id(), need: needFields, version: version() })),
  'needs.delete': method<{ id: number }>()(byId),
  // Issue 13: the application lifecycle and the contract follow-up.
  'needs.setStatus': method<NeedCase>()(needStatusInput),
  'needs.link': method<NeedCase>()(needLinkInput),
  'followUp.list': method<EndingPage>()(endingQuery),
  'followUp.set': method<{ kind: string; refId: number }>()(followUpInput),
  'followUp.export': method<SavedFile | null>()(endingExportInput),
  'kostra.get': method<KostraReport>()(kostraGetInput),
  'kostra.save': method<KostraReport>()(kostraSaveInput),
  'kostra.export': method<SavedFile | null>()(kostraExportInput),
  // Issue 13.3: the adopted plan, the stock events and «Plan og resultat».
  'planFollowUp.get': method<PlanFollowUpReport>()(planFollowUpGetInput),
  'planFollowUp.adopted': method<AdoptedPlan[]>()(none),
  'planFollowUp.adopt': method<AdoptedPlan>()(adoptPlanInput),
  'planFollowUp.unadopt': method<{ id: number }>()(byId),
  'stockEvents.create': method<StockEvent>()(stockEventInput),
  'stockEvents.delete': method<{ id: number }>()(byId),
  /** «Ny bolig» with «Hvordan kom boligen inn?» (one transaction). */
  'units.createWithArrival': method<Unit>()(unitCreateWithArrivalInput),
  /** Deleting a home with why it went out (one transaction). */
  'units.deleteWithReason': method<{ id: number }>()(unitDeleteWithReasonInput),
  'kobo.exportHomes': method<SavedFile | null>()(none),
  'kobo.importHomes': method<{ fileName: string; created: number; updated: number } | null>()(none),

  'finance.overview': method<FinanceOverview>()(none),
  'loans.get': method<ExistingLoan>()(byId),
  'loans.create': method<ExistingLoan>()(loanFields),
  'loans.update': method<ExistingLoan>()(loanUpdate),
  'loans.delete': method<{ id: number }>()(byId),
  'grants.get': method<GrantRecord>()(byId),
  'grants.create': method<GrantRecord>()(grantFields),
  'grants.update': method<GrantRecord>()(grantUpdate),
  'grants.delete': method<{ id: number }>()(byId),

  // The finance department's loan list (issue 10).
  'loanImport.chooseFile': method<{ token: string; fileName: string } | null>()(none),
  'loanImport.preview': method<LoanImportPreview>()(loanImportPreviewInput),
  'loanImport.apply': method<LoanImportRun>()(loanImportApplyInput),
  'loanImport.history': method<LoanImportRun[]>()(none),
  'loanImport.undo': method<LoanImportRun>()(loanImportUndoInput),
  'loanImport.saveTemplate': method<SavedFile | null>()(none),

  'changes.list': method<Page<ChangeEntry>>()(listQuery),

  // The annual unit survey import (issue 6).
  'import.chooseFile': method<{ token: string; fileName: string } | null>()(none),
  'import.preview': method<ImportPreview>()(importPreviewInput),
  'import.apply': method<ImportApplied>()(importApplyInput),
  'import.history': method<ImportRun[]>()(none),
  'import.undo': method<ImportRun>()(importUndoInput),
  'import.saveTemplate': method<SavedFile | null>()(none),
  'register.exportSurvey': method<SavedFile | null>()(none),
  /** The homes without personal data, for the property department (issue 5.6). */
  'register.exportHomes': method<SavedFile | null>()(none),
  'shell.showInFolder': method<{ shown: boolean }>()(showInFolderInput),
  'snapshots.compare': method<SnapshotComparison>()(snapshotCompareInput),

  /** The register as the scenario engine (in the renderer) reads it. */
  'plan.snapshot': method<RegisterSnapshot>()(none),
  /** Changes when the snapshot would: the renderer refetches the snapshot only then. */
  'plan.revision': method<{ revision: string }>()(none),
  'scenarios.list': method<ScenarioSummary[]>()(none),
  'scenarios.get': method<StoredScenario>()(byId),
  'scenarios.create': method<StoredScenario>()(
    z.object({ scenario: scenarioSchema, description: text(500).optional() }),
  ),
  'scenarios.save': method<StoredScenario>()(
    z.object({
      id: id(),
      scenario: scenarioSchema,
      description: text(500).optional(),
      version: version(),
    }),
  ),
  'scenarios.duplicate': method<StoredScenario>()(z.object({ id: id(), name: requiredText(80) })),
  'scenarios.delete': method<{ id: number }>()(byId),
  // Scenario files (issue 10.5): «Eksporter scenario» / «Importer scenario».
  'scenarios.exportFile': method<ExportedFile | null>()(scenarioExportFileInput),
  'scenarios.chooseFile': method<ChosenScenarioFile | null>()(none),
  'scenarios.importFile': method<StoredScenario>()(scenarioImportFileInput),
  // The planner's «sett» marks on a scenario's warnings (issue 12.3).
  'warnings.listSeen': method<WarningSeen[]>()(warningListInput),
  /** Marks a warning as seen with a reason (reason null removes the mark); returns all marks. */
  'warnings.setSeen': method<WarningSeen[]>()(warningSetSeenInput),
  // «Foreslå plan» (issue 15): the cheapest plan meeting a target; runs HiGHS in a worker.
  'plan.suggest': method<SuggestOutcome>()(suggestInput),
  'plan.suggestProgress': method<SuggestProgress>()(none),

  // Excel export of a housing plan for the budget process (issue 5).
  'export.plan': method<ExportedFile | null>()(exportPlanInput),
  'export.showInFolder': method<{ shown: boolean }>()(exportShowInFolderInput),

  // The printable plan (issue 12.4): the report's model and «Skriv ut / lagre som PDF».
  'report.model': method<ReportModel>()(reportInput),
  'report.printToPdf': method<ReportPrinted>()(reportPrintInput),

  // Backups of the register (issue 14).
  'backups.list': method<BackupList>()(none),
  'backups.create': method<BackupInfo>()(none),
  /** Restores a backup; the register as it was is backed up first. Returns that backup. */
  'backups.restore': method<BackupInfo>()(backupFileInput),
  'backups.showFolder': method<{ shown: boolean }>()(none),
};

export type Contract = typeof contract;
export type ApiMethod = keyof Contract;
/** What the caller sends (before defaults and coercion). */
export type ApiInput<K extends ApiMethod> = z.input<Contract[K]['input']>;
/** What the handler receives (after validation). */
export type ApiParsed<K extends ApiMethod> = z.output<Contract[K]['input']>;
export type ApiOutput<K extends ApiMethod> = Contract[K]['output'];

export const API_METHODS = Object.keys(contract) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

// ---- Results and errors -------------------------------------------------------------------

export interface FieldIssue {
  /** Field name (or path, e.g. "unit.rentMonthly"). */
  field: string;
  /** Norwegian message that names the field, e.g. "Månedsleie: kan ikke være negativ". */
  message: string;
}

export type ApiErrorCode =
  'validation' | 'not_found' | 'conflict' | 'unknown_method' | 'register' | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  issues: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** What the preload (or the test host's stand-in) puts on `window.boligplan`. */
export interface Bridge {
  invoke<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<ApiOutput<K>>>;
  /** Called when the shell switched to another register file (Fil → Ny / Åpne). */
  onRegisterChanged(listener: () => void): () => void;
}

export const IPC_CHANNEL = 'boligplan:api';
export const IPC_REGISTER_CHANGED = 'boligplan:register-changed';
