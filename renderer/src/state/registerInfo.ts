// The open register's info (municipality, file name, sample flag, "today"), loaded by the
// app frame and shared with the screens.
import { createContext, useContext } from 'react';
import type { RegisterInfo } from '../../../main/contract/api';

export const RegisterInfoContext = createContext<RegisterInfo | null>(null);

export function useRegisterInfo(): RegisterInfo | null {
  return useContext(RegisterInfoContext);
}

/** Today as the register sees it (a fixed date in tests), falling back to the local date. */
export function useToday(): string {
  const info = useRegisterInfo();
  if (info) return info.today;
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
