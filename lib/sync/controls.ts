import {
  type ConnectRequest,
  connectWorkspace,
  leaveWorkspace,
  type MembershipDeps,
} from './membership';
import {
  dismissRefusedChanges,
  leaveOutBlockedChange,
  type SyncOverview,
  syncOverview,
} from './overview';
import { type SyncResult, syncWithWorkspace } from './run';
import { type WorkspaceAdmin, workspaceAdmin } from './workspace';

/** What the options page does with a workspace. The page is in the extension origin: it calls lib directly. */
export interface WorkspaceControls {
  overview(): Promise<SyncOverview>;
  /** Creates or joins, then syncs at once, so the workspace's records arrive straight away. */
  connect(request: ConnectRequest): Promise<void>;
  /** The user's "sync now": `consented` is the browser's permission to send data, asked for in the click. */
  syncNow(consented: boolean): Promise<SyncResult>;
  leave(): Promise<void>;
  leaveOutBlockedChange(): Promise<void>;
  dismissRefusedChanges(): Promise<void>;
  admin: WorkspaceAdmin;
}

export function workspaceControls(deps: MembershipDeps): WorkspaceControls {
  return {
    overview: () => syncOverview(deps.db),
    connect: async (request) => {
      await connectWorkspace(deps, request);
      await syncWithWorkspace(deps, { force: true });
    },
    syncNow: (consented) => syncWithWorkspace(deps, { force: true, consented }),
    leave: () => leaveWorkspace(deps),
    leaveOutBlockedChange: () => leaveOutBlockedChange(deps.db, deps.now()),
    dismissRefusedChanges: () => dismissRefusedChanges(deps.db),
    admin: workspaceAdmin(deps),
  };
}
