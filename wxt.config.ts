import { defineConfig } from 'wxt';
import { LOOPBACK_MATCHES, TEST_GRANTED_MATCHES } from './lib/adapters/origins';

const demo = process.env.ACCORD_DEMO === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: demo ? 'Accord (demo build)' : '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Self-hosted webmail (Roundcube and others) is granted per origin from the options page
    // (MV2 Firefox has no optional_host_permissions: origins go in optional_permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Accord' },
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_openPanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'accord@northwind.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!demo) return;
      // The demo mailbox and the loopback Roundcube (whose message is in an iframe: all frames),
      // as a second entry so Gmail and Outlook keep the store build's settings.
      const webmail = manifest.content_scripts?.[0];
      if (webmail) manifest.content_scripts!.push({ ...webmail, matches: [...LOOPBACK_MATCHES], all_frames: true });
      // see TEST_GRANTED_MATCHES (MV2 Firefox keeps host permissions in `permissions`)
      if (manifest.manifest_version === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_GRANTED_MATCHES];
      else manifest.permissions = [...(manifest.permissions ?? []), ...TEST_GRANTED_MATCHES];
    },
  },
});
