// Quantities behind the budget of register homes, per year: monthly rent of homes in use,
// rent paid to private owners per month, m² of owned homes, and homes (year shares). The
// engine multiplies these by the assumptions (rent × 12 × rent growth, m² × maintenance per m²
// × cost growth, …); the workbook does the same in formulas, from these quantities written as
// values («fra Boligplan»): which homes a segment sale picks, when framleie leases end and how
// a rehabilitation takes homes out of use are the engine's work, not the spreadsheet's.
//
// The quantities come from runPlan itself (PlanResult.basis), the same numbers it multiplied,
// so the export cannot drift from the engine; this module only looks up the register's homes.
import type { Unit } from '../domain/types';
import type { ActionRegisterBasis, PlanResult, RegisterQuantities } from '../domain/scenario/plan';
import type { RegisterSnapshot } from '../domain/scenario/needs';

/** Per-year quantities (index 0 = the scenario's start year). */
export type Quantities = RegisterQuantities;

/** What an action does to the existing loans and grants, per year (ActionRegisterBasis.debt). */
export type ActionDebt = ActionRegisterBasis['debt'];

export interface ActionBasis {
  /** Change of the quantities caused by the action (marginal, like its budget lines). */
  delta: Quantities;
  debt: ActionDebt;
  /** Register homes the action sells (sales and leie-til-eie), in the engine's order. */
  sold: Unit[];
  /** Register homes the action names or picks (for the Tiltak sheet). */
  units: Unit[];
}

export interface RegisterBasis {
  /** The existing stock without actions (the line «Eksisterende boligmasse»). */
  base: Quantities;
  /** The existing loans' interest, instalments and balance without actions. */
  baseDebt: PlanResult['basis']['registerDebt'];
  /** Actions that change register homes, by action id. */
  actions: Map<string, ActionBasis>;
}

/** The register basis of a plan; `snapshot` is the register the plan was run against. */
export function registerBasis(snapshot: RegisterSnapshot, plan: PlanResult): RegisterBasis {
  const byId = new Map<number, Unit>(snapshot.units.map((u) => [u.id, u]));
  const homes = (ids: number[]): Unit[] =>
    ids.map((id) => {
      const u = byId.get(id);
      if (!u) throw new Error(`Planresultatet viser til bolig ${id}, som ikke er i registeret`);
      return u;
    });
  return {
    base: plan.basis.register,
    baseDebt: plan.basis.registerDebt,
    actions: new Map(
      plan.basis.actions.map((a) => [
        a.actionId,
        {
          delta: a.delta,
          debt: a.debt,
          sold: homes(a.soldUnitIds),
          units: homes(a.unitIds),
        },
      ]),
    ),
  };
}
