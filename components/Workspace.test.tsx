// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VliegwielDatabase } from '../lib/db/database';
import type { MessageKey } from '../lib/i18n';
import { workspaceControls } from '../lib/sync/controls';
import type { Fetch } from '../lib/sync/server-api';
import { CURRENT } from '../lib/sync/state';
import { SERVER_URL } from '../lib/sync/sync-fixture';
import { memorySettings } from '../lib/sync/testing-settings';
import { fixedClock } from '../lib/testing/factories';
import { WorkspaceSection } from './Workspace';
import { ConnectForm } from './workspace/ConnectForm';

// The real server cannot run in this DOM environment (its files are bundled as for a web page),
// so the section talks to a small stand-in that answers as contract 4 does; the sync itself is
// tested against the real server in lib/sync/sync.test.ts and end to end.

const t = (key: MessageKey, substitutions?: string[]) =>
  substitutions ? `${key}(${substitutions.join('|')})` : key;

interface StandInMember {
  id: string;
  name: string;
  role: 'owner' | 'moderator' | 'member';
  token: string;
  removed?: boolean;
  /** Unused so long that the server refuses its token as expired. */
  expired?: boolean;
}

/** One workspace, its members, invites and tokens; sync pushes are acknowledged, pulls empty. */
function standInServer() {
  const members: StandInMember[] = [];
  const invites = new Map<
    string,
    { code: string; role: StandInMember['role']; expiresAt: string }
  >();
  const workspace = { id: crypto.randomUUID(), name: '' };
  const settings = { pseudonymiseAuthors: false, retentionDays: null as number | null };
  const pseudonymKey = 'k'.repeat(43);
  const requests: string[] = [];
  const bodies: unknown[] = [];
  let next = 0;
  const json = (status: number, body?: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status });
  const refusal = (status: number, code: string) =>
    json(status, { error: { code, message: code } });
  const view = ({ id, name, role }: StandInMember) => ({ id, name, role });
  const join = (name: string, role: StandInMember['role']) => {
    const member = { id: crypto.randomUUID(), name, role, token: `token-${++next}` };
    members.push(member);
    return json(201, { workspace, member: view(member), token: member.token });
  };
  const fetch: Fetch = async (input, init = {}) => {
    const path = input.slice(SERVER_URL.length);
    const method = init.method ?? 'GET';
    requests.push(`${method} ${path}`);
    const body = init.body ? JSON.parse(String(init.body)) : {};
    if (init.body) bodies.push(body);
    if (method === 'POST' && path === '/v1/workspaces') {
      workspace.name = body.name;
      return join(body.memberName, 'owner');
    }
    if (method === 'POST' && path === '/v1/join') {
      const invite = invites.get(body.code);
      if (!invite) return refusal(404, 'invite-not-found');
      invites.delete(body.code);
      return join(body.memberName, invite.role);
    }
    const token = new Headers(init.headers).get('Authorization')?.replace('Bearer ', '');
    const caller = members.find((member) => member.token === token && !member.removed);
    if (!caller) return refusal(401, 'revoked-token');
    if (caller.expired) return refusal(401, 'token-expired');
    const description = () => ({
      workspace,
      settings,
      pseudonymKey,
      member: view(caller),
      members: members.filter((member) => !member.removed).map(view),
    });
    if (method === 'PATCH' && path === '/v1/workspace') {
      if (caller.role !== 'owner') return refusal(403, 'forbidden');
      Object.assign(settings, body.settings);
      return json(200, description());
    }
    if (path === '/v1/workspace') return json(200, description());
    if (method === 'POST' && path === '/v1/invites') {
      const invite = {
        code: `code-${++next}-abcdefghijkl`,
        role: body.role,
        expiresAt: '2026-12-04T10:00:00.000Z',
      };
      invites.set(invite.code, invite);
      return json(201, invite);
    }
    if (path === '/v1/invites') return json(200, { invites: [...invites.values()] });
    if (method === 'DELETE' && path.startsWith('/v1/invites/')) {
      invites.delete(decodeURIComponent(path.slice('/v1/invites/'.length)));
      return json(204);
    }
    if (method === 'DELETE' && path.startsWith('/v1/members/')) {
      const target = members.find((member) => member.id === path.slice('/v1/members/'.length));
      if (target) target.removed = true;
      return json(204);
    }
    if (path === '/v1/sync/push')
      return json(200, { lastMutationId: body.mutations.at(-1)?.id ?? 0 });
    if (path.startsWith('/v1/sync/pull')) return json(200, { cursor: 0, changes: [], more: false });
    return refusal(404, 'not-found');
  };
  return { fetch, requests, bodies, members };
}

const opened: VliegwielDatabase[] = [];
afterEach(async () => {
  cleanup();
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** One browser of the stand-in server. */
function browser(server: ReturnType<typeof standInServer>) {
  const db = new VliegwielDatabase(`workspace-${crypto.randomUUID()}`);
  opened.push(db);
  const clock = fixedClock();
  return {
    db,
    clock,
    deps: {
      db,
      fetch: server.fetch,
      now: clock.now,
      newId: () => crypto.randomUUID(),
      settings: memorySettings(),
    },
  };
}
type Browser = ReturnType<typeof browser>;

function renderWorkspace(
  at: Browser,
  requestDataSharing = vi.fn(async () => true),
  memberName = 'Anna',
) {
  const controls = workspaceControls(at.deps);
  render(
    <WorkspaceSection
      t={t}
      language="en"
      controls={controls}
      requestDataSharing={requestDataSharing}
      memberName={memberName}
      now={at.clock.now}
    />,
  );
  return { controls, requestDataSharing };
}

function fill(form: HTMLElement, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    const input = form.querySelector(`[name="${name}"]`) as HTMLInputElement;
    fireEvent.input(input, { target: { value } });
  }
}

async function createWorkspace(form: HTMLElement, name = 'Buurt Oost') {
  fill(form, { server: SERVER_URL, workspace: name });
  fireEvent.click(within(form).getByText('workspaceCreate'));
}

describe('the workspace section', () => {
  it('creates a workspace, with the name from the settings and nothing old shared unless ticked', async () => {
    const anna = browser(standInServer());
    const { requestDataSharing } = renderWorkspace(anna);
    const form = await screen.findByTestId('workspace-create');
    expect((form.querySelector('[name="member"]') as HTMLInputElement).value).toBe('Anna');
    expect((form.querySelector('[name="share"]') as HTMLInputElement).checked).toBe(false);
    await createWorkspace(form);

    expect(await screen.findByTestId('workspace-name')).toHaveProperty(
      'textContent',
      `workspaceConnectedTo(Buurt Oost|${SERVER_URL})`,
    );
    expect(requestDataSharing).toHaveBeenCalledOnce();
    await waitFor(() =>
      expect(screen.getByTestId('sync-last').textContent).toMatch(/^syncLastSynced\(/),
    );
    expect(screen.getByTestId('sync-pending').textContent).toBe('syncNothingPending');
    expect(screen.getByTestId('members').textContent).toContain('Anna (you)');
  });

  it('makes an invite code an owner can pass on, and lists it until it is withdrawn', async () => {
    const anna = browser(standInServer());
    renderWorkspace(anna);
    await createWorkspace(await screen.findByTestId('workspace-create'));
    const invites = await screen.findByTestId('invites');
    fireEvent.change(within(invites).getByTestId('invite-role'), {
      target: { value: 'moderator' },
    });
    fireEvent.click(within(invites).getByText('inviteCreate'));
    const code = (await screen.findByTestId('invite-code')).textContent as string;
    expect(code.length).toBeGreaterThan(10);
    const open = await screen.findByTestId('open-invites');
    expect(open.textContent).toContain(code);
    expect(open.textContent).toContain('inviteUntil(roleModerator|');
    fireEvent.click(within(open).getByText('inviteRevoke'));
    await waitFor(() => expect(screen.queryByTestId('open-invites')).toBeNull());
  });

  it('says in words why joining failed, and asks for consent before anything is sent', async () => {
    const server = standInServer();
    const bert = browser(server);
    const refused = vi.fn(async () => false);
    renderWorkspace(bert, refused);
    const form = await screen.findByTestId('workspace-join');
    fireEvent.click(within(form).getByText('workspaceJoin'));
    expect(within(form).getByRole('alert').textContent).toBe('workspaceFieldsMissing');
    fill(form, { server: 'http://sync.example.org', code: 'abc' });
    fireEvent.click(within(form).getByText('workspaceJoin'));
    expect(within(form).getByRole('alert').textContent).toBe('workspaceInvalidServer');
    fill(form, { server: SERVER_URL });
    fireEvent.click(within(form).getByText('workspaceJoin'));
    await waitFor(() =>
      expect(within(form).getByRole('alert').textContent).toBe('workspaceConsentRefused'),
    );
    expect(refused).toHaveBeenCalledOnce();
    expect(server.requests).toEqual([]);

    cleanup();
    renderWorkspace(bert);
    const again = await screen.findByTestId('workspace-join');
    fill(again, { server: SERVER_URL, code: 'no-such-code' });
    fireEvent.click(within(again).getByText('workspaceJoin'));
    await waitFor(() =>
      expect(within(again).getByRole('alert').textContent).toBe('workspaceInviteUnknown'),
    );
    expect(await bert.db.syncConnection.count()).toBe(0);
  });

  it('says when the server no longer accepts this browser, and forgets the workspace when asked', async () => {
    const server = standInServer();
    const owner = browser(server);
    const member = browser(server);
    const ownerControls = workspaceControls(owner.deps);
    await ownerControls.connect({
      kind: 'create',
      serverUrl: SERVER_URL,
      workspaceName: 'Buurt Oost',
      memberName: 'Olga',
      shareExisting: false,
    });
    const invite = await ownerControls.admin.createInvite('member');
    renderWorkspace(member, undefined, 'Bert');
    const form = await screen.findByTestId('workspace-join');
    fill(form, { server: SERVER_URL, code: invite.code });
    fireEvent.click(within(form).getByText('workspaceJoin'));
    await screen.findByTestId('members');
    expect(screen.queryByTestId('invites')).toBeNull();

    const bertsId = (await member.db.syncConnection.get(CURRENT))?.member.id as string;
    await ownerControls.admin.removeMember(bertsId);
    fireEvent.click(screen.getByTestId('sync-now'));
    expect((await screen.findByTestId('sync-problem')).textContent).toBe('syncProblemUnauthorised');
    expect(screen.queryByTestId('sync-now')).toBeNull();

    fireEvent.click(screen.getByText('workspaceDisconnect'));
    fireEvent.click(
      within(screen.getByTestId('leave-confirm')).getByText('workspaceLeaveConfirmButton'),
    );
    await screen.findByTestId('workspace-join');
    expect(await member.db.syncConnection.count()).toBe(0);
  });

  it('shows names from the server as text', async () => {
    const anna = browser(standInServer());
    renderWorkspace(anna, undefined, '<b>Anna</b>');
    await createWorkspace(
      await screen.findByTestId('workspace-create'),
      '<img src=x onerror="alert(1)">',
    );
    const section = await screen.findByTestId('members');
    expect(section.textContent).toContain('<b>Anna</b>');
    expect(screen.getByTestId('workspace').querySelector('img, b')).toBeNull();
    expect(screen.getByTestId('workspace-name').textContent).toContain('<img src=x');
  });

  it("shows everyone the workspace's privacy settings, and lets an owner change them", async () => {
    const server = standInServer();
    const owner = browser(server);
    renderWorkspace(owner);
    await createWorkspace(await screen.findByTestId('workspace-create'));
    const section = await screen.findByTestId('workspace-settings');
    expect(within(section).getByTestId('settings-authors').textContent).toBe(
      'workspaceAuthorsShared',
    );
    expect(within(section).getByTestId('settings-retention').textContent).toBe(
      'workspaceRetentionForever',
    );

    const form = within(section).getByTestId('settings-form');
    fireEvent.click(form.querySelector('[name="pseudonymise"]') as HTMLInputElement);
    fireEvent.click(form.querySelector('[value="days"]') as HTMLInputElement);
    fireEvent.input(form.querySelector('[name="days"]') as HTMLInputElement, {
      target: { value: '0' },
    });
    fireEvent.click(within(form).getByText('workspaceSettingsSave'));
    expect(within(form).getByRole('alert').textContent).toBe('workspaceRetentionInvalid');
    expect(server.requests).not.toContain('PATCH /v1/workspace');

    fireEvent.input(form.querySelector('[name="days"]') as HTMLInputElement, {
      target: { value: '90' },
    });
    fireEvent.click(within(form).getByText('workspaceSettingsSave'));
    await waitFor(() =>
      expect(screen.getByTestId('settings-retention').textContent).toBe(
        'workspaceRetentionDays(90)',
      ),
    );
    expect(screen.getByTestId('settings-authors').textContent).toBe(
      'workspaceAuthorsPseudonymised',
    );
    expect(server.bodies).toContainEqual({
      settings: { pseudonymiseAuthors: true, retentionDays: 90 },
    });
    // The key stays out of what the page is given.
    const overview = await workspaceControls(owner.deps).overview();
    expect(JSON.stringify(overview)).not.toContain('k'.repeat(43));
  });

  it('shows a member the settings without a way to change them', async () => {
    const server = standInServer();
    const owner = browser(server);
    const ownerControls = workspaceControls(owner.deps);
    await ownerControls.connect({
      kind: 'create',
      serverUrl: SERVER_URL,
      workspaceName: 'Buurt Oost',
      memberName: 'Olga',
      shareExisting: false,
    });
    await ownerControls.changeSettings({ retentionDays: 30 }, true);
    const invite = await ownerControls.admin.createInvite('member');
    renderWorkspace(browser(server), undefined, 'Bert');
    const form = await screen.findByTestId('workspace-join');
    fill(form, { server: SERVER_URL, code: invite.code });
    fireEvent.click(within(form).getByText('workspaceJoin'));
    const section = await screen.findByTestId('workspace-settings');
    expect(within(section).getByTestId('settings-retention').textContent).toBe(
      'workspaceRetentionDays(30)',
    );
    expect(within(section).queryByTestId('settings-form')).toBeNull();
    expect(section.textContent).toContain('workspaceSettingsOwnersOnly');
  });

  it('says when the token expired, and how to share again', async () => {
    const server = standInServer();
    const anna = browser(server);
    renderWorkspace(anna);
    await createWorkspace(await screen.findByTestId('workspace-create'));
    await screen.findByTestId('members');
    for (const member of server.members) member.expired = true;
    fireEvent.click(screen.getByTestId('sync-now'));
    expect((await screen.findByTestId('sync-problem')).textContent).toBe('syncProblemTokenExpired');
    expect(screen.queryByTestId('sync-now')).toBeNull();
    expect(screen.getByText('workspaceDisconnect')).toBeDefined();
  });
});

describe('the connect form', () => {
  it('counts what it would share as the page language writes numbers', () => {
    render(
      <ConnectForm
        t={t}
        language="nl"
        kind="create"
        local={{ signals: 12345, initiatives: 1200, groups: 3 }}
        defaultMemberName="Anna"
        connect={async () => {}}
        requestDataSharing={async () => true}
      />,
    );
    expect(screen.getByText('workspaceShareExisting(12.345|1.200|3)')).toBeDefined();
  });
});
