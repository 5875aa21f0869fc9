import { test as base, expect, type Page } from '@playwright/test';
import { OPTIONS_PATH, POPUP_PATH, TRACKER_PATH } from '../../lib/pages';
import { fixture } from '../support/fixtures';
import { SyncServer } from '../support/sync-server';
import { badgeText, changeSettings, clipButton, clipControl, ExtensionBrowser } from './harness';

// Two browsers (two Chromium profiles) sharing a workspace through the real server on 127.0.0.1.
// Two browsers and a server (PGlite starts in about ten seconds on two busy cores) take longer
// than one browser: these tests get three minutes each.
base.describe.configure({ timeout: 180_000 });

/** How the test browsers reach the server: on, off, or cut off right after it applied a push. */
interface Network {
  offline: boolean;
  /** Runs once, after the server applied a push and before its answer, which is then dropped. */
  afterNextPush: (() => Promise<void>) | null;
}

const test = base.extend<{
  server: SyncServer;
  professional: ExtensionBrowser & { network: Network };
  resident: ExtensionBrowser & { network: Network };
}>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern
  server: async ({}, use) => {
    const server = await SyncServer.start();
    await use(server);
    await server.close();
  },
  professional: async ({ server }, use) => {
    const browser = await launch(server, 'Pim');
    await use(browser);
    await browser.close();
  },
  resident: async ({ server }, use) => {
    const browser = await launch(server, 'Rita');
    await use(browser);
    await browser.close();
  },
});

test.describe.configure({ timeout: 120_000 });

async function launch(server: SyncServer, name: string) {
  const browser = await ExtensionBrowser.launch();
  await changeSettings(browser, { memberName: name, language: 'en' });
  const network = await reachServer(browser, server);
  return Object.assign(browser, { network });
}

/**
 * The profiles' network is only the fixture pages (harness.ts); requests for the server, from the
 * options page and from the background alike, are passed on to it here.
 */
async function reachServer(browser: ExtensionBrowser, server: SyncServer): Promise<Network> {
  const network: Network = { offline: false, afterNextPush: null };
  const origin = new URL(server.url).origin;
  await browser.context.route(
    (url) => url.origin === origin,
    async (route) => {
      if (network.offline) return route.abort('internetdisconnected');
      const response = await route.fetch().catch(() => null);
      if (!response) return route.abort('connectionrefused');
      const cutOff = network.afterNextPush;
      if (cutOff && route.request().url().endsWith('/v1/sync/push')) {
        network.afterNextPush = null;
        await cutOff();
        return route.abort('connectionreset');
      }
      return route.fulfill({ response });
    },
  );
  return network;
}

async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  return browser.open(browser.extensionUrl(OPTIONS_PATH));
}

/** The professional creates the workspace and makes an invite code for the resident. */
async function createWorkspace(professional: ExtensionBrowser, server: SyncServer) {
  const options = await openOptions(professional);
  const form = options.getByTestId('workspace-create');
  await form.locator('[name="server"]').fill(server.url);
  await form.locator('[name="workspace"]').fill('Buurt Oost');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(options.getByTestId('workspace-name')).toContainText('Buurt Oost');
  await options.getByTestId('invite-role').selectOption('member');
  await options.getByRole('button', { name: 'Make an invite code' }).click();
  const code = (await options.getByTestId('invite-code').textContent()) ?? '';
  expect(code).not.toBe('');
  return { options, code };
}

async function joinWorkspace(resident: ExtensionBrowser, server: SyncServer, code: string) {
  const options = await openOptions(resident);
  const form = options.getByTestId('workspace-join');
  await form.locator('[name="server"]').fill(server.url);
  await form.locator('[name="code"]').fill(code);
  await form.getByRole('button', { name: 'Join' }).click();
  await expect(options.getByTestId('workspace-name')).toContainText('Buurt Oost');
  await expect(options.getByTestId('members')).toContainText('Rita (you)');
  return options;
}

async function syncNow(options: Page) {
  await options.getByTestId('sync-now').click();
  await expect(options.getByTestId('sync-now')).toHaveText('Sync now');
}

const home = fixture('x/home');
const [post] = home.posts.filter((candidate) => candidate.verdict === 'local-issue');

async function clipPost(browser: ExtensionBrowser) {
  if (!post) throw new Error('x/home has no local post');
  const tab = await browser.open(home.url);
  await clipButton(tab, post.key).click();
  await expect(clipControl(tab, post.key)).toHaveAttribute('data-state', 'clipped');
}

test("a resident's clip reaches the professional's popup, and the professional's triage and initiative reach the resident", async ({
  server,
  professional,
  resident,
}) => {
  const { options: professionalOptions, code } = await createWorkspace(professional, server);
  const residentOptions = await joinWorkspace(resident, server, code);

  await clipPost(resident);
  // The background pushes shortly after the change, by itself.
  await expect.poll(() => server.count('signals')).toBe(1);
  await syncNow(professionalOptions);
  await expect.poll(() => badgeText(professional)).toBe('1');

  const tracker = await professional.open(professional.extensionUrl(`${TRACKER_PATH}#initiatives`));
  await tracker.getByTestId('new-initiative-button').click();
  await tracker.getByTestId('initiative-title').fill('Licht op de Biltstraat');
  await tracker.getByTestId('create-initiative').click();
  await expect(tracker.getByTestId('initiative-heading')).toHaveText('Licht op de Biltstraat');

  const popup = await professional.open(professional.extensionUrl(POPUP_PATH));
  const signals = popup.getByTestId('popup-signals').locator('li');
  await expect(signals).toHaveCount(1);
  await signals.first().getByRole('combobox').selectOption({ label: 'Licht op de Biltstraat' });
  await signals.first().getByTestId('acknowledge').click();
  await expect(signals).toHaveCount(0);
  // The professional's background pushes the initiative, the link and the triage by itself.
  await expect
    .poll(async () => {
      const [[initiative], [signal]] = await Promise.all([
        server.records('initiatives'),
        server.records('signals'),
      ]);
      return {
        triage: signal?.triage,
        linked: !!initiative && signal?.initiativeId === initiative.id,
      };
    })
    .toEqual({ triage: 'acknowledged', linked: true });

  await syncNow(residentOptions);
  await expect.poll(() => badgeText(resident)).toBe('');
  const residentTracker = await resident.open(resident.extensionUrl(`${TRACKER_PATH}#initiatives`));
  await residentTracker.getByRole('button', { name: 'Licht op de Biltstraat' }).click();
  await expect(residentTracker.getByTestId('linked-signals').locator('li')).toHaveCount(1);
  await expect(residentTracker.getByTestId('timeline')).toContainText('Pim linked a signal');
});

test('a clip made offline goes out once the server is reachable again, exactly once', async ({
  server,
  professional,
  resident,
}) => {
  const { options: professionalOptions, code } = await createWorkspace(professional, server);
  const residentOptions = await joinWorkspace(resident, server, code);

  resident.network.offline = true;
  await clipPost(resident);
  await expect(residentOptions.getByTestId('sync-problem')).toContainText(
    'The server could not be reached',
  );
  await expect(residentOptions.getByTestId('sync-pending')).toHaveText(
    '2 changes waiting to be sent.',
  );
  expect(await server.count('signals')).toBe(0);

  resident.network.offline = false;
  await syncNow(residentOptions);
  await expect(residentOptions.getByTestId('sync-pending')).toHaveText('Everything has been sent.');
  await expect(residentOptions.getByTestId('sync-problem')).toHaveCount(0);
  const seq = await server.lastSeq();
  await syncNow(residentOptions);
  expect(await server.lastSeq()).toBe(seq);
  expect(await server.count('signals')).toBe(1);

  await syncNow(professionalOptions);
  const tracker = await professional.open(professional.extensionUrl(TRACKER_PATH));
  await expect(tracker.getByTestId('signal-count')).toHaveText('1 signal');
});

test('a server restart in the middle of a push loses nothing and duplicates nothing', async ({
  server,
  professional,
  resident,
}) => {
  const { options: professionalOptions, code } = await createWorkspace(professional, server);
  const residentOptions = await joinWorkspace(resident, server, code);

  let appliedSeq = 0;
  resident.network.afterNextPush = async () => {
    appliedSeq = await server.lastSeq();
    await server.restart();
  };
  await clipPost(resident);
  // The server applied the push, then went down before answering: the queue stays.
  await expect(residentOptions.getByTestId('sync-problem')).toContainText(
    'The server could not be reached',
  );
  await expect(residentOptions.getByTestId('sync-pending')).toHaveText(
    '2 changes waiting to be sent.',
  );
  expect(await server.count('signals')).toBe(1);

  await syncNow(residentOptions);
  await expect(residentOptions.getByTestId('sync-pending')).toHaveText('Everything has been sent.');
  // Sending it again changed nothing on the server.
  expect(await server.lastSeq()).toBe(appliedSeq);
  expect(await server.count('signals')).toBe(1);
  expect(await server.count('events')).toBe(1);

  await syncNow(professionalOptions);
  const tracker = await professional.open(professional.extensionUrl(TRACKER_PATH));
  await expect(tracker.getByTestId('signal-count')).toHaveText('1 signal');
});
