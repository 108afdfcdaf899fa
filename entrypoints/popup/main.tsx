import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupSummary } from '@/components/PopupSummary';
import { pickLocale } from '@/components/i18n';
import type { CurrentView } from '@/lib/model/records';
import { ask, onAccordChanged, openSidePanel } from '@/lib/protocol/browser-client';
import '@/components/accord.css';

const locale = pickLocale(navigator.languages ?? [navigator.language]);
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';

function Popup() {
  const [view, setView] = useState<CurrentView | null>(null);
  useEffect(() => {
    const load = () => void ask<CurrentView>({ type: 'get-current' }).then(setView, () => setView(null));
    load();
    return onAccordChanged(load);
  }, []);
  return (
    <PopupSummary
      view={view}
      locale={locale}
      onOpenPanel={() => {
        // sidePanel.open must run in this click's user gesture, so it is called from here.
        void openSidePanel().then(() => window.close(), () => undefined);
      }}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
