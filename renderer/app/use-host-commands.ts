/** Menu commands from the host run the matching action (renderer/actions/registry.ts). */
import { useCallback, useEffect, useRef } from 'react';
import { runCommand, type ActionContext } from '../actions/registry';
import type { Host, HostCommand } from '../host/types';

/** Returns the command runner, which always sees the latest context (tests send commands through it too). */
export function useHostCommands(host: Host, ctx: () => ActionContext): (command: HostCommand) => void {
  const latest = useRef(ctx);
  latest.current = ctx;
  const run = useCallback((command: HostCommand) => runCommand(command, latest.current()), []);
  useEffect(() => host.onCommand(run), [host, run]);
  return run;
}
