// The workbook's cells before they are written: nodes (values or formulas) that sheets place,
// and the step that turns formula tokens into addresses and writes everything with ExcelJS.
import type ExcelJS from 'exceljs';
import { Node, TOKEN, type X } from './expr';

export type Style = Partial<Pick<ExcelJS.Style, 'numFmt' | 'font' | 'alignment' | 'fill'>>;

interface Placed {
  node: Node;
  ws: ExcelJS.Worksheet;
  style: Style | undefined;
}

export class Book {
  private nextId = 1;
  private readonly placed: Placed[] = [];

  /** A plain value. */
  value(v: number | string | null): Node {
    return new Node(this.nextId++, v, false);
  }

  /** A formula; `cached` is the result stored with it (default: its own computed value). */
  formula(x: X, cached?: number | string): Node {
    const n = new Node(this.nextId++, cached ?? x.v, x.int);
    n.formula = x.f;
    return n;
  }

  /** Places a node in a cell (once). */
  place(ws: ExcelJS.Worksheet, row: number, col: number, node: Node, style?: Style): void {
    if (node.at) {
      throw new Error(`Celle ${node.id} er allerede plassert i ${node.at.sheet}`);
    }
    node.at = { sheet: ws.name, row, col };
    this.placed.push({ node, ws, style });
  }

  /** Writes every placed node; throws if a formula refers to a node no sheet placed. */
  flush(): void {
    const byId = new Map<number, Node>();
    for (const p of this.placed) byId.set(p.node.id, p.node);
    for (const { node, ws, style } of this.placed) {
      const at = node.at!;
      const cell = ws.getCell(at.row, at.col);
      if (node.formula !== null) {
        const formula = node.formula.replace(TOKEN, (_m, id: string) => {
          const target = byId.get(Number(id));
          if (!target?.at) {
            throw new Error(
              `Formelen i ${ws.name}!${columnLetter(at.col)}${at.row} viser til en celle som ikke er plassert (${node.formula})`,
            );
          }
          return address(target.at, at.sheet);
        });
        cell.value = { formula, result: node.value ?? 0 } as ExcelJS.CellFormulaValue;
      } else {
        cell.value = node.value;
      }
      if (style) Object.assign(cell, style);
    }
  }
}

export function columnLetter(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  }
  return s;
}

export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A1 address, sheet-qualified when it is on another sheet. */
export function address(at: { sheet: string; row: number; col: number }, from: string): string {
  const a = `${columnLetter(at.col)}${at.row}`;
  return at.sheet === from ? a : `${sheetRef(at.sheet)}!${a}`;
}
