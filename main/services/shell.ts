// What handlers may ask of the desktop shell: file dialogs and showing a file in its folder.
// Electron implements it in main/electron/shell.ts; the test host has a scripted fake.
import { randomUUID } from 'node:crypto';
import { AppError } from '../register/errors';
import type { PdfPrintOptions } from '../report/print';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface ShellPort {
  /** Lets the planner pick a file to read. Null when cancelled. */
  chooseOpenFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Lets the planner choose where to save. Null when cancelled. */
  chooseSaveFile(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
  /** Opens the file's folder in the system file manager. */
  showInFolder(path: string): void;
  /**
   * Prints the window's page (the report) to PDF. Only the Electron shell can; where it is
   * missing (the test host) the page prints itself with window.print().
   */
  printToPdf?(options: PdfPrintOptions): Promise<Uint8Array>;
}

/**
 * The renderer never sends file paths: it gets an opaque token for a file the planner picked
 * in a dialog, and main resolves the token. A page cannot make main read an arbitrary file.
 */
export class FileTokens {
  private readonly paths = new Map<string, string>();

  issue(path: string): string {
    const token = randomUUID();
    this.paths.set(token, path);
    return token;
  }

  resolve(token: string): string {
    const path = this.paths.get(token);
    if (!path)
      throw new AppError(
        'validation',
        'Filen er ikke valgt (eller valget er utløpt). Velg filen på nytt.',
      );
    return path;
  }
}

/** A shell that never shows dialogs: for the CLI. */
export const noShell: ShellPort = {
  chooseOpenFile: () => Promise.resolve(null),
  chooseSaveFile: () => Promise.resolve(null),
  showInFolder: () => {},
};
