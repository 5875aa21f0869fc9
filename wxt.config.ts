import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GECKO_ID } from './lib/manifest';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  srcDir: '.',
  outDir: '.output',
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'nl',
    // activeTab + scripting: clip a selection or link on any page, with access to that tab only
    // for the click or shortcut that asked for it. contextMenus: the right-click entries.
    // storage: the user's settings, read by the background, the pages and the content script.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    // Other Mastodon servers, news sites and forums: only those the user adds in the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Asked for when the user turns on notifications of new signals in the options page.
    optional_permissions: ['notifications'],
    action: { default_title: '__MSG_extensionName__' },
    commands: {
      'clip-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandClipSelection__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
              strict_min_version: '142.0',
              // Nothing is sent anywhere by the extension itself; sharing to a workspace server is a
              // later, explicit user action.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
