import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { loadLanguage, setLanguage } from '@/lib/i18n';
import { importConnections, parseConnections } from '@/lib/io';
import { ImportReportView } from '@/components/dashboard/data/ImportReportView';
import { useFreshDb } from '../db/db-fixture';

/** Issue 15, defect 7: a refused CSV shows one reason for the file, in the UI's language. */
describe('ImportReportView: a refused file', () => {
  const t = useFreshDb();
  afterEach(() => {
    cleanup();
    setLanguage('en');
  });

  const refusedReport = async () =>
    importConnections(t.db, parseConnections(new TextEncoder().encode('name,email\nJane,j@x.org\n')));

  test('one line, no "Skipped: 1 / Row 1"', async () => {
    render(<ImportReportView report={await refusedReport()} />);
    const report = screen.getByTestId('import-report');
    expect(report.textContent).toBe(
      'Nothing was imported: no header row with “First Name” was found: is this LinkedIn’s Connections.csv?Read as UTF-8.',
    );
    expect(report.textContent).not.toMatch(/Skipped|Row 1/);
  });

  test('in French when the UI is in French, all of it', async () => {
    await loadLanguage('fr');
    setLanguage('fr');
    render(<ImportReportView report={await refusedReport()} />);
    expect(screen.getByTestId('import-report').textContent).toBe(
      'Rien n’a été importé : aucune ligne d’en-tête avec « First Name » : est-ce bien le Connections.csv de LinkedIn ?Lu en UTF-8.',
    );
  });

  test('dates left empty are said once for the file, in words', async () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const rows = [
      'A,B,https://www.linkedin.com/in/a-b,,,,03/04/2021',
      'C,D,https://www.linkedin.com/in/c-d,,,,05/06/2021',
    ];
    render(
      <ImportReportView
        report={await importConnections(t.db, parseConnections([header, ...rows].join('\n')))}
      />,
    );
    expect(
      screen.getByText(
        '2 “Connected On” dates could be day/month or month/day, and nothing in the file says which: they were left empty.',
      ),
    ).toBeTruthy();
  });
});
