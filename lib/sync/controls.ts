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
import type { WorkspaceSettings } from './protocol';
import { type SyncResult, syncWithWorkspace } from './run';
import { CURRENT } from './state';
import { queueSignalsNamingAuthors, type WorkspaceAdmin, workspaceAdmin } from './workspace';

/** What the options page does with a workspace. The page is in the extension origin: it calls lib directly. */
export interface WorkspaceControls {
  overview(): Promise<SyncOverview>;
  /** Creates or joins, then syncs at once, so the workspace's records arrive straight away. */
  connect(request: ConnectRequest): Promise<void>;
  /** The user's "sync now": `consented` is the browser's permission to send data, asked for in the click. */
  syncNow(consented: boolean): Promise<SyncResult>;
  /**
   * An owner changes the workspace's settings. Turning pseudonyms on syncs (so this browser's
   * signals are the workspace's latest), then queues every signal that names its author, to go
   * out without it. `consented` is as for syncNow.
   */
  changeSettings(settings: Partial<WorkspaceSettings>, consented: boolean): Promise<void>;
  leave(): Promise<void>;
  leaveOutBlockedChange(): Promise<void>;
  dismissRefusedChanges(): Promise<void>;
  admin: WorkspaceAdmin;
}

export function workspaceControls(deps: MembershipDeps): WorkspaceControls {
  const admin = workspaceAdmin(deps);
  return {
    overview: () => syncOverview(deps.db),
    connect: async (request) => {
      await connectWorkspace(deps, request);
      await syncWithWorkspace(deps, { force: true });
    },
    syncNow: (consented) => syncWithWorkspace(deps, { force: true, consented }),
    changeSettings: async (settings, consented) => {
      const before = (await deps.db.syncConnection.get(CURRENT))?.settings;
      const after = (await admin.changeSettings(settings)).settings;
      if (!after?.pseudonymiseAuthors || before?.pseudonymiseAuthors) return;
      await syncWithWorkspace(deps, { force: true, consented });
      await queueSignalsNamingAuthors(deps.db);
    },
    leave: () => leaveWorkspace(deps),
    leaveOutBlockedChange: () => leaveOutBlockedChange(deps.db, deps.now()),
    dismissRefusedChanges: () => dismissRefusedChanges(deps.db),
    admin,
  };
}
