// A scripted ShellPort for tests: the test says which file the next dialog "picks".
import type { ShellPort } from '../../main/services/shell';

export class FakeShell implements ShellPort {
  /** Paths the next open dialogs return, in order; empty means "cancelled". */
  readonly openQueue: string[] = [];
  /** Paths the next save dialogs return, in order; empty means "cancelled". */
  readonly saveQueue: string[] = [];
  /** Default names the app proposed in save dialogs, for asserting on. */
  readonly proposedNames: string[] = [];
  readonly shownInFolder: string[] = [];

  chooseOpenFile(): Promise<string | null> {
    return Promise.resolve(this.openQueue.shift() ?? null);
  }

  chooseSaveFile(options: { defaultName: string }): Promise<string | null> {
    this.proposedNames.push(options.defaultName);
    return Promise.resolve(this.saveQueue.shift() ?? null);
  }

  showInFolder(path: string): void {
    this.shownInFolder.push(path);
  }
}
