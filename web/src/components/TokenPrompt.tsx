import { useState, type FormEvent } from 'react';

export interface TokenPromptProps {
  /** Why the prompt is shown again (e.g. the gateway rejected the saved token). */
  error: string | null;
  gatewayUrl: string;
  onSubmit: (token: string) => void;
}

/** Asks for the gateway's bearer token; `npm start` prints it and stores it in `.data/api-token`. */
export function TokenPrompt({ error, gatewayUrl, onSubmit }: TokenPromptProps) {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = value.trim().replace(/^Bearer\s+/i, '');
    if (token !== '') onSubmit(token);
  };
  return (
    <main className="token-screen">
      <form className="token-card" onSubmit={submit}>
        <div className="brand brand--large">
          <Logo />
          <span>Nautilus</span>
        </div>
        <p className="muted">
          Paste the API token of the gateway at <code>{gatewayUrl}</code>. <code>npm start</code> prints it and keeps it in{' '}
          <code>.data/api-token</code>.
        </p>
        <label className="field">
          <span>API token</span>
          <input
            type="password"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder="e.g. 3f9c…"
          />
        </label>
        {error !== null && (
          <p className="token-error" role="alert">
            {error}
          </p>
        )}
        <button className="button button--primary" type="submit" disabled={value.trim() === ''}>
          Connect
        </button>
        <p className="hint">The token stays in this browser&apos;s local storage; sign out to forget it.</p>
      </form>
    </main>
  );
}

export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#0f1a2e" />
      <path d="M16 5a11 11 0 1 0 11 11h-4a7 7 0 1 1-7-7z" fill="#38bdf8" />
      <circle cx="16" cy="16" r="3" fill="#22c55e" />
    </svg>
  );
}
