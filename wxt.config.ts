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
    // alarms: syncing with a workspace every minute, also after the service worker stopped.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'alarms'],
    // Other Mastodon servers, news sites and forums: only those the user adds in the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // notifications: asked for when the user turns on notifications of new signals in the
    // options page. downloads: asked for by the tracker's first export, to save the file under
    // its own name without a dialog; without it the page offers the file through a link.
    optional_permissions: ['notifications', 'downloads'],
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
              // Nothing is sent unless the user creates or joins a workspace, and then only to that
              // workspace's server: clipped posts (social media posts, with their text, links and
              // images: website content) and the user's name. Optional, asked for when joining.
              data_collection_permissions: {
                required: ['none'],
                optional: ['websiteContent', 'personalCommunications', 'personallyIdentifyingInfo'],
              },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
