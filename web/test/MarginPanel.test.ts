import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarginPanel, MarginPanelView, type MarginPanelViewProps } from '../src/pages/margin/AccountsPanel.tsx';
import { GatewayProvider } from '../src/graphql/hooks.tsx';
import type { GatewayClient } from '../src/graphql/createGatewayClient.ts';
import { GatewayError } from '../src/graphql/GatewayError.ts';
import { callAlert, warningAlert } from '../src/live/marginAlerts.ts';
import { sortByRisk, type MarginRow } from '../src/live/marginBook.ts';

const now = Date.parse('2026-01-05T14:00:00Z');

function marginRow(id: string, name: string, utilization: number, extra: Partial<MarginRow> = {}): MarginRow {
  const equity = 1_000_000;
  const houseRequirement = utilization * equity;
  return {
    id,
    name,
    broker: 'Prime Broker',
    currency: 'USD',
    methodology: 'REG_T',
    owner: 'Ada Trust',
    portfolios: ['Growth'],
    equity,
    maintenanceRequirement: houseRequirement / 1.25,
    houseRequirement,
    excess: equity - houseRequirement,
    utilization,
    inCall: false,
    asOf: '2026-01-05T13:59:00Z',
    liveCall: null,
    ...extra,
  };
}

const rows = sortByRisk([
  marginRow('1', 'Calm Capital', 0.42),
  marginRow('2', 'Watchful Fund', 0.81, { methodology: 'PORTFOLIO' }),
  marginRow('3', 'Edge Partners', 0.95),
  marginRow('4', 'Called LLC', 1.12, {
    inCall: true,
    excess: -120_000,
    liveCall: { id: '9', kind: 'HOUSE', amountDue: 120_000.5, dueAt: '2026-01-05T17:12:00Z' },
  }),
]);

const account = { id: '4', name: 'Called LLC' };
const alerts = [
  warningAlert({ id: '2', kind: 'PREDICTED', probability: 0.32, utilization: 0.88, ts: '2026-01-05T13:58:30Z', account: { id: '2', name: 'Watchful Fund' } }),
  callAlert({ id: '9', kind: 'HOUSE', amountDue: 120_000.5, dueAt: '2026-01-05T17:12:00Z', raisedAt: '2026-01-05T13:58:00Z', account }),
];

function render(props: Partial<MarginPanelViewProps> = {}): string {
  return renderToStaticMarkup(createElement(MarginPanelView, { rows, alerts, loading: false, loaded: true, now, onClearAlerts: () => undefined, ...props }));
}

describe('MarginPanelView (server-rendered markup)', () => {
  it('renders one row per account, worst first, with owner, methodology and figures', () => {
    const html = render();
    const order = [...html.matchAll(/<tr class="margin-row margin-row--(\w+)" data-account="(\d+)"/g)].map((m) => `${m[2]}:${m[1]}`);
    expect(order).toEqual(['4:call', '3:danger', '2:warning', '1:calm']);
    expect(html).toContain('<a class="account-name" href="#/margin/3">Edge Partners</a>');
    expect(html).toContain('Prime Broker · USD · Growth');
    expect(html).toContain('Ada Trust');
    expect(html).toContain('>Reg T</span>');
    expect(html).toContain('>Portfolio</span>');
    expect(html).toContain('>1,000,000</td>'); // equity
    expect(html).toContain('>950,000</td>'); // house requirement of Edge Partners
    expect(html).toContain('<td class="num down" data-label="Excess">-120,000</td>'); // negative excess in red
  });

  it('draws the utilisation bar coloured by level, sized by utilisation, with its percent', () => {
    const html = render();
    expect(html).toContain('<div class="util util--calm"><div class="util-track" role="meter"');
    expect(html).toContain('style="width:42.0%"');
    expect(html).toContain('<div class="util util--warning">');
    expect(html).toContain('style="width:81.0%"');
    expect(html).toContain('<div class="util util--danger">');
    expect(html).toContain('<div class="util util--call">');
    expect(html).toContain('style="width:100.0%"'); // 112% fills the bar
    expect(html).toContain('<span class="util-value">112.0%</span>');
    expect(html.match(/class="util-mark" style="left:(70|90)%"/g)).toHaveLength(8);
  });

  it('shows a red badge with the amount due and the deadline for an account in call', () => {
    const html = render();
    expect(html).toContain('<span class="badge badge--call">IN CALL USD 120,000.50</span>');
    expect(html).toContain('house · due in 3h 12m');
    expect(html).toContain('<span class="badge badge--level-danger">DANGER</span>');
    expect(html).toContain('<span class="badge badge--level-warning">WATCH</span>');
    expect(html).toContain('<span class="badge badge--level-calm">OK</span>');
  });

  it('shows the badge without an amount while the call event is on its way', () => {
    const html = render({ rows: [marginRow('5', 'Pending', 1.05, { inCall: true })] });
    expect(html).toContain('<span class="badge badge--call">IN CALL</span>');
  });

  it('summarises the accounts in the header', () => {
    expect(render()).toMatch(/4 accounts<b class="down"> · 1 in call<\/b><span class="level-text--danger"> · 1 ≥ 90%<\/span><span class="level-text--warning"> · 1 ≥ 70%<\/span>/);
  });

  it('lists alerts in the order given, calls with amount and deadline, warnings with probability', () => {
    const html = render();
    const strip = html.match(/<ol class="margin-alerts-list"[^>]*>(.*?)<\/ol>/)![1]!;
    expect(strip.match(/<li /g)).toHaveLength(2);
    expect(strip.indexOf('Watchful Fund')).toBeLessThan(strip.indexOf('Called LLC'));
    expect(strip).toContain('<time dateTime="2026-01-05T13:58:00Z">13:58:00</time><span class="badge badge--call">CALL · HOUSE</span><b>Called LLC</b>');
    expect(strip).toContain('USD 120,000.50 due in 3h 12m');
    expect(strip).toContain('<span class="badge badge--level-warning">WARNING · PREDICTED</span><b>Watchful Fund</b><span>P(call) 32% · utilisation 88.0%</span>');
    expect(html).toContain('Alerts (2)');
    expect(html).toContain('>Clear</button>');
  });

  it('says when there are no alerts or accounts, and shows errors', () => {
    const html = render({
      rows: [],
      alerts: [],
      error: new GatewayError('SERVICE_UNAVAILABLE', 'collateral is down'),
      liveError: new GatewayError('NETWORK_ERROR', 'socket closed'),
    });
    expect(html).toContain('No margin calls or warnings since this page opened.');
    expect(html).toContain('No margin accounts.');
    expect(html).not.toContain('>Clear</button>');
    expect(html).toContain('<span class="error-code">SERVICE_UNAVAILABLE</span><span class="ui-error-message">collateral is down</span>');
    expect(html).toContain('<span class="error-code">NETWORK_ERROR</span><span class="ui-error-message">socket closed</span>');
  });
});

describe('MarginPanel (server-rendered, before data)', () => {
  it('renders the loading state and neither queries nor subscribes outside effects', () => {
    const calls: string[] = [];
    const client: GatewayClient = {
      request: () => {
        calls.push('request');
        return new Promise(() => undefined);
      },
      subscribe: () => {
        calls.push('subscribe');
        return () => undefined;
      },
      dispose: () => undefined,
    };
    const html = renderToStaticMarkup(createElement(GatewayProvider, { client, children: createElement(MarginPanel) }));
    expect(html).toContain('<section class="panel margin" aria-labelledby="margin-accounts-heading">');
    expect(html).toContain('Loading…');
    expect(html).not.toContain('No margin accounts.');
    expect(calls).toEqual([]);
  });
});
