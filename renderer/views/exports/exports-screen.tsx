// The Exports screen: anonymised coded extracts to Word (the main tab), the other Word
// documents, the anonymisation register, withdrawal, and REFI-QDA exchange.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { RegisterPanel } from '../anonymise/register-panel.tsx';
import { WithdrawalPanel } from '../anonymise/withdrawal-panel.tsx';
import type { ScreenProps } from '../frame/screen-props.ts';
import { ExchangePanel } from './exchange-panel.tsx';
import { ExtractsExport } from './extracts-export.tsx';
import { OtherDocuments } from './other-documents.tsx';
import './exports.css';

type Tab = 'extracts' | 'documents' | 'register' | 'withdrawal' | 'exchange';

const TABS: { id: Tab; label: string }[] = [
  { id: 'extracts', label: 'Coded extracts' },
  { id: 'documents', label: 'Other documents' },
  { id: 'register', label: 'Anonymisation register' },
  { id: 'withdrawal', label: 'Withdrawal' },
  { id: 'exchange', label: 'Exchange (REFI-QDA)' },
];

// Shows the Exports screen of the open project.
export function ExportsScreen(props: ScreenProps) {
  const { project, notify } = props;
  const [tab, setTab] = useState<Tab>('extracts');
  const options = useApiQuery('docx.options', {});
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.scrollTo?.(0, 0);
  }, [tab]);

  function onKey(e: KeyboardEvent) {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : undefined;
    if (next) {
      e.preventDefault();
      setTab(next.id);
      document.getElementById(`exports-tab-${next.id}`)?.focus();
    }
  }

  return (
    <section className="screen exports-screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">Exports</h1>
        <span className="muted">Anonymised by default: every file is checked for real names before it is written.</span>
      </div>
      <div className="exports-tabs" role="tablist" aria-label="Exports" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`exports-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls="exports-tabpanel"
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div ref={panel} id="exports-tabpanel" className="exports-tabpanel" role="tabpanel" aria-labelledby={`exports-tab-${tab}`}>
        <ErrorMessage error={options.error} />
        {tab === 'extracts' && options.data ? <ExtractsExport options={options.data} readOnly={project.readOnly} notify={notify} /> : null}
        {tab === 'documents' && options.data ? <OtherDocuments options={options.data} notify={notify} /> : null}
        {tab === 'register' ? <RegisterPanel readOnly={project.readOnly} defaultFolder={options.data?.defaultFolder ?? ''} notify={notify} /> : null}
        {tab === 'withdrawal' ? <WithdrawalPanel readOnly={project.readOnly} notify={notify} /> : null}
        {tab === 'exchange' ? <ExchangePanel {...props} /> : null}
      </div>
    </section>
  );
}
