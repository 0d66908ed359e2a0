// The preload: exposes one small, typed API on window.boligplan. No ipcRenderer, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, IPC_REGISTER_CHANGED, isApiMethod, type Bridge } from '../main/contract/api';

const bridge = {
  invoke: (method, input) => {
    if (!isApiMethod(method)) {
      return Promise.resolve({
        ok: false,
        error: {
          code: 'unknown_method',
          message: `Ukjent funksjon: ${String(method)}`,
          issues: [],
        },
      });
    }
    return ipcRenderer.invoke(IPC_CHANNEL, method, input);
  },
  onRegisterChanged: (listener) => {
    const handler = () => listener();
    ipcRenderer.on(IPC_REGISTER_CHANGED, handler);
    return () => ipcRenderer.removeListener(IPC_REGISTER_CHANGED, handler);
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('boligplan', bridge);
