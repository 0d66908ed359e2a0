// Stand-in for the preload in tests: installed with page.addInitScript before the app loads.
// Same shape as the real bridge (Bridge in the contract), calling the test host over HTTP
// instead of IPC. Kept as plain JavaScript source because the test runner's transpiler adds
// helpers to functions that would not exist inside the page.
export function testBridgeScript(apiPath: string): string {
  return `(() => {
    const listeners = new Set();
    const bridge = {
      invoke: async (method, input) => {
        const res = await fetch(${JSON.stringify(apiPath)}, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ method, input }),
        });
        return await res.json();
      },
      onRegisterChanged: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    Object.defineProperty(window, 'boligplan', { value: Object.freeze(bridge) });
  })();`;
}
